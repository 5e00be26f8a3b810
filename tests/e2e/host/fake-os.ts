/**
 * Moved to tests/support/fake-os.ts, shared by unit tests and the e2e host. Kept only until
 * tests/bench/workday-subjects.ts imports from there.
 */
export * from '../../support/fake-os';

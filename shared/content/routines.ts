import { lookupById } from './lookup';
import type { Routine, RoutineId } from './types';

/** The full seven-stretch routine, done in bed first thing in the morning. */
export const morningInBed: Routine = {
  id: 'morning-in-bed',
  name: 'Morning in bed',
  description: 'Seven gentle stretches to do before you get up.',
  items: [
    { stretchId: 'hip-flexor' },
    { stretchId: 'piriformis' },
    { stretchId: 'hamstring' },
    { stretchId: 'prone-quad' },
    { stretchId: 'supine-butterfly' },
    { stretchId: 'seated-forward-bend' },
    { stretchId: 'cat-cow' },
  ],
};

/**
 * A two-minute stand-up break, on each stretch's own lengths (so the settings window shows the
 * holds the break really uses). With 10 s setup, 5 s switch and 5 s rest between stretches:
 * hip flexor 10+20+5+20 = 55, figure four 10+15+5+15 = 45, cat-cow 10+3x9 = 37, rests 10:
 * 147 s. The hip flexor leads because sitting is what tightens it.
 */
export const deskBreak: Routine = {
  id: 'desk-break',
  name: 'Desk break',
  description: 'Three quick stretches beside your chair.',
  items: [
    { stretchId: 'desk-hip-flexor' },
    { stretchId: 'desk-figure-four' },
    { stretchId: 'desk-cat-cow' },
  ],
};

/** Every routine that ships with the app, in the order the app lists them. */
export const builtInRoutines: readonly Routine[] = [morningInBed, deskBreak];

/** The built-in routine with this id. */
export const getRoutine = lookupById<RoutineId, Routine>(builtInRoutines, 'routine');

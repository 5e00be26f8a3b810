import type { FieldIssue } from '../errors/issues';

/** A field path fit to show as it is: letters, digits and `_-` in a few dot-separated parts. */
const PLAIN_FIELD_PATH = /^[A-Za-z0-9_-]{1,40}(\.[A-Za-z0-9_-]{1,40}){0,5}$/;

/**
 * Whether a field path from a file can be quoted in a notice. A key a file made up can hold
 * escape codes, invisible characters or a kilobyte of text; such a one is only counted.
 */
export function isPlainFieldPath(path: string): boolean {
  return PLAIN_FIELD_PATH.test(path);
}

/** One line naming every field at fault: "reminders.sittingLimitMin: … must be between …". */
export function describeIssues(issues: readonly FieldIssue[]): string {
  return issues
    .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
    .join('; ');
}

/** A settings change or file that breaks the schema. `issues` name each field. */
export class SettingsValidationError extends Error {
  readonly issues: FieldIssue[];

  constructor(issues: FieldIssue[]) {
    super(`Settings not saved: ${describeIssues(issues)}`);
    this.name = 'SettingsValidationError';
    this.issues = issues;
  }
}

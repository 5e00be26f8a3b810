import type { FieldIssue } from '../errors/issues';

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

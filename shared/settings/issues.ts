import type { z } from 'zod';
import type { IpcIssue } from '../ipc/result';

/**
 * zod issues as `{ path: "reminders.sittingLimitMin", message }`, the same shape main's IPC
 * errors use, so the settings window can put each one beside its field.
 */
export function issuesOf(error: z.ZodError): IpcIssue[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...base, key].join('.'),
        message: `Unknown field "${[...base, key].join('.')}"`,
      }));
    }
    return [{ path: base.join('.'), message: issue.message }];
  });
}

/** One line naming every field at fault: "reminders.sittingLimitMin: … must be between …". */
export function describeIssues(issues: readonly IpcIssue[]): string {
  return issues
    .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
    .join('; ');
}

/** A settings change or file that breaks the schema. `issues` name each field. */
export class SettingsValidationError extends Error {
  readonly issues: IpcIssue[];

  constructor(issues: IpcIssue[]) {
    super(`Settings not saved: ${describeIssues(issues)}`);
    this.name = 'SettingsValidationError';
    this.issues = issues;
  }
}

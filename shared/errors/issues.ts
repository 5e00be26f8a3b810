import type { z } from 'zod';

/** One field at fault. The shape of main's IPC refusals and of the settings store's errors. */
export interface FieldIssue {
  /** Dotted path of the field, "" for the payload itself. */
  path: string;
  message: string;
}

/**
 * zod issues as `{ path: "reminders.sittingLimitMin", message }`: the shape of main's IPC
 * refusals and of the settings store's errors, so the settings window can put each one beside
 * its field. An unknown key is reported at its own path, by name.
 */
export function issuesFrom(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...base, key].join('.');
        return { path, message: `Unknown field "${path}"` };
      });
    }
    return [{ path: base.join('.'), message: issue.message }];
  });
}

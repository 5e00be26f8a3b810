import type { z } from 'zod';

import { clipText } from './error-message';

/** At most this many issues are reported for one payload or file: the last says how many more. */
export const MAX_ISSUES = 20;
/** Each issue's path and message are cut to this many characters. */
export const MAX_ISSUE_TEXT = 200;

/** One field at fault. The shape of main's IPC refusals and of the settings store's errors. */
export interface FieldIssue {
  /** Dotted path of the field, "" for the payload itself. */
  path: string;
  message: string;
}

/**
 * zod issues as `{ path: "reminders.sittingLimitMin", message }`: the shape of main's IPC
 * refusals and of the settings store's errors, so the settings window can put each one beside
 * its field. An unknown key is reported at its own path, by name. Bounded: at most
 * MAX_ISSUES issues, each path and message at most MAX_ISSUE_TEXT characters.
 */
export function issuesFrom(error: z.ZodError): FieldIssue[] {
  const all = error.issues.flatMap((issue) => {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...base, key].join('.');
        return { path, message: `Unknown field "${path}"` };
      });
    }
    return [{ path: base.join('.'), message: issue.message }];
  });
  // A payload can hold ten thousand wrong fields, or one with a megabyte of name.
  const kept = all.length <= MAX_ISSUES ? all : all.slice(0, MAX_ISSUES - 1);
  const clipped = kept.map(({ path, message }) => ({
    path: clipText(path, MAX_ISSUE_TEXT),
    message: clipText(message, MAX_ISSUE_TEXT),
  }));
  const more = all.length - kept.length;
  return more > 0 ? [...clipped, { path: '', message: `…and ${more} more issues` }] : clipped;
}

import { isPlainFieldPath } from '@shared/settings/issues';

/**
 * The settings file's text, read the way a user's editor may have left it, and described in a
 * notice without quoting it: a damaged file can hold anything, and none of it belongs in a
 * notification or a log.
 */

/** No settings file comes near this: the largest valid one is a few kilobytes. */
export const MAX_SETTINGS_CHARS = 1_000_000;

/** Notepad (and other Windows editors) start a UTF-8 file with this mark. JSON.parse refuses it. */
const BYTE_ORDER_MARK = '\uFEFF';

export type ParsedText = { value: unknown; text: string } | { reason: string };

/** Parses the file's text. `text` is what it parsed: the file's, less a byte order mark. */
export function parseSettingsText(raw: string): ParsedText {
  if (raw.length > MAX_SETTINGS_CHARS)
    return { reason: 'it is over 1 MB, far larger than any settings file' };
  const text = raw.startsWith(BYTE_ORDER_MARK) ? raw.slice(1) : raw;
  if (text.trim() === '') return { reason: 'it is empty' };
  try {
    return { value: JSON.parse(text) as unknown, text };
  } catch (error) {
    return { reason: `its text is broken${whereBroken(error, text)}` };
  }
}

/**
 * Where JSON.parse gave up, by line and column: V8's own message quotes the text around the
 * fault ("Unexpected token 'd', "{"theme": dark-..." is not valid JSON"), so only its position
 * is used, and only when it gives one.
 */
function whereBroken(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : '';
  const position = /at position (\d+)/.exec(message)?.[1];
  const at = position === undefined ? undefined : Number(position);
  if (/end of JSON input/.test(message) || (at !== undefined && at >= text.trimEnd().length))
    return ': it stops before the end, as if cut short';
  if (at === undefined) return '';
  const before = text.slice(0, at).split('\n');
  return ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

const FIELDS_LISTED = 8;

/**
 * Unknown fields as a notice names them: plain names as they are, the rest (escape codes,
 * invisible characters, kilobytes of name) only counted, and a long list cut short.
 */
export function describeFields(paths: readonly string[]): string {
  const plain = paths.filter(isPlainFieldPath);
  const odd = paths.length - plain.length;
  const shown = plain.slice(0, FIELDS_LISTED);
  const parts = [...shown];
  const more = plain.length - shown.length;
  if (more > 0) parts.push(`${more} more`);
  if (odd > 0)
    parts.push(odd === 1 ? 'one with an unreadable name' : `${odd} with unreadable names`);
  return parts.join(', ');
}

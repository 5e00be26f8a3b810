/**
 * What went wrong, in words for a log or the user: an Error's message, anything else as text.
 * Thrown values are `unknown` in TypeScript, and a non-Error throw must not become "[object".
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * `text` cut to at most `max` characters, an ellipsis marking the cut: for anything a caller
 * sent that main says back (a field name, a channel), so a megabyte in is never a megabyte out.
 */
export function clipText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * What went wrong, in words for a log or the user: an Error's message, anything else as text.
 * Thrown values are `unknown` in TypeScript, and a non-Error throw must not become "[object".
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

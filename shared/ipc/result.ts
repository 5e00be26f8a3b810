import type { FieldIssue } from '../errors/issues';

/**
 * Every invoke answers with a result, never a thrown error: Electron flattens errors thrown in
 * a handler into a string, and a renderer deserves to know *why* main said no.
 */
export type IpcErrorCode = 'invalid-payload' | 'forbidden-sender' | 'unknown-channel' | 'failed';

export interface IpcError {
  code: IpcErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });

export const fail = (
  code: IpcErrorCode,
  message: string,
  issues?: FieldIssue[],
): IpcResult<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});

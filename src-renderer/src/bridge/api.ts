import type { FieldIssue } from '@shared/errors/issues';
import type { InvokeArgs, LimberApi, LimberEventApi } from '@shared/ipc/build-api';
import type { InvokeName } from '@shared/ipc/channels';
import type { InvokeResponse } from '@shared/ipc/contract';
import type { IpcErrorCode, IpcResult } from '@shared/ipc/result';

/** A call main answered with `ok: false`. Carries main's code so a view can tell "why" apart. */
export class IpcCallError extends Error {
  override readonly name = 'IpcCallError';
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
  }
}

/**
 * `window.limber` with every result unwrapped: a call resolves to main's value or rejects with
 * an IpcCallError. Views then read like plain async code; the contract still types every call.
 */
export type RendererApi = {
  [K in InvokeName]: (...args: InvokeArgs<K>) => Promise<InvokeResponse<K>>;
} & LimberEventApi;

/** Resolves to the value, or throws main's error as an IpcCallError. */
export async function unwrap<T>(result: Promise<IpcResult<T>>): Promise<T> {
  const settled = await result;
  if (settled.ok) return settled.value;
  throw new IpcCallError(settled.error.code, settled.error.message, settled.error.issues);
}

/** Wraps a raw LimberApi so each invoke unwraps its IpcResult; event subscriptions pass through. */
export function rendererApiFrom(raw: LimberApi): RendererApi {
  const wrapped: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(raw) as [string, (...args: unknown[]) => unknown][]) {
    // Subscriptions (`onX`) return a Dispose synchronously; only invokes return results.
    wrapped[name] = name.startsWith('on')
      ? fn
      : (...args: unknown[]) => unwrap(fn(...args) as Promise<IpcResult<unknown>>);
  }
  return wrapped as RendererApi;
}

/** Thrown when the page runs without the preload (opened in a plain browser, or a broken build). */
export class MissingBridgeError extends Error {
  override readonly name = 'MissingBridgeError';
  constructor() {
    super('window.limber is missing: this page must be opened by Limber.');
  }
}

/** The renderer's API over `window.limber`. Read at call time so tests can install a fake first. */
export function getApi(): RendererApi {
  const raw = window.limber;
  if (!raw) throw new MissingBridgeError();
  return rendererApiFrom(raw);
}

import type { z } from 'zod';

import { clipText, errorMessage } from '@shared/errors/error-message';
import { issuesFrom } from '@shared/errors/issues';
import type { InvokeName } from '@shared/ipc/channels';
import { invokeContract, type InvokeResponse } from '@shared/ipc/contract';
import { fail, type IpcResult, ok } from '@shared/ipc/result';
import { SettingsValidationError } from '@shared/settings/issues';

import { type LogPort, silentLog } from '../platform/log-port';
import type { SenderInfo } from './sender-policy';

/** What a handler knows about the call besides its payload. */
export interface IpcCallContext {
  sender: SenderInfo;
}

/**
 * One handler per invoke channel, typed from the contract: the request has already been parsed
 * by the channel's schema, and the return type must match the contract's response.
 */
export type IpcHandlers = {
  [K in InvokeName]: (
    request: z.output<(typeof invokeContract)[K]['request']>,
    context: IpcCallContext,
  ) => InvokeResponse<K> | Promise<InvokeResponse<K>>;
};

export interface IpcDispatcher {
  /** Checks, parses and runs one invoke. Always resolves; never throws into Electron. */
  dispatch(channel: string, sender: SenderInfo, payload: unknown): Promise<IpcResult<unknown>>;
}

/** A caller's channel name is said back in at most this many characters. */
const MAX_ECHOED_NAME = 64;
/** A refusal's message is at most this long: its issues carry the detail. */
const MAX_MESSAGE = 1_000;

const namesByChannel: ReadonlyMap<string, InvokeName> = new Map(
  (Object.keys(invokeContract) as InvokeName[]).map((name) => [invokeContract[name].channel, name]),
);

/**
 * The gate every renderer message passes: a known channel, a trusted sender, a payload that
 * parses. Each refusal is a typed error the renderer can show or log.
 */
export function createIpcDispatcher(deps: {
  handlers: IpcHandlers;
  isTrusted: (sender: SenderInfo) => boolean;
  /** Where refused senders and failed calls are logged (not bad payloads: that is typing). */
  log?: LogPort;
}): IpcDispatcher {
  const log = deps.log ?? silentLog;
  return {
    async dispatch(channel, sender, payload) {
      const name = namesByChannel.get(channel);
      if (name === undefined)
        return fail('unknown-channel', `No such channel: ${clipText(channel, MAX_ECHOED_NAME)}`);
      if (!deps.isTrusted(sender)) {
        log.warn(`Refused ${channel} from an untrusted sender`);
        return fail('forbidden-sender', `Refused ${channel} from an untrusted sender`);
      }
      const parsed = invokeContract[name].request.safeParse(payload);
      if (!parsed.success) {
        return fail('invalid-payload', `Invalid payload for ${channel}`, issuesFrom(parsed.error));
      }
      try {
        // The map pairs each name with its own schema and handler; TS cannot follow that.
        const handler = deps.handlers[name] as (
          request: unknown,
          context: IpcCallContext,
        ) => unknown;
        return ok(await handler(parsed.data, { sender }));
      } catch (error) {
        // A rule only the whole settings can check (a morning routine that no longer exists)
        // is still the payload's fault, named by field so the window shows it beside one.
        if (error instanceof SettingsValidationError) {
          return fail('invalid-payload', clipText(error.message, MAX_MESSAGE), error.issues);
        }
        const message = clipText(errorMessage(error), MAX_MESSAGE);
        log.warn(`${channel} failed: ${message}`);
        return fail('failed', message);
      }
    },
  };
}

/**
 * Names the test host and the in-page bridge agree on. Kept in one tiny module that both the
 * Node side and the bundled init script import, so the two can never drift apart.
 */

/** Page binding the bridge calls for every invoke: `(channel, payload) => IpcResult`. */
export const invokeBindingName = '__limberHostInvoke';

/** In-page function the host calls (via page.evaluate) to deliver a pushed event. */
export const emitFunctionName = '__limberHostEmit';

/** In-page flag set once `window.limber` exists, so a test can tell the bridge ran. */
export const bridgeReadyFlag = '__limberBridgeReady';

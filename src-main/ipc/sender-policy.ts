/** Who sent an IPC message, as far as main can tell. Built from the Electron event by ipc.ts. */
export interface SenderInfo {
  webContentsId: number;
  /** URL of the frame that sent it; undefined when the frame is already gone. */
  frameUrl: string | undefined;
  isMainFrame: boolean;
}

/** What main trusts: our own origin, loaded in one of our own windows. */
export interface TrustedSenders {
  /** e.g. `{ protocol: 'app:', host: 'limber' }`; the e2e host uses its http preview origin. */
  origin: { protocol: string; host: string };
  webContentsIds: ReadonlySet<number>;
}

/**
 * True when a message comes from the main frame of one of our windows showing our own page.
 * An iframe, a window we did not create, or a page that navigated elsewhere is refused.
 * Protocol and host are compared separately because Node reports the origin of a
 * non-special scheme like app:// as the string "null".
 */
export function isTrustedSender(sender: SenderInfo, trusted: TrustedSenders): boolean {
  if (!sender.isMainFrame) return false;
  if (!trusted.webContentsIds.has(sender.webContentsId)) return false;
  if (sender.frameUrl === undefined) return false;
  let url: URL;
  try {
    url = new URL(sender.frameUrl);
  } catch {
    return false;
  }
  return url.protocol === trusted.origin.protocol && url.host === trusted.origin.host;
}

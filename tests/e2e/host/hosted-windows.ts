import type { Page } from '@playwright/test';

import type { SenderInfo } from '../../../src-main/ipc/sender-policy';
import type { WindowsPort } from '../../../src-main/platform/windows-port';
import { nudgeUrl, playerUrl, settingsUrl, windowUrl } from './paths';

/** The windows that open on demand beside the player and the prompt. */
type OtherKind = 'history' | 'status' | 'welcome';

/** How the host reaches the browser; every call is queued behind main's earlier events. */
export interface PageOpener {
  /** Runs browser work in order with event deliveries. */
  enqueue(work: () => Promise<unknown>): void;
  /** A fresh page in the test's browser context, with the bridge and clock already in it. */
  newPage(): Promise<Page>;
}

/** A window main opened: its id (as webContents.id) and, once created, its page. */
interface HostedWindow {
  id: number;
  page: Page | undefined;
}

/** The player window's webContents id: the test's own page, created with the host. */
export const playerWindowId = 1;

/** The prompt's window size: small, in a screen corner. */
export const nudgeWindowSize = { width: 360, height: 200 };

/**
 * main's windows as browser pages. The player is the test's own page, kept after it "closes" so
 * a test can still look at it; the nudge and settings windows each get a page of their own,
 * opened when main shows them and closed when main closes them, with a new id each time, as
 * Electron gives each new BrowserWindow.
 */
export class HostedWindows implements WindowsPort {
  /** Whether the player window is open (shown and not closed since). */
  isOpen = false;
  /** How many times main asked to show the player. */
  showCount = 0;
  /** How many times main asked to show the nudge prompt. */
  nudgeShowCount = 0;
  /** Senders whose window main closed, most recent last. */
  readonly closedFor: SenderInfo[] = [];

  #nudge: HostedWindow | undefined;
  #settings: HostedWindow | undefined;
  readonly #others = new Map<OtherKind, HostedWindow>();
  #nextId = playerWindowId + 1;

  /** @param onPlayerClosed main's `playerClosed()`, called as the app's 'closed' event would. */
  constructor(
    private readonly player: Page,
    private readonly opener: PageOpener,
    private readonly onPlayerClosed: () => void,
  ) {}

  showPlayer(): void {
    this.showCount++;
    if (this.isOpen) return; // Already open: the real adapter only focuses it.
    this.isOpen = true;
    this.opener.enqueue(() => this.player.goto(playerUrl));
  }

  showNudge(): void {
    this.nudgeShowCount++;
    this.#nudge ??= this.#open(nudgeUrl, nudgeWindowSize);
  }

  closeNudge(): void {
    this.#close(this.#nudge);
    this.#nudge = undefined;
  }

  showSettings(): void {
    this.#settings ??= this.#open(settingsUrl);
  }

  showHistory(): void {
    this.#showOther('history');
  }

  showStatus(): void {
    this.#showOther('status');
  }

  showWelcome(): void {
    this.#showOther('welcome');
  }

  #showOther(kind: OtherKind): void {
    if (!this.#others.has(kind)) this.#others.set(kind, this.#open(windowUrl(kind)));
  }

  /** The page of a window opened on demand; throws when main hasn't shown it. */
  pageOf(kind: OtherKind): Page {
    const page = this.#others.get(kind)?.page;
    if (!page) throw new Error(`the ${kind} window is not open`);
    return page;
  }

  /** Whether main has that window open. */
  isShowing(kind: OtherKind): boolean {
    return this.#others.has(kind);
  }

  closeWindowOf(sender: SenderInfo): void {
    this.closedFor.push(sender);
    if (sender.webContentsId === playerWindowId) {
      this.isOpen = false;
      this.onPlayerClosed();
    } else if (sender.webContentsId === this.#nudge?.id) this.closeNudge();
    else if (sender.webContentsId === this.#settings?.id) {
      this.#close(this.#settings);
      this.#settings = undefined;
    }
    for (const [kind, window] of this.#others) {
      if (window.id !== sender.webContentsId) continue;
      this.#close(window);
      this.#others.delete(kind);
    }
  }

  /** The nudge prompt's page; throws when main hasn't shown it (call after host.settle()). */
  nudgePage(): Page {
    const page = this.#nudge?.page;
    if (!page) throw new Error('the nudge window is not open');
    return page;
  }

  /** Whether main has the nudge window open. */
  get nudgeOpen(): boolean {
    return this.#nudge !== undefined;
  }

  /** The settings page; throws when main hasn't shown it (call after host.settle()). */
  settingsPage(): Page {
    const page = this.#settings?.page;
    if (!page) throw new Error('the settings window is not open');
    return page;
  }

  /** Pages that should receive main's events: every window that is open. */
  livePages(): Page[] {
    const pages = [this.player, ...this.#secondary().map((w) => w.page)];
    return pages.filter((page): page is Page => page !== undefined && !page.isClosed());
  }

  /** The webContents id main knows a page by; undefined for pages that are none of its windows. */
  idOf(page: Page): number | undefined {
    if (page === this.player) return playerWindowId;
    return this.#secondary().find((w) => w.page === page)?.id;
  }

  /** Ids of our windows, for the sender policy. The player's is always ours, as in the app. */
  ownIds(): Set<number> {
    return new Set([playerWindowId, ...this.#secondary().map((w) => w.id)]);
  }

  /** Every window besides the player that is open now. */
  #secondary(): HostedWindow[] {
    const windows = [this.#nudge, this.#settings, ...this.#others.values()];
    return windows.filter((w): w is HostedWindow => w !== undefined);
  }

  #open(url: string, size?: { width: number; height: number }): HostedWindow {
    const window: HostedWindow = { id: this.#nextId++, page: undefined };
    this.opener.enqueue(async () => {
      window.page = await this.opener.newPage();
      if (size) await window.page.setViewportSize(size);
      await window.page.goto(url);
    });
    return window;
  }

  #close(window: HostedWindow | undefined): void {
    if (window) this.opener.enqueue(async () => window.page?.close());
  }
}

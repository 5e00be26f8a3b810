import type { WindowsPort } from '../../../src-main/services/app-services';
import type { SenderInfo } from '../../../src-main/services/sender-policy';

/**
 * The player window as page state. In the app these open and close Electron windows; here the
 * one page is the player window, and a test asserts on what main asked of it.
 */
export class HostedWindows implements WindowsPort {
  /** Whether the player window is open (shown and not closed since). */
  isOpen = false;
  /** How many times main asked to show the player. */
  showCount = 0;
  /** Senders whose window main closed, most recent last. */
  readonly closedFor: SenderInfo[] = [];

  /** @param navigate loads the player page; called the first time main shows it. */
  constructor(private readonly navigate: () => void) {}

  showPlayer(): void {
    this.showCount++;
    if (this.isOpen) return; // Already open: the real adapter only focuses it.
    this.isOpen = true;
    this.navigate();
  }

  closeWindowOf(sender: SenderInfo): void {
    this.closedFor.push(sender);
    this.isOpen = false;
  }
}

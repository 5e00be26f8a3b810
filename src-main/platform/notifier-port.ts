import type { Dispose } from '@shared/time/clock';

/** A native notification. `onClick` runs when the user clicks it. */
export interface NotificationRequest {
  title: string;
  body: string;
  onClick?: () => void;
}

/** Shows native notifications; the returned undo takes one away again. */
export interface NotifierPort {
  show(notification: NotificationRequest): Dispose;
}

import type { Notification, NotificationConstructorOptions } from 'electron';

import type { NotifierPort } from '../platform/notifier-port';

/** The parts of Electron's Notification class we use. */
export interface NotificationClass {
  new (options: NotificationConstructorOptions): Pick<Notification, 'on' | 'show' | 'close'>;
  isSupported(): boolean;
}

/**
 * Native notifications, with sound (`silent: false`): a nudge is meant to be noticed.
 * Shown notifications are kept referenced until closed, or the garbage collector can take one
 * and its click handler with it.
 */
export function createNotifier(NotificationImpl: NotificationClass): NotifierPort {
  const live = new Set<Pick<Notification, 'close'>>();
  return {
    show({ title, body, onClick }) {
      if (!NotificationImpl.isSupported()) return () => {};
      const notification = new NotificationImpl({ title, body, silent: false });
      live.add(notification);
      if (onClick) notification.on('click', () => onClick());
      notification.on('close', () => live.delete(notification));
      notification.show();
      return () => {
        if (!live.delete(notification)) return;
        notification.close();
      };
    },
  };
}

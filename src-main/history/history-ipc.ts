import type { Dispose } from '@shared/time/clock';

import type { IpcHandlers } from '../ipc/dispatcher';
import type { Broadcast } from '../platform/broadcast-port';
import type { SaveDialogPort } from '../platform/save-dialog-port';
import type { HistoryStore } from './history-service-types';

/** Today's date in the export's file name, e.g. limber-history-2026-12-02.csv. */
const exportName = (today: string) => `limber-history-${today}.csv`;

/** The history window's channels: its figures, the CSV export and the stiffness rating. */
export function historyHandlers(deps: {
  history: HistoryStore;
  saveDialog: SaveDialogPort;
  showHistory: () => void;
}): Pick<IpcHandlers, 'getHistoryStats' | 'exportHistory' | 'rateStiffness' | 'openHistory'> {
  const { history } = deps;
  return {
    getHistoryStats: () => history.stats(),
    exportHistory: () =>
      deps.saveDialog.saveText({
        defaultName: exportName(history.stats().today),
        text: history.exportCsv(),
      }),
    rateStiffness: ({ score }) => {
      history.append({ type: 'stiffness', score });
      return null;
    },
    openHistory: () => {
      deps.showHistory();
      return null;
    },
  };
}

/** Pushes fresh figures to every window whenever the records change. Returns the undo. */
export function broadcastHistory(history: HistoryStore, broadcast: Broadcast): Dispose {
  return history.subscribe(() => broadcast('history', history.stats()));
}

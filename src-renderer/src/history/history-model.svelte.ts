import type { HistoryStats } from '@shared/history/stats';
import type { InvokeResponse } from '@shared/ipc/contract';
import type { Dispose } from '@shared/time/clock';

import type { RendererApi } from '../bridge/api';
import { MainValue } from '../bridge/main-value.svelte';

export type ExportResult = InvokeResponse<'exportHistory'>;

/** The history window's state: main's figures, pushed as records change, and the CSV export. */
export class HistoryModel {
  #exporting = $state(false);
  #exported = $state<ExportResult | undefined>(undefined);

  readonly #api: RendererApi;
  readonly #stats: MainValue<HistoryStats>;

  constructor(api: RendererApi) {
    this.#api = api;
    this.#stats = new MainValue({
      fetch: () => api.getHistoryStats(),
      subscribe: (listener) => api.onHistory(listener),
    });
  }

  /** Undefined until main first answers. */
  get stats(): HistoryStats | undefined {
    return this.#stats.current;
  }

  get loaded(): boolean {
    return this.#stats.loaded;
  }

  get error(): string | undefined {
    return this.#stats.error;
  }

  get exporting(): boolean {
    return this.#exporting;
  }

  /** What became of the last export; undefined before the first. */
  get exported(): ExportResult | undefined {
    return this.#exported;
  }

  connect(): Dispose {
    return this.#stats.connect();
  }

  /** Main opens the save dialog and writes the file; only one dialog at a time. */
  async exportCsv(): Promise<void> {
    if (this.#exporting) return;
    this.#exporting = true;
    this.#exported = undefined;
    await this.#stats.call(async () => {
      try {
        this.#exported = await this.#api.exportHistory();
      } finally {
        this.#exporting = false;
      }
    });
  }
}

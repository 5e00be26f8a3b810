import type { LimberApi } from '@shared/ipc/build-api';

declare global {
  interface Window {
    /** Built by the bridge init script; same declaration as src-renderer/src/env.d.ts. */
    limber?: LimberApi;
  }
}

export {};

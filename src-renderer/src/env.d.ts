/// <reference types="svelte" />
/// <reference types="vite/client" />
import type { LimberApi } from '@shared/ipc/build-api';

declare global {
  interface Window {
    /**
     * The bridge to main, built by the preload from the IPC contract (or by the test host).
     * Optional: a page opened outside Limber has none, and the app says so instead of crashing.
     */
    limber?: LimberApi;
  }
}

export {};

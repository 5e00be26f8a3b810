import { cleanup } from '@testing-library/svelte';
import { afterEach } from 'vitest';

// Vitest globals are off, so testing-library cannot register its own cleanup: unmount every
// rendered component after each test, and take away any bridge a test installed.
afterEach(() => {
  cleanup();
  Reflect.deleteProperty(window, 'limber');
  window.location.hash = '';
});

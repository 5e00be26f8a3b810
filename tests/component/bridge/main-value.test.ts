import { describe, expect, it } from 'vitest';

import {
  MainValue,
  type MainValueSource,
} from '../../../src-renderer/src/bridge/main-value.svelte';

/** A main whose answer to the fetch arrives when the test says, and who can push meanwhile. */
function slowMain<T>() {
  const listeners = new Set<(value: T) => void>();
  let answer!: (value: T) => void;
  let refuse!: (error: Error) => void;
  const source: MainValueSource<T> = {
    fetch: () =>
      new Promise<T>((resolve, reject) => {
        answer = resolve;
        refuse = reject;
      }),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const push = (value: T) => listeners.forEach((listener) => listener(value));
  return { source, push, answer: (v: T) => answer(v), refuse: (e: Error) => refuse(e), listeners };
}

/** Lets an answer already given reach MainValue's handlers (they run one microtask later). */
const settle = () => Promise.resolve();

/** A MainValue that records every value it shows, in order. */
function following<T>(source: MainValueSource<T>) {
  const shown: T[] = [];
  const value = new MainValue(source, { onchange: (v) => shown.push(v) });
  return { value, shown };
}

describe('MainValue', () => {
  it("shows main's answer, then every change main pushes", async () => {
    const main = slowMain<string>();
    const { value, shown } = following(main.source);
    value.connect();
    expect(value.loaded).toBe(false);
    main.answer('light');
    await settle();
    expect(value.current).toBe('light');
    expect(value.loaded).toBe(true);
    main.push('dark');
    expect(shown).toEqual(['light', 'dark']);
    expect(value.current).toBe('dark');
  });

  it('keeps a change pushed while the first answer was on its way: the answer is older', async () => {
    const main = slowMain<string>();
    const { value, shown } = following(main.source);
    value.connect();
    main.push('dark');
    main.answer('light');
    await settle();
    expect(shown).toEqual(['dark']);
    expect(value.current).toBe('dark');
  });

  it('shows nothing more once undone, not even a late answer', async () => {
    const main = slowMain<string>();
    const { value, shown } = following(main.source);
    const undo = value.connect();
    undo();
    main.answer('light');
    main.push('dark');
    await settle();
    expect(shown).toEqual([]);
    expect(value.current).toBeUndefined();
    expect(main.listeners.size).toBe(0);
  });

  it('reports a failed fetch, and still follows later pushes', async () => {
    const main = slowMain<string>();
    const { value, shown } = following(main.source);
    value.connect();
    main.refuse(new Error('main is busy'));
    await settle();
    expect(value.error).toBe('main is busy');
    expect(value.loaded).toBe(false);
    main.push('dark');
    expect(shown).toEqual(['dark']);
    // A push is not a call: the failure stays until a call succeeds.
    expect(value.error).toBe('main is busy');
  });

  it('words a failed fetch as the owner asks, and says nothing of a fetch failing after undo', async () => {
    const main = slowMain<string>();
    const value = new MainValue(main.source, { describe: (e) => `Couldn't read: ${String(e)}` });
    value.connect();
    main.refuse(new Error('gone'));
    await settle();
    expect(value.error).toBe("Couldn't read: Error: gone");

    const later = slowMain<string>();
    const quiet = new MainValue(later.source);
    quiet.connect()();
    later.refuse(new Error('gone'));
    await settle();
    expect(quiet.error).toBeUndefined();
  });

  it("shows an update's answer; a refused call keeps the value and says why until one succeeds", async () => {
    const main = slowMain<string>();
    const { value, shown } = following(main.source);
    value.connect();
    main.answer('light');
    await settle();

    expect(await value.update(async () => 'dark')).toBe(true);
    expect(value.current).toBe('dark');
    expect(
      await value.update(
        () => Promise.reject(new Error('no')),
        (e) => `Refused: ${(e as Error).message}`,
      ),
    ).toBe(false);
    expect(value.current).toBe('dark');
    expect(value.error).toBe('Refused: no');
    expect(await value.call(async () => null)).toBe(true);
    expect(value.error).toBeUndefined();
    // `call` changes nothing shown; `set` shows a value without touching `error`.
    value.set('system');
    expect(shown).toEqual(['light', 'dark', 'system']);
  });
});

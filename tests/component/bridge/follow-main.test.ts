import { describe, expect, it } from 'vitest';
import { followMain, type MainValueSource } from '../../../src-renderer/src/bridge/follow-main';

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

/** Lets an answer already given reach followMain's handlers (they run one microtask later). */
const settle = () => Promise.resolve();

describe('followMain', () => {
  it("shows main's answer, then every change main pushes", async () => {
    const main = slowMain<string>();
    const shown: string[] = [];
    followMain(
      main.source,
      (value) => shown.push(value),
      () => undefined,
    );
    main.answer('light');
    await settle();
    main.push('dark');
    expect(shown).toEqual(['light', 'dark']);
  });

  it('keeps a change pushed while the first answer was on its way: the answer is older', async () => {
    const main = slowMain<string>();
    const shown: string[] = [];
    followMain(
      main.source,
      (value) => shown.push(value),
      () => undefined,
    );
    main.push('dark');
    main.answer('light');
    await settle();
    expect(shown).toEqual(['dark']);
  });

  it('shows nothing more once undone, not even a late answer', async () => {
    const main = slowMain<string>();
    const shown: string[] = [];
    const undo = followMain(
      main.source,
      (value) => shown.push(value),
      () => undefined,
    );
    undo();
    main.answer('light');
    main.push('dark');
    await settle();
    expect(shown).toEqual([]);
    expect(main.listeners.size).toBe(0);
  });

  it('reports a failed fetch, and still follows later pushes', async () => {
    const main = slowMain<string>();
    const shown: string[] = [];
    const errors: unknown[] = [];
    followMain(
      main.source,
      (value) => shown.push(value),
      (error) => errors.push(error),
    );
    main.refuse(new Error('main is busy'));
    await settle();
    main.push('dark');
    expect(errors).toEqual([new Error('main is busy')]);
    expect(shown).toEqual(['dark']);
  });
});

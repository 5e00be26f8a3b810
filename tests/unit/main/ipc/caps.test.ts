import { describe, expect, it } from 'vitest';

import { invokeChannels } from '@shared/ipc/channels';

import { createHarness } from '../support/app-harness';

/** What a hostile caller can make main do or say back is bounded, whatever it sends. */
describe('IPC caps', () => {
  it('a patch with ten thousand unknown fields gets back at most 20 issues', async () => {
    const { invoke } = createHarness();
    const patch = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`field${i}`, i]));
    const result = await invoke(invokeChannels.updateSettings, patch);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues?.length).toBeLessThanOrEqual(20);
    expect(result.error.issues?.at(-1)?.message).toMatch(/more/);
  });

  it('a field with a megabyte of name is echoed back in at most 200 characters', async () => {
    const { invoke } = createHarness();
    const result = await invoke(invokeChannels.updateSettings, { ['x'.repeat(1_000_000)]: 1 });
    if (result.ok) throw new Error('accepted');
    for (const issue of result.error.issues ?? []) {
      expect(issue.path.length).toBeLessThanOrEqual(200);
      expect(issue.message.length).toBeLessThanOrEqual(200);
    }
    expect(result.error.message.length).toBeLessThanOrEqual(1_000);
  });

  it('an unknown channel with a megabyte of name is not echoed back whole', async () => {
    const { invoke } = createHarness();
    const result = await invoke(`x${'y'.repeat(1_000_000)}`);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    if (!result.ok) expect(result.error.message.length).toBeLessThanOrEqual(200);
  });

  it('a routine id longer than 64 characters is refused before anything runs', async () => {
    const { invoke, runtime } = createHarness();
    const routineId = `custom-${'a'.repeat(60)}`;
    const result = await invoke(invokeChannels.startRoutine, { routineId });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(runtime.session.snapshot()).toBeNull();
  });

  it('a custom routine with a 64-character id is still fine', async () => {
    const { invoke } = createHarness();
    const id = `custom-${'a'.repeat(57)}`;
    const result = await invoke(invokeChannels.updateSettings, {
      routines: { custom: [{ id, name: 'Long id', stretchIds: ['cat-cow'] }] },
    });
    expect(result.ok).toBe(true);
  });
});

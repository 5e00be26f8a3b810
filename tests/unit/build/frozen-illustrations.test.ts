import { describe, expect, it } from 'vitest';

import { illustrationsByStretch } from '@shared/content/illustrations/by-stretch';

import {
  byStretchFile,
  frozenIllustrations,
  frozenModule,
} from '../../../scripts/frozen-illustrations';

/** Runs the module the renderer gets and returns its export. */
async function importFrozen(): Promise<unknown> {
  const url = `data:text/javascript,${encodeURIComponent(frozenModule())}`;
  const module = (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
  return module.illustrationsByStretch;
}

describe('illustrations computed at build time', () => {
  it('gives the renderer exactly the drawings the live code computes, every stretch', async () => {
    expect(await importFrozen()).toStrictEqual(illustrationsByStretch);
  });

  it('ships data only: no import, nothing of the pose math', () => {
    const code = frozenModule();
    expect(code).not.toMatch(/\bimport\b/);
    expect(code).not.toContain('pose');
  });

  it('replaces by-stretch.ts and no other module, in builds only', () => {
    const plugin = frozenIllustrations();
    const load = plugin.load as (id: string) => string | null;
    expect(byStretchFile).toMatch(/shared\/content\/illustrations\/by-stretch\.ts$/);
    expect(load(byStretchFile)).toBe(frozenModule());
    expect(load(byStretchFile.replace('by-stretch', 'body'))).toBeNull();
    expect(plugin.apply).toBe('build');
  });

  it('stops the build when no page imported by-stretch.ts, rather than ship the math', () => {
    const plugin = frozenIllustrations();
    const buildEnd = plugin.buildEnd as (this: { error: (m: string) => never }, e?: Error) => void;
    const context = {
      error: (message: string): never => {
        throw new Error(message);
      },
    };
    expect(() => buildEnd.call(context)).toThrow(/nothing was frozen/);
    (plugin.load as (id: string) => string | null)(byStretchFile);
    expect(() => buildEnd.call(context)).not.toThrow();
  });
});

import { describe, expect, it } from 'vitest';

import { illustrationsByStretch } from '@shared/content/illustrations/by-stretch';
import { getStretchText } from '@shared/content/text-catalog';

import { drawnStretches } from '../../../src-renderer/src/player/drawn-stretches';

describe("the player's stretches", () => {
  const stretchOf = drawnStretches([
    { ...getStretchText('piriformis'), name: 'Words main sent' },
    getStretchText('cat-cow'),
  ]);

  it('shows the words main sent, with the drawing the window ships', () => {
    const piriformis = stretchOf('piriformis');
    expect(piriformis.name).toBe('Words main sent');
    expect(piriformis.illustration).toBe(illustrationsByStretch.piriformis);
    expect(stretchOf('cat-cow').illustration.frames).toHaveLength(2);
  });

  it('refuses a stretch the session does not have, naming it', () => {
    expect(() => stretchOf('hamstring')).toThrow(/hamstring/);
  });
});

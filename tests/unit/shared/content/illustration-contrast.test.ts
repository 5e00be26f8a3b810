import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { contrastRatio, ruleStroke, themeColour } from './contrast';

// The palette and the component are read as shipped, so a colour changed in either is measured.
const root = resolve(import.meta.dirname, '../../../..');
const theme = readFileSync(resolve(root, 'src-renderer/src/styles/theme.css'), 'utf8');
const component = readFileSync(
  resolve(root, 'src-renderer/src/player/StretchIllustration.svelte'),
  'utf8',
);

const surface = ruleStroke(component, '.surface');
const backgrounds = [themeColour(theme, '--bg'), themeColour(theme, '--panel')];
const figure = themeColour(theme, '--figure');

describe('the bed and chair lines', () => {
  it.each(['light', 'dark'] as const)(
    'stand out at 3:1 or more against the backgrounds in %s mode',
    (scheme) => {
      for (const background of backgrounds) {
        expect(contrastRatio(surface[scheme], background[scheme])).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it.each(['light', 'dark'] as const)(
    'stay quieter than the body in %s mode, so the figure reads first',
    (scheme) => {
      const bg = themeColour(theme, '--bg')[scheme];
      expect(contrastRatio(surface[scheme], bg)).toBeLessThan(contrastRatio(figure[scheme], bg));
    },
  );
});

import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';

import { getStretch } from '@shared/content/catalog';

import StretchIllustration from '../../../src-renderer/src/player/StretchIllustration.svelte';

const hipFlexorStretch = getStretch('hip-flexor');
const hipFlexor = hipFlexorStretch.illustration;
const catCowStretch = getStretch('cat-cow');
const catCow = catCowStretch.illustration;

function figureGroups(container: HTMLElement): Element[] {
  return [...container.querySelectorAll('svg > g:not(.side-mark)')];
}

/** The drawn strokes, without the background-coloured gaps laid under them. */
function strokes(container: HTMLElement): Element[] {
  return [...container.querySelectorAll('svg path:not(.halo), svg > g:not(.side-mark) circle')];
}

function sideMark(container: HTMLElement) {
  const mark = container.querySelector('.side-mark');
  const circle = mark?.querySelector('circle');
  return {
    letter: mark?.textContent?.trim(),
    x: Number(circle?.getAttribute('cx')),
    y: Number(circle?.getAttribute('cy')),
    insideMirror: Boolean(mark?.closest('g[transform]')),
  };
}

describe('StretchIllustration', () => {
  it('is one accessible image, described for the side being held', () => {
    render(StretchIllustration, {
      illustration: hipFlexor,
      words: hipFlexorStretch,
      side: 'right',
    });
    const image = screen.getByRole('img');
    expect(image.getAttribute('aria-label')).toBe(hipFlexorStretch.sides?.right.picture);
    expect(image.getAttribute('aria-label')).toMatch(/right leg stretched back/);
    // The SVGs inside are decoration for the named image, not separate images.
    for (const svg of image.querySelectorAll('svg')) {
      expect(svg.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('is described as a whole when no side is being held', () => {
    render(StretchIllustration, { illustration: hipFlexor, words: hipFlexorStretch });
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/one foot up/);
  });

  it('draws every shape of the figure, with the held limb in the accent role', () => {
    const { container } = render(StretchIllustration, {
      illustration: hipFlexor,
      words: hipFlexorStretch,
    });
    expect(strokes(container)).toHaveLength(hipFlexor.frames[0]?.shapes.length ?? -1);
    expect(container.querySelectorAll('svg .active').length).toBeGreaterThan(0);
  });

  it('shows the drawn side as is, with an R by the working leg', () => {
    const { container } = render(StretchIllustration, {
      illustration: hipFlexor,
      words: hipFlexorStretch,
      side: 'right',
    });
    expect(figureGroups(container)[0]?.getAttribute('transform')).toBeNull();
    expect(sideMark(container)).toEqual({
      letter: 'R',
      x: hipFlexor.sideMark?.x,
      y: hipFlexor.sideMark?.y,
      insideMirror: false,
    });
  });

  it('mirrors the figure for the left side and moves an upright L to the mirrored leg', () => {
    const { container } = render(StretchIllustration, {
      illustration: hipFlexor,
      words: hipFlexorStretch,
      side: 'left',
    });
    const image = screen.getByRole('img');
    expect(image.getAttribute('aria-label')).toMatch(/left leg stretched back/);
    // Mirrored about the centre of the 240-wide viewBox.
    expect(figureGroups(container)[0]?.getAttribute('transform')).toBe(
      'translate(240 0) scale(-1 1)',
    );
    // The letter is outside the mirror, so it reads the right way round.
    expect(sideMark(container)).toEqual({
      letter: 'L',
      x: 240 - (hipFlexor.sideMark?.x ?? 0),
      y: hipFlexor.sideMark?.y,
      insideMirror: false,
    });
  });

  it('marks no side when none is being held, or when the stretch has no sides', () => {
    const unsided = render(StretchIllustration, {
      illustration: hipFlexor,
      words: hipFlexorStretch,
    });
    expect(unsided.container.querySelector('.side-mark')).toBeNull();
    unsided.unmount();

    const { container } = render(StretchIllustration, {
      illustration: getStretch('supine-butterfly').illustration,
      words: getStretch('supine-butterfly'),
      side: 'left',
    });
    expect(figureGroups(container)[0]?.getAttribute('transform')).toBeNull();
    expect(container.querySelector('.side-mark')).toBeNull();
  });

  it('scales with its container: a viewBox and no fixed size of its own', () => {
    const { container } = render(StretchIllustration, {
      illustration: hipFlexor,
      words: hipFlexorStretch,
      side: 'right',
    });
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('viewBox')).toBe(hipFlexor.viewBox);
    expect(svg?.hasAttribute('width')).toBe(false);
    expect(svg?.hasAttribute('height')).toBe(false);
  });

  it('shows both cat-cow frames side by side and marks the one to follow now', async () => {
    const { container, rerender } = render(StretchIllustration, {
      illustration: catCow,
      words: catCowStretch,
      activeFrame: 1,
    });
    const frames = () => [...container.querySelectorAll('figure')];
    expect(frames().map((f) => f.textContent?.trim())).toEqual([
      'Cow — breathe in',
      'Cat — breathe out',
    ]);
    expect(frames().map((f) => f.dataset.active)).toEqual(['false', 'true']);
    expect(frames().map((f) => f.classList.contains('faded'))).toEqual([true, false]);

    await rerender({ illustration: catCow, words: catCowStretch, activeFrame: 0 });
    expect(frames().map((f) => f.dataset.active)).toEqual(['true', 'false']);
    expect(frames().map((f) => f.classList.contains('faded'))).toEqual([false, true]);
  });
});

import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import StretchIllustration from '../../../src-renderer/src/player/StretchIllustration.svelte';
import { getStretch } from '@shared/content/catalog';

const hipFlexor = getStretch('hip-flexor').illustration;
const catCow = getStretch('cat-cow').illustration;

function figureGroups(container: HTMLElement): Element[] {
  return [...container.querySelectorAll('svg > g')];
}

describe('StretchIllustration', () => {
  it('is one accessible image named by the alt text and the side being held', () => {
    render(StretchIllustration, { illustration: hipFlexor, side: 'right' });
    const image = screen.getByRole('img');
    expect(image.getAttribute('aria-label')).toBe(`${hipFlexor.alt} (right side)`);
    // The SVGs inside are decoration for the named image, not separate images.
    for (const svg of image.querySelectorAll('svg')) {
      expect(svg.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('draws every shape of the figure, with the held limb in the accent role', () => {
    const { container } = render(StretchIllustration, { illustration: hipFlexor });
    const drawn = container.querySelectorAll('svg path, svg circle');
    expect(drawn).toHaveLength(hipFlexor.frames[0]?.shapes.length ?? -1);
    expect(container.querySelectorAll('svg .active').length).toBeGreaterThan(0);
  });

  it('shows the drawn side as is', () => {
    const { container } = render(StretchIllustration, { illustration: hipFlexor, side: 'right' });
    expect(figureGroups(container)[0]?.getAttribute('transform')).toBeNull();
  });

  it('mirrors the figure when the left side is being held', () => {
    const { container } = render(StretchIllustration, { illustration: hipFlexor, side: 'left' });
    const image = screen.getByRole('img');
    expect(image.getAttribute('aria-label')).toContain('left side');
    // Mirrored about the centre of the 240-wide viewBox.
    expect(figureGroups(container)[0]?.getAttribute('transform')).toBe(
      'translate(240 0) scale(-1 1)',
    );
  });

  it('never mirrors a stretch that has no sides', () => {
    const { container } = render(StretchIllustration, {
      illustration: getStretch('supine-butterfly').illustration,
      side: 'left',
    });
    expect(figureGroups(container)[0]?.getAttribute('transform')).toBeNull();
  });

  it('shows both cat-cow frames side by side and marks the one to follow now', async () => {
    const { container, rerender } = render(StretchIllustration, {
      illustration: catCow,
      activeFrame: 1,
    });
    const frames = () => [...container.querySelectorAll('figure')];
    expect(frames().map((f) => f.textContent?.trim())).toEqual([
      'Cow — breathe in',
      'Cat — breathe out',
    ]);
    expect(frames().map((f) => f.dataset.active)).toEqual(['false', 'true']);
    expect(frames().map((f) => f.classList.contains('faded'))).toEqual([true, false]);

    await rerender({ illustration: catCow, activeFrame: 0 });
    expect(frames().map((f) => f.dataset.active)).toEqual(['true', 'false']);
    expect(frames().map((f) => f.classList.contains('faded'))).toEqual([false, true]);
  });
});

import type { Page } from '@playwright/test';

/**
 * Counts sound cues without hearing them: every scheduled audio source (oscillator or buffer)
 * that starts is one cue note. It also keeps every AudioContext the page makes, so a test can
 * see whether the audio is running or asleep. Added as an init script, before the app's code.
 */
export const audioProbeScript = `
  (() => {
    const proto = window.AudioScheduledSourceNode && AudioScheduledSourceNode.prototype;
    if (!proto) return;
    const start = proto.start;
    window.__limberCueStarts = 0;
    proto.start = function (...args) {
      window.__limberCueStarts += 1;
      return start.apply(this, args);
    };
    const contexts = (window.__limberAudioContexts = []);
    window.AudioContext = class extends window.AudioContext {
      constructor(...args) {
        super(...args);
        contexts.push(this);
      }
    };
  })();
`;

/**
 * The player as it was before its audio slept between cues: suspend() does nothing, so the
 * context runs from the first chime until the window closes. For the CPU bench's baseline.
 */
export const keepAudioRunningScript = `
  (() => {
    if (!window.AudioContext) return;
    AudioContext.prototype.suspend = function () {
      return Promise.resolve();
    };
  })();
`;

/** How many audio sources have started in the page so far. */
export function cueStarts(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { __limberCueStarts: number }).__limberCueStarts,
  );
}

/** The state of every AudioContext the page has made, oldest first. */
export function audioStates(page: Page): Promise<AudioContextState[]> {
  return page.evaluate(() =>
    (window as unknown as { __limberAudioContexts: AudioContext[] }).__limberAudioContexts.map(
      (context) => context.state,
    ),
  );
}

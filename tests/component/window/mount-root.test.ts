import { screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { invokeChannels } from '@shared/ipc/channels';
import { ok } from '@shared/ipc/result';

import { rendererApiFrom } from '../../../src-renderer/src/bridge/api';
import NudgeView from '../../../src-renderer/src/nudge/NudgeView.svelte';
import { mountRoot, unmountRoot } from '../../../src-renderer/src/window/mount-root';
import { mountWindow } from '../../../src-renderer/src/window/mount-window';
import { FakeTransport } from '../support/fake-transport';

// The nudge window, the smallest real one: its Skip button is a delegated `onclick` that asks
// main and sets the model's `$state`, which disables the buttons while the answer is away.

const roots: object[] = [];

afterEach(async () => {
  vi.restoreAllMocks();
  for (const root of roots.splice(0)) await unmountRoot(root);
  document.body.innerHTML = '';
});

/** Main with a nudge waiting, whose answers never come back: the buttons stay disabled. */
function nudgeMain() {
  const transport = new FakeTransport();
  transport.handle('getNudge', () => ok({ sittingMs: 50 * 60_000, repeat: 0, snoozeMinutes: [5] }));
  transport.handle('getMorningOffer', () => ok(null));
  transport.handle('answerNudge', () => new Promise(() => undefined));
  return { transport, answers: () => transport.payloadsOf(invokeChannels.answerNudge) };
}

/** The nudge page as built: NudgeView mounted by mountWindow into #app. */
async function openWindow() {
  const main = nudgeMain();
  window.limber = main.transport.api;
  document.body.innerHTML = '<div id="app"></div>';
  const root = mountWindow(NudgeView);
  roots.push(root);
  const skip = (await screen.findByRole('button', { name: 'Skip' })) as HTMLButtonElement;
  return { ...main, root, skip, app: document.getElementById('app')! };
}

/** A second nudge view, in a target of its own, mounted with mountRoot directly. */
async function mountAnother() {
  const main = nudgeMain();
  const target = document.body.appendChild(document.createElement('section'));
  const root = mountRoot(NudgeView, {
    target,
    props: { api: rendererApiFrom(main.transport.api) },
  });
  roots.push(root);
  await vi.waitFor(() => expect(target.querySelector('button')).not.toBeNull());
  const skip = [...target.querySelectorAll('button')].find((b) => b.textContent === 'Skip')!;
  return { ...main, root, skip };
}

describe("mountWindow, without Svelte's async boundary", () => {
  it('renders the view into #app at once, and again when its state changes', async () => {
    window.limber = nudgeMain().transport.api;
    document.body.innerHTML = '<div id="app"></div>';
    roots.push(mountWindow(NudgeView));
    const app = document.getElementById('app')!;
    expect(app.textContent?.trim()).toBe('Loading…');
    // Main's answer sets the model's state: the prompt replaces the placeholder.
    expect(await screen.findByRole('heading', { name: 'Time to stand up' })).toBeTruthy();
    expect(app.textContent).not.toContain('Loading…');
  });

  it('runs a delegated onclick, and the $state it sets re-renders the buttons', async () => {
    const { skip, answers } = await openWindow();
    expect(skip.disabled).toBe(false);
    skip.click();
    expect(answers()).toEqual([{ action: 'skip' }]);
    flushSync();
    expect(skip.disabled).toBe(true);
    expect(screen.getByRole('button', { name: 'Stretch now' })).toHaveProperty('disabled', true);
  });

  it('hears a click on its element moved out of #app, through the document', async () => {
    const { skip, answers } = await openWindow();
    document.body.append(skip);
    skip.click();
    expect(answers()).toHaveLength(1);
  });

  it('takes its DOM away when unmounted, the anchor it added included', async () => {
    const { root, app } = await openWindow();
    await unmountRoot(root);
    expect(app.childNodes.length).toBe(0);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('stops listening on the document when unmounted', async () => {
    const { root, skip, answers } = await openWindow();
    await unmountRoot(root);
    // Put back where only a document listener would hear it: nothing should.
    document.body.append(skip);
    skip.click();
    expect(answers()).toHaveLength(0);
  });

  it('removes every listener it added, from #app and the document alike', async () => {
    const added: unknown[][] = [];
    const removed: unknown[][] = [];
    for (const node of [document, HTMLElement.prototype]) {
      const add = node.addEventListener;
      const remove = node.removeEventListener;
      vi.spyOn(node, 'addEventListener').mockImplementation(function (this: EventTarget, ...args) {
        added.push([this, ...args.slice(0, 2)]);
        return add.apply(this, args);
      });
      vi.spyOn(node, 'removeEventListener').mockImplementation(function (
        this: EventTarget,
        ...args
      ) {
        removed.push([this, ...args.slice(0, 2)]);
        return remove.apply(this, args);
      });
    }
    const { root, app } = await openWindow();
    const clicksOn = (node: EventTarget) =>
      added.filter(([target, type]) => target === node && type === 'click');
    expect(clicksOn(app)).toHaveLength(1);
    expect(clicksOn(document)).toHaveLength(1);
    await unmountRoot(root);
    // Each taken off again, whatever the order.
    expect(removed).toHaveLength(added.length);
    expect(removed).toEqual(expect.arrayContaining(added));
  });

  it('keeps the document listener while another root still needs it', async () => {
    const first = await openWindow();
    const second = await mountAnother();
    await unmountRoot(first.root);
    document.body.append(second.skip);
    second.skip.click();
    expect(second.answers()).toHaveLength(1);
  });

  it('unmounts a root once: a second unmount leaves the page alone', async () => {
    const { root } = await openWindow();
    await unmountRoot(root);
    document.body.innerHTML = '<div id="app"><p>Another view</p></div>';
    await expect(unmountRoot(root)).resolves.toBeUndefined();
    expect(document.getElementById('app')?.textContent).toBe('Another view');
  });
});

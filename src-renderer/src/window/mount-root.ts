import type { Component } from 'svelte';

// Svelte's own runtime files, by path: the package's exports map lets nothing in but its
// barrels, and these names are in neither. The path is the one the build's
// scripts/svelte-direct-imports.ts resolves (the directory of svelte/package.json, then src/),
// so each is the very module the components' runtime imports are rewritten to: one
// `all_registered_events`, one effect tree. tests/unit/build/mount-root.test.ts checks that.
import {
  mark_as_component,
  pop,
  push,
} from '../../../node_modules/svelte/src/internal/client/context.js';
import {
  all_registered_events,
  handle_event_propagation,
  root_event_handles,
} from '../../../node_modules/svelte/src/internal/client/dom/elements/events.js';
import {
  create_text,
  init_operations,
} from '../../../node_modules/svelte/src/internal/client/dom/operations.js';
import {
  branch,
  component_root,
} from '../../../node_modules/svelte/src/internal/client/reactivity/effects.js';
import { is_passive_event } from '../../../node_modules/svelte/src/utils.js';

/** How many mounted roots listen for each delegated event on each node. */
const listeners = new Map<EventTarget, Map<string, number>>();

/** Each mounted component's exports → what unmounts it, as Svelte's `mount` keeps. */
const mounted = new WeakMap<object, (options?: { outro?: boolean }) => Promise<void>>();

/**
 * Svelte's `mount`, minus the async boundary it puts around every app.
 *
 * Svelte 5.57's `_mount` (node_modules/svelte/src/internal/client/render.js) renders the
 * component inside `boundary(…, { pending: () => {} }, …)`, so `await` in a template has a
 * boundary to suspend in. No Limber window awaits in a template, has a <svelte:boundary> or
 * an async derived (svelte.config.js has no `experimental.async`, without which the compiler
 * refuses them), and that boundary with no `failed` or `onerror` rethrows every error, as no
 * boundary does. Yet it brought dom/blocks/boundary.js, about 1.2 KiB gzipped, into the chunk
 * every window loads. This is the rest of `_mount` for a fresh client render (no hydration,
 * `intro`, `events` or `context`): the component runs in a branch effect of its own, as it did
 * in Svelte's `mount` before the boundary, and event delegation is registered the same way.
 *
 * The listener counts are this module's own, not render.js's: a page mounts with this or with
 * Svelte's `mount`, never both, or one's unmount could take away a document listener the
 * other still counts on.
 *
 * A copy of Svelte internals: re-check it against `_mount` on every Svelte upgrade.
 * tests/unit/build/mount-root.test.ts holds a hash of the `_mount` and `unmount` this was
 * written against, and fails when Svelte's differ.
 */
export function mountRoot<Props extends Record<string, unknown>, Exports extends object>(
  View: Component<Props, Exports>,
  { target, props }: { target: Element; props: Props },
): Exports {
  init_operations();
  let component: Exports | undefined;
  const dispose = component_root(() => {
    const anchor = target.appendChild(create_text());
    branch(() => {
      push({});
      // Components are called as (anchor, props); the public type hides that.
      const render = View as unknown as (anchor: Node, props: Props) => Exports | undefined;
      component = render(anchor, props) ?? (mark_as_component() as Exports);
      pop();
    });

    // After the component, as in `_mount`: were it to throw, nothing here would need undoing.
    const registered = new Set<string>();
    const register = (events: readonly string[]): void => {
      for (const name of events) {
        if (registered.has(name)) continue;
        registered.add(name);
        const passive = is_passive_event(name);
        // The target catches what happens inside it even if an outer element stops the event;
        // the document, what a component moved out of it.
        for (const node of [target, document]) {
          const counts = listeners.get(node) ?? new Map<string, number>();
          listeners.set(node, counts);
          const count = counts.get(name) ?? 0;
          if (count === 0) node.addEventListener(name, handle_event_propagation, { passive });
          counts.set(name, count + 1);
        }
      }
    };
    register([...all_registered_events]);
    root_event_handles.add(register);

    return () => {
      for (const name of registered) {
        for (const node of [target, document]) {
          const counts = listeners.get(node)!;
          const count = counts.get(name)! - 1;
          if (count > 0) {
            counts.set(name, count);
            continue;
          }
          node.removeEventListener(name, handle_event_propagation);
          counts.delete(name);
          if (counts.size === 0) listeners.delete(node);
        }
      }
      root_event_handles.delete(register);
      anchor.remove();
    };
  });
  mounted.set(component!, dispose);
  return component!;
}

/**
 * Unmounts what mountRoot mounted, as Svelte's `unmount` does what its `mount` did. Svelte's
 * own `unmount` knows nothing of these roots: it would do nothing but warn. `outro` plays
 * transitions first; a second call does nothing.
 */
export function unmountRoot(component: object, options?: { outro?: boolean }): Promise<void> {
  const dispose = mounted.get(component);
  mounted.delete(component);
  return dispose ? dispose(options) : Promise.resolve();
}

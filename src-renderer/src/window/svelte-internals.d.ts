// Types for the Svelte runtime files mount-root.ts imports by path. Svelte types only its public
// entry points; these are the signatures of Svelte 5.57's JSDoc, narrowed to what mountRoot uses.

declare module '*/svelte/src/internal/client/context.js' {
  export function push(props: Record<string, unknown>, runes?: boolean, fn?: unknown): void;
  export function pop<T>(component?: T): T;
  export function mark_as_component(component?: object): object;
}

declare module '*/svelte/src/internal/client/dom/elements/events.js' {
  export const all_registered_events: Set<string>;
  export const root_event_handles: Set<(events: string[]) => void>;
  export function handle_event_propagation(this: EventTarget, event: Event): void;
}

declare module '*/svelte/src/internal/client/dom/operations.js' {
  export function init_operations(): void;
  export function create_text(value?: string): Text;
}

declare module '*/svelte/src/internal/client/reactivity/effects.js' {
  /** Runs `fn` as a root effect; the function it returns destroys that root. */
  export function component_root(
    fn: () => void | (() => void),
  ): (options?: { outro?: boolean }) => Promise<void>;
  export function branch(fn: () => void | (() => void)): unknown;
}

declare module '*/svelte/src/utils.js' {
  export function is_passive_event(name: string): boolean;
}

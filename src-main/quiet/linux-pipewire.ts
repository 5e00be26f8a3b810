import { no, type Signal, yes } from '@shared/quiet/signal';

/**
 * Reading `pw-dump`: a JSON array of every PipeWire object. A capture in progress is a Node
 * whose `info.state` is "running" (PipeWire suspends idle nodes within seconds) with:
 * - microphone: media.class "Stream/Input/Audio", an app recording from a source;
 * - screen sharing: a video producer that is not a device, i.e. "Stream/Output/Video" (GNOME
 *   Shell's "meta-screen-cast-src", KWin) or a device-less "Video/Source" (xdg-desktop-portal-wlr).
 *   Cameras are "Video/Source" nodes too, but carry device.api (v4l2, libcamera); the camera
 *   detector covers them. A video consumer ("Stream/Input/Video") proves nothing by itself: it
 *   may be a browser reading the camera.
 */

interface PwNode {
  state: string;
  props: Record<string, unknown>;
}

/**
 * The nodes in a pw-dump, or null when the output is not pw-dump's JSON (garbage, cut short).
 * pw-dump keeps listening while it prints, so an object that goes away meanwhile (an app that
 * just stopped recording) is reported after the dump as another array, `[{ "id": 63, "info":
 * null }]`, making the output several JSON arrays in a row. Later arrays update the first: a null
 * info removes the object, anything else replaces it.
 */
export function pipewireNodes(stdout: string): PwNode[] | null {
  const arrays = jsonValues(stdout);
  if (!arrays || arrays.length === 0 || !arrays.every(Array.isArray)) return null;
  const objects = new Map<unknown, unknown>();
  for (const array of arrays as unknown[][]) {
    for (const object of array) {
      if (!isRecord(object)) return null;
      if (object.info === null) objects.delete(object.id);
      else objects.set(object.id, object);
    }
  }
  const nodes: PwNode[] = [];
  for (const object of objects.values()) {
    if (!isRecord(object) || object.type !== 'PipeWire:Interface:Node') continue;
    const info = object.info;
    if (!isRecord(info) || typeof info.state !== 'string' || !isRecord(info.props)) continue;
    nodes.push({ state: info.state, props: info.props });
  }
  return nodes;
}

/** Top-level JSON values written one after another, or null if any of them is not JSON. */
function jsonValues(text: string): unknown[] | null {
  const values: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      if (depth === 0) start = i;
      depth += 1;
    } else if (char === ']' || char === '}') {
      depth -= 1;
      if (depth < 0) return null;
      if (depth === 0) {
        try {
          values.push(JSON.parse(text.slice(start, i + 1)));
        } catch {
          return null;
        }
      }
    } else if (depth === 0 && !/\s/.test(char!)) return null;
  }
  return depth === 0 ? values : null;
}

/** An app is recording from a microphone (not a level meter, not a recording of the speakers). */
export function microphoneFromPipewire(nodes: readonly PwNode[]): Signal {
  const recording = nodes.some(
    (node) =>
      node.state === 'running' &&
      node.props['media.class'] === 'Stream/Input/Audio' &&
      !isMonitorCapture(node.props),
  );
  return recording ? yes : no;
}

/** The screen (or a window) is being captured. */
export function screencastFromPipewire(nodes: readonly PwNode[]): Signal {
  const sharing = nodes.some((node) => {
    if (node.state !== 'running') return false;
    const mediaClass = node.props['media.class'];
    if (mediaClass === 'Stream/Output/Video') return true;
    return mediaClass === 'Video/Source' && !isDevice(node.props);
  });
  return sharing ? yes : no;
}

/**
 * Streams that read audio without a microphone: level meters (pavucontrol, GNOME Settings use
 * monitor/peak streams) and recordings of what the speakers play (a sink monitor).
 */
export function isMonitorCapture(props: Record<string, unknown>): boolean {
  return (
    truthy(props['stream.monitor']) ||
    truthy(props['stream.capture.sink']) ||
    props['media.name'] === 'Peak detect'
  );
}

function isDevice(props: Record<string, unknown>): boolean {
  return 'device.api' in props || 'api.v4l2.path' in props || 'api.libcamera.path' in props;
}

/** pw-dump writes booleans; pactl writes every property as a string. */
function truthy(value: unknown): boolean {
  return value === true || value === 'true' || value === '1';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import { no, yes, type Signal } from '../../shared/quiet/signal';

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

/** The nodes in a pw-dump, or null when the output is not pw-dump's JSON (garbage, cut short). */
export function pipewireNodes(stdout: string): PwNode[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  const nodes: PwNode[] = [];
  for (const object of parsed as unknown[]) {
    if (!isRecord(object) || object.type !== 'PipeWire:Interface:Node') continue;
    const info = object.info;
    if (!isRecord(info) || typeof info.state !== 'string' || !isRecord(info.props)) continue;
    nodes.push({ state: info.state, props: info.props });
  }
  return nodes;
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

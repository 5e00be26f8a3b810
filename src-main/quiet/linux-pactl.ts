import { no, type Signal, yes } from '@shared/quiet/signal';

import { isMonitorCapture } from './linux-pipewire';

/**
 * Reading `pactl list source-outputs`, for machines with PulseAudio (or pipewire-pulse without
 * pw-dump). Each source output is an app recording from a source; one that is not corked (paused)
 * and not a level meter or speaker recording means a microphone in use.
 */

interface SourceOutput {
  corked: boolean;
  properties: Record<string, unknown>;
}

/** `pactl -f json list source-outputs` (pactl 16+), or null if it is not that JSON. */
export function sourceOutputsFromJson(stdout: string): SourceOutput[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  const outputs: SourceOutput[] = [];
  for (const item of parsed as unknown[]) {
    if (typeof item !== 'object' || item === null) return null;
    const { corked, properties } = item as { corked?: unknown; properties?: unknown };
    if (typeof corked !== 'boolean') return null;
    const props = typeof properties === 'object' && properties !== null ? properties : {};
    outputs.push({ corked, properties: props as Record<string, unknown> });
  }
  return outputs;
}

/**
 * The plain text of `pactl list source-outputs` (any pactl; the words are not translated):
 *   Source Output #53
 *   \tCorked: no
 *   \tProperties:
 *   \t\tmedia.name = "Zoom Meeting"
 * Empty output is an empty list; text with no "Source Output #" block is not pactl's (null).
 */
export function sourceOutputsFromText(stdout: string): SourceOutput[] | null {
  if (stdout.trim() === '') return [];
  const blocks = stdout.split(/^Source Output #\d+\s*$/m).slice(1);
  if (blocks.length === 0) return null;
  const outputs: SourceOutput[] = [];
  for (const block of blocks) {
    const corked = /^\s*Corked:\s*(yes|no)\s*$/m.exec(block);
    if (!corked) return null;
    const properties: Record<string, string> = {};
    for (const match of block.matchAll(/^\t\t([\w.-]+) = "(.*)"\s*$/gm)) {
      properties[match[1]!] = match[2]!;
    }
    outputs.push({ corked: corked[1] === 'yes', properties });
  }
  return outputs;
}

export function microphoneFromSourceOutputs(outputs: readonly SourceOutput[]): Signal {
  const recording = outputs.some(
    (output) => !output.corked && !isMonitorCapture(output.properties),
  );
  return recording ? yes : no;
}

import { type Signal, unknown } from '@shared/quiet/signal';

import { COMMAND_TIMEOUT_MS, succeeded, whyNot } from './command-why';
import {
  microphoneFromSourceOutputs,
  sourceOutputsFromJson,
  sourceOutputsFromText,
} from './linux-pactl';
import { microphoneFromPipewire, pipewireNodes, screencastFromPipewire } from './linux-pipewire';
import type { BusyDetector, CommandRunner } from './quiet-ports';

/**
 * Microphone and screen sharing on Linux, from the sound and video server. PipeWire first
 * (pw-dump sees both); for microphones, then PulseAudio's pactl (JSON, then plain text for
 * pactl older than 16). Screen sharing has no PulseAudio equivalent: without PipeWire it is
 * unknown (X11 screen sharing reads the screen directly and leaves no trace anyone can read).
 */

export function linuxMicrophoneDetector(runner: CommandRunner): BusyDetector {
  return {
    kind: 'microphone',
    platform: 'linux',
    async detect(signal) {
      const options = { timeoutMs: COMMAND_TIMEOUT_MS, signal };
      const dump = await runner.run('pw-dump', [], options);
      const ran = succeeded(dump);
      const nodes = ran ? pipewireNodes(ran.stdout) : null;
      if (nodes) return microphoneFromPipewire(nodes);
      const why = ran ? 'pw-dump printed something other than its JSON' : whyNot('pw-dump', dump);
      return pactlMicrophone(runner, signal, why);
    },
  };
}

async function pactlMicrophone(
  runner: CommandRunner,
  signal: AbortSignal,
  pwWhy: string,
): Promise<Signal> {
  const options = { timeoutMs: COMMAND_TIMEOUT_MS, signal };
  const json = await runner.run('pactl', ['-f', 'json', 'list', 'source-outputs'], options);
  if (json.kind === 'not-found') return unknown(`${pwWhy}, and pactl is not installed`);
  const jsonRan = succeeded(json);
  const fromJson = jsonRan ? sourceOutputsFromJson(jsonRan.stdout) : null;
  if (fromJson) return microphoneFromSourceOutputs(fromJson);
  // pactl before 16 has no -f; the plain listing says the same in words, in English under C.
  const text = await runner.run('pactl', ['list', 'source-outputs'], {
    ...options,
    env: { LC_ALL: 'C' },
  });
  const textRan = succeeded(text);
  const fromText = textRan ? sourceOutputsFromText(textRan.stdout) : null;
  if (fromText) return microphoneFromSourceOutputs(fromText);
  const why = textRan ? 'pactl printed something unexpected' : whyNot('pactl', text);
  return unknown(`${pwWhy}; ${why}`);
}

export function linuxScreencastDetector(runner: CommandRunner): BusyDetector {
  return {
    kind: 'screencast',
    platform: 'linux',
    async detect(signal) {
      const dump = await runner.run('pw-dump', [], { timeoutMs: COMMAND_TIMEOUT_MS, signal });
      const ran = succeeded(dump);
      if (!ran)
        return unknown(`screen sharing is seen through PipeWire: ${whyNot('pw-dump', dump)}`);
      const nodes = pipewireNodes(ran.stdout);
      if (!nodes) return unknown('pw-dump printed something other than its JSON');
      return screencastFromPipewire(nodes);
    },
  };
}

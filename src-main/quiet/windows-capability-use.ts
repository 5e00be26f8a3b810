import { no, type Signal, unknown, yes } from '@shared/quiet/signal';

import { COMMAND_TIMEOUT_MS, succeeded, whyNot } from './command-why';
import type { BusyDetector, CommandRunner } from './quiet-ports';

/**
 * Camera and microphone in use on Windows 10 1903+: the privacy "consent store" keeps, per app
 * and per device kind, LastUsedTimeStart and LastUsedTimeStop (FILETIMEs). While an app holds the
 * device its stop is 0 (the same data behind the camera/mic icon in the taskbar). Store apps
 * are subkeys of the kind's key, desktop apps live under NonPackaged (paths with # for \); `/s`
 * lists both. `reg query` prints, CRLF-separated:
 *   HKEY_CURRENT_USER\Software\...\ConsentStore\webcam\NonPackaged\C:#Program Files#Zoom#bin#Zoom.exe
 *       LastUsedTimeStart    REG_QWORD    0x1db0f1a2b3c4d5e
 *       LastUsedTimeStop    REG_QWORD    0x0
 * A stop of 0 with a start of 0 (or none) is an app that never used it: not in use.
 */
const CONSENT_STORE =
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';

const DEVICE_KEYS = { camera: 'webcam', microphone: 'microphone' } as const;

export function windowsCapabilityDetector(
  runner: CommandRunner,
  kind: 'camera' | 'microphone',
): BusyDetector {
  return {
    kind,
    platform: 'win32',
    async detect(signal) {
      const key = `${CONSENT_STORE}\\${DEVICE_KEYS[kind]}`;
      const result = await runner.run('reg', ['query', key, '/s'], {
        timeoutMs: COMMAND_TIMEOUT_MS,
        signal,
      });
      const ran = succeeded(result);
      // Exit 1 "unable to find the specified registry key": Windows before 1903 keeps no record.
      if (!ran) return unknown(whyNot('reg', result));
      return capabilityInUse(ran.stdout);
    },
  };
}

/** Whether any app's entry shows the device held right now. */
export function capabilityInUse(stdout: string): Signal {
  const entries = registryEntries(stdout);
  if (entries.length === 0) return unknown('reg printed no registry keys');
  const inUse = entries.some((values) => {
    const start = values.get('LastUsedTimeStart');
    const stop = values.get('LastUsedTimeStop');
    return stop !== undefined && isZero(stop) && start !== undefined && !isZero(start);
  });
  return inUse ? yes : no;
}

/** Each key's values by name. Value lines are indented four spaces: name, type, data. */
function registryEntries(stdout: string): Map<string, string>[] {
  const entries: Map<string, string>[] = [];
  let current: Map<string, string> | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    if (/^HKEY_/.test(line)) {
      current = new Map();
      entries.push(current);
      continue;
    }
    const value = /^ {4}(\S+) {4}REG_\w+ {4}(.*)$/.exec(line);
    if (value && current) current.set(value[1]!, value[2]!.trim());
  }
  return entries;
}

function isZero(data: string): boolean {
  return /^0x0+$/i.test(data);
}

import { no, type Signal, unknown, yes } from '@shared/quiet/signal';

import { succeeded, whyNot } from './command-why';
import { printedInteger, runPowerShell } from './powershell';
import type { BusyDetector, CommandRunner } from './quiet-ports';

/**
 * Full screen on Windows: SHQueryUserNotificationState, the documented call Windows itself uses
 * to decide whether to show notifications. The script prints the QUERY_USER_NOTIFICATION_STATE.
 */
export const QUNS_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  'Add-Type -Namespace Limber -Name Quns -MemberDefinition \'[DllImport("shell32.dll")] public static extern int SHQueryUserNotificationState(out int state);\'',
  '$state = 0',
  '$hr = [Limber.Quns]::SHQueryUserNotificationState([ref]$state)',
  "if ($hr -ne 0) { [Console]::Error.WriteLine(('HRESULT 0x{0:X8}' -f $hr)); exit 2 }",
  '$state',
].join('\n');

/** What each state means for us. */
export function fullscreenFromQuns(state: number): Signal {
  switch (state) {
    case 1: // QUNS_NOT_PRESENT: a screen saver is running or the machine is locked
      return no;
    case 2: // QUNS_BUSY: a full-screen app (or the "presentation settings" of mobility center)
    case 3: // QUNS_RUNNING_D3D_FULL_SCREEN: a full-screen Direct3D game or video
    case 4: // QUNS_PRESENTATION_MODE: the user turned on presentation mode
    case 7: // QUNS_APP: a full-screen (immersive) Store app
      return yes;
    case 5: // QUNS_ACCEPTS_NOTIFICATIONS: nothing in the way
      return no;
    case 6:
      // QUNS_QUIET_TIME: the first hour after Windows was installed or upgraded, when Windows
      // keeps new notifications back. It says nothing about the user, so it is not a reason.
      return no;
    default:
      return unknown(`SHQueryUserNotificationState returned ${state}`);
  }
}

export function windowsFullscreenDetector(runner: CommandRunner): BusyDetector {
  return {
    kind: 'fullscreen',
    platform: 'win32',
    async detect(signal) {
      const result = await runPowerShell(runner, QUNS_SCRIPT, signal);
      const ran = succeeded(result);
      if (!ran) return unknown(whyNot('PowerShell', result));
      const state = printedInteger(ran.stdout);
      if (state === null) return unknown('PowerShell printed no notification state');
      return fullscreenFromQuns(state);
    },
  };
}

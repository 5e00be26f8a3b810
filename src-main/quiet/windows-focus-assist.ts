import { no, unknown, yes } from '@shared/quiet/signal';

import { succeeded, whyNot } from './command-why';
import { printedInteger, runPowerShell } from './powershell';
import type { BusyDetector, CommandRunner } from './quiet-ports';

/**
 * Focus Assist ("Do not disturb" on Windows 11). Windows has no public API for it. What we rely
 * on, undocumented: the shell publishes the active quiet-hours profile in the WNF state
 * WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED (0x0D83063EA3BF1C75), read with ntdll's
 * NtQueryWnfStateData: 0 off, 1 priority only, 2 alarms only. Known to hold on Windows 10 and
 * 11 up to 23H2; if a later Windows stops publishing it, the call fails or prints something else
 * and the answer is unknown, never a guess. (The registry's quiethourssettings blobs are also
 * undocumented and change between builds, so they are not read.)
 */
export const FOCUS_ASSIST_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  'Add-Type -Namespace Limber -Name Wnf -MemberDefinition \'[DllImport("ntdll.dll")] public static extern int NtQueryWnfStateData(ref ulong name, IntPtr type, IntPtr scope, out uint stamp, byte[] buffer, ref uint size);\'',
  '$name = [uint64]0x0D83063EA3BF1C75',
  '$stamp = [uint32]0',
  '$buffer = New-Object byte[] 4',
  '$size = [uint32]4',
  '$status = [Limber.Wnf]::NtQueryWnfStateData([ref]$name, [IntPtr]::Zero, [IntPtr]::Zero, [ref]$stamp, $buffer, [ref]$size)',
  "if ($status -ne 0) { [Console]::Error.WriteLine(('NTSTATUS 0x{0:X8}' -f $status)); exit 3 }",
  'if ($size -eq 0) { 0 } else { [BitConverter]::ToInt32($buffer, 0) }',
].join('\n');

export function windowsFocusAssistDetector(runner: CommandRunner): BusyDetector {
  return {
    kind: 'dnd',
    platform: 'win32',
    async detect(signal) {
      const result = await runPowerShell(runner, FOCUS_ASSIST_SCRIPT, signal);
      const ran = succeeded(result);
      if (!ran) return unknown(`Focus Assist (undocumented): ${whyNot('PowerShell', result)}`);
      const profile = printedInteger(ran.stdout);
      if (profile === 0) return no;
      if (profile === 1 || profile === 2) return yes;
      return unknown(
        `Focus Assist (undocumented) read ${JSON.stringify(ran.stdout.trim().slice(0, 40))}`,
      );
    },
  };
}

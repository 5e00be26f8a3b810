import { describe, expect, it } from 'vitest';

import { powerShellArgs } from '../../../../src-main/quiet/powershell';
import type { CommandResult } from '../../../../src-main/quiet/quiet-ports';
import { windowsCapabilityDetector } from '../../../../src-main/quiet/windows-capability-use';
import {
  FOCUS_ASSIST_SCRIPT,
  windowsFocusAssistDetector,
} from '../../../../src-main/quiet/windows-focus-assist';
import {
  QUNS_SCRIPT,
  windowsFullscreenDetector,
} from '../../../../src-main/quiet/windows-fullscreen';
import { recorded, RecordedRunner, timedOut } from './support/recorded';

const signal = new AbortController().signal;
const ps = (name: string) => recorded(`windows/powershell/${name}`);
const reg = (name: string) => recorded(`windows/reg/${name}`);
const CONSENT =
  'reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';

describe('Windows full screen (SHQueryUserNotificationState)', () => {
  const detect = (name: string) =>
    windowsFullscreenDetector(new RecordedRunner({ 'powershell.exe': ps(name) })).detect(signal);

  it('busy, a Direct3D full screen, presentation mode and a full-screen app are yes', async () => {
    for (const name of [
      'quns-2-busy',
      'quns-3-d3d-full-screen',
      'quns-4-presentation-mode',
      'quns-7-app',
    ]) {
      expect(await detect(name)).toEqual({ state: 'yes' });
    }
  });

  it('accepting notifications is no, and so is the quiet hour after an upgrade', async () => {
    expect(await detect('quns-5-accepts-notifications')).toEqual({ state: 'no' });
    expect(await detect('quns-6-quiet-time')).toEqual({ state: 'no' });
  });

  it('a failing call, blocked Add-Type, stray output or no PowerShell is unknown', async () => {
    expect(await detect('quns-hresult-failure')).toEqual({
      state: 'unknown',
      why: 'PowerShell failed: HRESULT 0x80004005',
    });
    expect(await detect('add-type-blocked')).toMatchObject({
      state: 'unknown',
      why: expect.stringContaining('Definition of new types is not supported'),
    });
    expect(await detect('banner-garbage')).toEqual({
      state: 'unknown',
      why: 'PowerShell printed no notification state',
    });
    expect(await windowsFullscreenDetector(new RecordedRunner()).detect(signal)).toEqual({
      state: 'unknown',
      why: 'PowerShell is not installed',
    });
  });

  it('passes the script encoded, so nothing is quoted or seen by a shell', () => {
    const args = powerShellArgs(QUNS_SCRIPT);
    expect(args.slice(0, 5)).toEqual([
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-EncodedCommand',
    ]);
    expect(Buffer.from(args[5]!, 'base64').toString('utf16le')).toBe(QUNS_SCRIPT);
    expect(QUNS_SCRIPT).toContain('SHQueryUserNotificationState(out int state)');
  });
});

describe('Windows Focus Assist (undocumented WNF state)', () => {
  const detect = (result: CommandResult) =>
    windowsFocusAssistDetector(new RecordedRunner({ 'powershell.exe': result })).detect(signal);

  it('priority only and alarms only are on; 0 is off', async () => {
    expect(await detect(ps('focus-assist-1-priority-only'))).toEqual({ state: 'yes' });
    expect(await detect(ps('focus-assist-2-alarms-only'))).toEqual({ state: 'yes' });
    expect(await detect(ps('focus-assist-0-off'))).toEqual({ state: 'no' });
  });

  it('anything else is unknown and says the source is undocumented', async () => {
    expect(await detect(ps('focus-assist-ntstatus'))).toEqual({
      state: 'unknown',
      why: 'Focus Assist (undocumented): PowerShell failed: NTSTATUS 0xC0000034',
    });
    expect(await detect(ps('focus-assist-unexpected'))).toEqual({
      state: 'unknown',
      why: 'Focus Assist (undocumented) read "4294967295"',
    });
    expect(await detect(timedOut)).toEqual({
      state: 'unknown',
      why: 'Focus Assist (undocumented): PowerShell did not answer in time',
    });
    expect(FOCUS_ASSIST_SCRIPT).toContain('0x0D83063EA3BF1C75');
  });
});

describe('Windows camera and microphone (consent store)', () => {
  it('a desktop app (NonPackaged) holding the camera is yes', async () => {
    const runner = new RecordedRunner({
      [`${CONSENT}\\webcam /s`]: reg('webcam-in-use-desktop-app'),
    });
    expect(await windowsCapabilityDetector(runner, 'camera').detect(signal)).toEqual({
      state: 'yes',
    });
    expect(runner.lines()).toEqual([`${CONSENT}\\webcam /s`]);
  });

  it('a Store app holding the microphone is yes', async () => {
    const runner = new RecordedRunner({
      [`${CONSENT}\\microphone /s`]: reg('microphone-in-use-store-app'),
    });
    expect(await windowsCapabilityDetector(runner, 'microphone').detect(signal)).toEqual({
      state: 'yes',
    });
  });

  it('every use stopped, or granted but never used, is no', async () => {
    const camera = new RecordedRunner({ [`${CONSENT}\\webcam`]: reg('webcam-not-in-use') });
    expect(await windowsCapabilityDetector(camera, 'camera').detect(signal)).toEqual({
      state: 'no',
    });
    const mic = new RecordedRunner({
      [`${CONSENT}\\microphone`]: reg('microphone-granted-never-used'),
    });
    expect(await windowsCapabilityDetector(mic, 'microphone').detect(signal)).toEqual({
      state: 'no',
    });
  });

  it('a missing key (old Windows), stray output or a time-out is unknown', async () => {
    const missing = new RecordedRunner({ [CONSENT]: reg('key-missing') });
    expect(await windowsCapabilityDetector(missing, 'camera').detect(signal)).toEqual({
      state: 'unknown',
      why: 'reg failed: ERROR: The system was unable to find the specified registry key or value.',
    });
    const garbage = new RecordedRunner({ [CONSENT]: reg('garbage') });
    expect(await windowsCapabilityDetector(garbage, 'camera').detect(signal)).toEqual({
      state: 'unknown',
      why: 'reg printed no registry keys',
    });
    const slow = new RecordedRunner({ [CONSENT]: timedOut });
    expect(await windowsCapabilityDetector(slow, 'microphone').detect(signal)).toEqual({
      state: 'unknown',
      why: 'reg did not answer in time',
    });
  });
});

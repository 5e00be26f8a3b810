import { describe, expect, it } from 'vitest';

import {
  linuxMicrophoneDetector,
  linuxScreencastDetector,
} from '../../../../src-main/quiet/linux-capture';
import { notFound, recorded, RecordedRunner, timedOut } from './support/recorded';

const signal = new AbortController().signal;
const pw = (name: string) => recorded(`linux/pw-dump/${name}`);
const pactl = (name: string) => recorded(`linux/pactl/${name}`);
const cut = (name: string) => {
  const result = pw(name);
  return result.kind === 'exited' ? { ...result, stdout: result.stdout.slice(0, 5000) } : result;
};

describe('Linux microphone, from PipeWire or PulseAudio', () => {
  it('sees apps recording in pw-dump (a pulse client and a native one)', async () => {
    const runner = new RecordedRunner({ 'pw-dump': pw('mic') });
    expect(await linuxMicrophoneDetector(runner).detect(signal)).toEqual({ state: 'yes' });
    expect(runner.lines()).toEqual(['pw-dump']);
  });

  it('nothing recording is no, also while a screen is being shared', async () => {
    for (const name of ['idle', 'screencast-only']) {
      const runner = new RecordedRunner({ 'pw-dump': pw(name) });
      expect(await linuxMicrophoneDetector(runner).detect(signal)).toEqual({ state: 'no' });
    }
  });

  it('reads a dump that raced an app stopping: the removal printed after it wins', async () => {
    // Recorded while parecord exited mid-dump: its node is "running" in the dump, then removed.
    const raced = pw('object-removed-while-dumping');
    if (raced.kind !== 'exited') throw new Error('recording');
    expect(() => JSON.parse(raced.stdout)).toThrow();
    const runner = new RecordedRunner({ 'pw-dump': raced });
    expect(await linuxMicrophoneDetector(runner).detect(signal)).toEqual({ state: 'no' });
    expect(runner.lines()).toEqual(['pw-dump']);
  });

  it('without PipeWire running falls back to pactl JSON', async () => {
    const runner = new RecordedRunner({
      'pw-dump': pw('no-daemon'),
      'pactl -f json list source-outputs': pactl('json-recording'),
    });
    expect(await linuxMicrophoneDetector(runner).detect(signal)).toEqual({ state: 'yes' });
    const empty = new RecordedRunner({ 'pactl -f json': pactl('json-empty') });
    expect(await linuxMicrophoneDetector(empty).detect(signal)).toEqual({ state: 'no' });
  });

  it('with an old pactl (no -f json) reads the plain listing, in the C locale', async () => {
    const oldPactl = {
      kind: 'exited',
      code: 1,
      stdout: '',
      stderr: "pactl: invalid option -- 'f'\n",
    } as const;
    const runner = new RecordedRunner({
      'pactl -f json': oldPactl,
      'pactl list source-outputs': pactl('text-recording'),
    });
    expect(await linuxMicrophoneDetector(runner).detect(signal)).toEqual({ state: 'yes' });
    expect(runner.calls.at(-1)?.options.env).toEqual({ LC_ALL: 'C' });
    const none = new RecordedRunner({
      'pactl -f json': oldPactl,
      'pactl list': pactl('text-empty'),
    });
    expect(await linuxMicrophoneDetector(none).detect(signal)).toEqual({ state: 'no' });
  });

  it('a corked (paused) recording or a level meter is not a microphone in use', async () => {
    const base = pactl('json-recording');
    if (base.kind !== 'exited') throw new Error('recording');
    const outputs = JSON.parse(base.stdout) as {
      corked: boolean;
      properties: Record<string, string>;
    }[];
    const paused = outputs.map((output) => ({ ...output, corked: true }));
    const meters = outputs.map((o) => ({
      ...o,
      properties: { ...o.properties, 'media.name': 'Peak detect' },
    }));
    for (const edited of [paused, meters]) {
      const runner = new RecordedRunner({
        'pactl -f json': { ...base, stdout: JSON.stringify(edited) },
      });
      expect(await linuxMicrophoneDetector(runner).detect(signal)).toEqual({ state: 'no' });
    }
    const text = pactl('text-recording');
    if (text.kind !== 'exited') throw new Error('recording');
    const corkedText = { ...text, stdout: text.stdout.replaceAll('Corked: no', 'Corked: yes') };
    const runner = new RecordedRunner({
      'pactl -f json': pactl('json-no-daemon'),
      'pactl list': corkedText,
    });
    expect(await linuxMicrophoneDetector(runner).detect(signal)).toEqual({ state: 'no' });
  });

  it('says why when neither can tell: not installed, no server, garbage, a time-out', async () => {
    expect(await linuxMicrophoneDetector(new RecordedRunner()).detect(signal)).toEqual({
      state: 'unknown',
      why: 'pw-dump is not installed, and pactl is not installed',
    });
    const noServer = new RecordedRunner({
      'pw-dump': pw('no-daemon'),
      'pactl -f json': pactl('json-no-daemon'),
      'pactl list': pactl('text-no-daemon'),
    });
    expect(await linuxMicrophoneDetector(noServer).detect(signal)).toEqual({
      state: 'unknown',
      why: "pw-dump failed: can't connect: Host is down; pactl failed: Connection failure: Connection refused",
    });
    const garbage = new RecordedRunner({
      'pw-dump': cut('mic'),
      'pactl -f json': { kind: 'exited', code: 0, stdout: 'Segmentation fault\n', stderr: '' },
      'pactl list': timedOut,
    });
    expect(await linuxMicrophoneDetector(garbage).detect(signal)).toEqual({
      state: 'unknown',
      why: 'pw-dump printed something other than its JSON; pactl did not answer in time',
    });
  });
});

describe('Linux screen sharing, from PipeWire', () => {
  it("sees GNOME Shell's screen-cast stream while it runs", async () => {
    for (const name of ['screencast', 'screencast-only']) {
      const runner = new RecordedRunner({ 'pw-dump': pw(name) });
      expect(await linuxScreencastDetector(runner).detect(signal)).toEqual({ state: 'yes' });
    }
  });

  it('a recording microphone or an idle graph is no', async () => {
    for (const name of ['mic', 'idle']) {
      const runner = new RecordedRunner({ 'pw-dump': pw(name) });
      expect(await linuxScreencastDetector(runner).detect(signal)).toEqual({ state: 'no' });
    }
  });

  it('a camera (a device Video/Source) is not screen sharing; a portal-wlr source is', async () => {
    const dump = (props: Record<string, unknown>) => ({
      kind: 'exited' as const,
      code: 0,
      stderr: '',
      stdout: JSON.stringify([
        { id: 70, type: 'PipeWire:Interface:Node', info: { state: 'running', props } },
      ]),
    });
    const camera = {
      'media.class': 'Video/Source',
      'device.api': 'v4l2',
      'node.name': 'v4l2_input.pci',
    };
    const wlr = { 'media.class': 'Video/Source', 'node.name': 'xdpw_stream' };
    expect(
      await linuxScreencastDetector(new RecordedRunner({ 'pw-dump': dump(camera) })).detect(signal),
    ).toEqual({
      state: 'no',
    });
    expect(
      await linuxScreencastDetector(new RecordedRunner({ 'pw-dump': dump(wlr) })).detect(signal),
    ).toEqual({
      state: 'yes',
    });
  });

  it('without pw-dump, or with its output cut short, it is unknown', async () => {
    expect(
      await linuxScreencastDetector(new RecordedRunner({ 'pw-dump': notFound })).detect(signal),
    ).toEqual({
      state: 'unknown',
      why: 'screen sharing is seen through PipeWire: pw-dump is not installed',
    });
    expect(
      await linuxScreencastDetector(new RecordedRunner({ 'pw-dump': cut('screencast') })).detect(
        signal,
      ),
    ).toEqual({
      state: 'unknown',
      why: 'pw-dump printed something other than its JSON',
    });
    expect(
      await linuxScreencastDetector(
        new RecordedRunner({ 'pw-dump': { kind: 'exited', code: 0, stdout: '', stderr: '' } }),
      ).detect(signal),
    ).toMatchObject({ state: 'unknown' });
  });
});

describe('pw-dump output shapes', () => {
  it('an update after the dump replaces the object; garbage between arrays is refused', async () => {
    const node = (state: string) => ({
      id: 80,
      type: 'PipeWire:Interface:Node',
      info: {
        state,
        props: { 'media.class': 'Stream/Input/Audio', 'media.name': 'a "quoted] name' },
      },
    });
    const stdout = `${JSON.stringify([node('idle')])}\n${JSON.stringify([node('running')])}\n`;
    const ok = { kind: 'exited' as const, code: 0, stderr: '' };
    expect(
      await linuxMicrophoneDetector(new RecordedRunner({ 'pw-dump': { ...ok, stdout } })).detect(
        signal,
      ),
    ).toEqual({
      state: 'yes',
    });
    const junk = `${JSON.stringify([node('running')])}\nwarning: something\n`;
    expect(
      await linuxScreencastDetector(
        new RecordedRunner({ 'pw-dump': { ...ok, stdout: junk } }),
      ).detect(signal),
    ).toEqual({ state: 'unknown', why: 'pw-dump printed something other than its JSON' });
  });
});

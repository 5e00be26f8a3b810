import { describe, expect, it, vi } from 'vitest';

import type { SittingStatus } from '@shared/reminders/nudge-schema';

import { buildTrayMenu, type TrayMenuItem } from '../../../../src-main/app/tray-menu';
import { setupTray, trayIconPath } from '../../../../src-main/electron/tray';
import { fakeElectron } from '../../../support/electron-mock';
import { fakeActions } from '../support/fake-actions';

const actions = fakeActions;

const sitting = {
  statusText: 'Sitting 32 min · stretch in 13 min',
  paused: false,
  inMeeting: false,
  customRoutines: [],
};

/** The user's own routines as the settings hold them; `replace` is a settings change. */
function routinesSource(initial: { id: `custom-${string}`; name: string }[] = []) {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    list: () => current,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    replace(next: typeof current) {
      current = next;
      for (const listener of listeners) listener();
    },
  };
}

const labels = (items: TrayMenuItem[]): unknown[] =>
  items.map((item) => {
    if (item.type === 'separator') return '---';
    if (item.type === 'submenu') return { [item.label]: labels(item.submenu) };
    return item.label;
  });

function find(items: TrayMenuItem[], label: string): TrayMenuItem | undefined {
  for (const item of items) {
    if (item.type === 'separator') continue;
    if (item.label === label) return item;
    if (item.type === 'submenu') {
      const inner = find(item.submenu, label);
      if (inner) return inner;
    }
  }
  return undefined;
}

function click(items: TrayMenuItem[], label: string): void {
  const item = find(items, label);
  if (!item || !('click' in item)) throw new Error(`no clickable "${label}"`);
  item.click();
}

describe('tray menu', () => {
  it('starts with the status line, then the routines, pause choices, settings and Quit', () => {
    expect(labels(buildTrayMenu(actions(), sitting))).toEqual([
      'Sitting 32 min · stretch in 13 min',
      '---',
      'Morning routine',
      'Stand up & stretch now',
      {
        'Pause reminders': ['30 minutes', '1 hour', '2 hours', 'Until tomorrow morning'],
      },
      { 'In a meeting': ['For 30 minutes', 'For 1 hour', 'Until I turn it off'] },
      'History…',
      'Settings…',
      '---',
      'Quit',
    ]);
  });

  it('"In a meeting" holds reminders for a while; once on, the menu offers to end it', () => {
    const all = actions();
    click(buildTrayMenu(all, sitting), 'For 1 hour');
    expect(all.setMeeting).toHaveBeenCalledWith({ minutes: 60 });
    const during = buildTrayMenu(all, { ...sitting, inMeeting: true });
    expect(find(during, 'In a meeting')).toBeUndefined();
    click(during, 'Meeting over: reminders back on');
    expect(all.setMeeting).toHaveBeenLastCalledWith('off');
  });

  it('shows the status line as text, not as something to click', () => {
    expect(buildTrayMenu(actions(), sitting)[0]).toMatchObject({ enabled: false });
    expect(buildTrayMenu(actions(), sitting)[0]).not.toHaveProperty('click');
  });

  it('offers "Resume reminders" instead of the pause choices while paused', () => {
    const wired = actions();
    const items = buildTrayMenu(wired, {
      ...sitting,
      statusText: 'Paused until 14:30',
      paused: true,
    });
    expect(labels(items)).toContain('Resume reminders');
    expect(find(items, 'Pause reminders')).toBeUndefined();
    click(items, 'Resume reminders');
    expect(wired.resumeReminders).toHaveBeenCalledTimes(1);
  });

  it('lists the user\'s own routines under "My routines", each starting itself', () => {
    const wired = actions();
    const items = buildTrayMenu(wired, {
      ...sitting,
      customRoutines: [
        { id: 'custom-evening', name: 'Evening unwind' },
        { id: 'custom-hips', name: 'Hips only' },
      ],
    });
    expect(labels(items)).toContainEqual({ 'My routines': ['Evening unwind', 'Hips only'] });
    click(items, 'Hips only');
    expect(wired.startRoutine).toHaveBeenCalledWith('custom-hips');
    expect(labels(buildTrayMenu(wired, sitting))).not.toContainEqual(
      expect.objectContaining({ 'My routines': expect.anything() }),
    );
  });

  it.each([
    ['30 minutes', { minutes: 30 }],
    ['1 hour', { minutes: 60 }],
    ['2 hours', { minutes: 120 }],
    ['Until tomorrow morning', 'until-morning'],
  ] as const)('"%s" pauses reminders for that long', (label, choice) => {
    const wired = actions();
    click(buildTrayMenu(wired, sitting), label);
    expect(wired.pauseReminders).toHaveBeenCalledWith(choice);
  });

  it.each([
    ['Morning routine', 'startMorningRoutine'],
    ['Stand up & stretch now', 'startDeskBreak'],
    ['History…', 'openHistory'],
    ['Settings…', 'openSettings'],
    ['Quit', 'quit'],
  ] as const)('clicking "%s" calls %s and nothing else', (label, action) => {
    const wired = actions();
    click(buildTrayMenu(wired, sitting), label);
    for (const [name, fn] of Object.entries(wired)) {
      expect(fn).toHaveBeenCalledTimes(name === action ? 1 : 0);
    }
  });
});

function statusSource(initial: Partial<SittingStatus> = {}) {
  let listener: ((status: SittingStatus) => void) | undefined;
  const status: SittingStatus = {
    text: 'Sitting 0 min · stretch in 45 min',
    icon: 'normal',
    boutMs: 0,
    away: false,
    idleDetection: 'ok',
    inMeeting: false,
    ...initial,
  };
  return {
    status: () => status,
    subscribe: vi.fn((next: (status: SittingStatus) => void) => {
      listener = next;
      return () => (listener = undefined);
    }),
    push: (change: Partial<SittingStatus>) => listener?.({ ...status, ...change }),
    subscribed: () => listener !== undefined,
  };
}

describe('tray icon', () => {
  it('has a glyph per state for each panel colour', () => {
    expect(trayIconPath('/res', true, 'normal')).toBe('/res/tray-light.png');
    expect(trayIconPath('/res', false, 'normal')).toBe('/res/tray-dark.png');
    expect(trayIconPath('/res', false, 'due')).toBe('/res/tray-due-dark.png');
    expect(trayIconPath('/res', true, 'paused')).toBe('/res/tray-paused-light.png');
  });

  it('on macOS loads the template images, which the menu bar recolours light or dark', () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    try {
      const fake = fakeElectron();
      const source = statusSource();
      setupTray({
        resourcesDir: '/res',
        actions: actions(),
        sitting: source,
        routines: routinesSource(),
      });
      const tray = fake.FakeTray.instances[0]!;
      expect(tray.image).toMatchObject({ path: '/res/trayTemplate.png' });
      source.push({ icon: 'due' });
      expect(tray.image).toMatchObject({ path: '/res/tray-dueTemplate.png' });
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });

  it('shows the status in the tooltip and the menu, and follows it as it changes', () => {
    const fake = fakeElectron();
    const source = statusSource();
    const wired = actions();
    setupTray({
      resourcesDir: '/res',
      actions: wired,
      sitting: source,
      routines: routinesSource(),
    });
    const tray = fake.FakeTray.instances[0]!;
    expect(tray.image).toMatchObject({ path: '/res/tray-dark.png' });
    expect(tray.setToolTip).toHaveBeenLastCalledWith('Limber · Sitting 0 min · stretch in 45 min');

    source.push({ text: 'Sitting 45 min · stretch in 5 min', icon: 'due' });
    expect(tray.image).toMatchObject({ path: '/res/tray-due-dark.png' });
    expect(tray.setToolTip).toHaveBeenLastCalledWith('Limber · Sitting 45 min · stretch in 5 min');
    const menu = tray.contextMenu as { template: TrayMenuItem[] };
    expect(menu.template[0]).toMatchObject({ label: 'Sitting 45 min · stretch in 5 min' });

    source.push({ text: 'Paused until 14:30', icon: 'paused' });
    const paused = tray.contextMenu as { template: TrayMenuItem[] };
    click(paused.template, 'Resume reminders');
    expect(wired.resumeReminders).toHaveBeenCalled();
  });

  it('rebuilds the menu when the user adds a routine of their own', () => {
    const fake = fakeElectron();
    const routines = routinesSource();
    setupTray({ resourcesDir: '/res', actions: actions(), sitting: statusSource(), routines });
    routines.replace([{ id: 'custom-evening', name: 'Evening unwind' }]);
    const menu = fake.FakeTray.instances[0]!.contextMenu as { template: TrayMenuItem[] };
    expect(labels(menu.template)).toContainEqual({ 'My routines': ['Evening unwind'] });
  });

  it("shows a routine's name literally, & included, in the native menu", () => {
    const fake = fakeElectron();
    const routines = routinesSource([{ id: 'custom-mine', name: 'Stretch & breathe' }]);
    setupTray({ resourcesDir: '/res', actions: actions(), sitting: statusSource(), routines });
    const menu = fake.FakeTray.instances[0]!.contextMenu as { template: TrayMenuItem[] };
    const expected = process.platform === 'darwin' ? 'Stretch & breathe' : 'Stretch && breathe';
    expect(labels(menu.template)).toContainEqual({ 'My routines': [expected] });
  });

  it('leaves the menu alone when a setting other than the routines changes', () => {
    const fake = fakeElectron();
    const routines = routinesSource([{ id: 'custom-evening', name: 'Evening unwind' }]);
    setupTray({ resourcesDir: '/res', actions: actions(), sitting: statusSource(), routines });
    const tray = fake.FakeTray.instances[0]!;
    routines.replace([{ id: 'custom-evening', name: 'Evening unwind' }]);
    expect(tray.setContextMenu).toHaveBeenCalledTimes(1);
    routines.replace([{ id: 'custom-evening', name: 'Wind down' }]);
    expect(tray.setContextMenu).toHaveBeenCalledTimes(2);
  });

  it('keeps its state icon when the theme changes (Linux: no panel colour reported)', () => {
    const fake = fakeElectron();
    const source = statusSource({ icon: 'paused' });
    setupTray({
      resourcesDir: '/res',
      actions: actions(),
      sitting: source,
      routines: routinesSource(),
    });
    const tray = fake.FakeTray.instances[0]!;
    expect(tray.image).toMatchObject({ path: '/res/tray-paused-dark.png' });
    fake.nativeTheme.shouldUseDarkColors = true;
    fake.nativeTheme.emit('updated');
    expect(tray.image).toMatchObject({ path: '/res/tray-paused-light.png' });
  });

  it("matches the panel's colour, not the app's theme setting, where the OS reports it", () => {
    const fake = fakeElectron();
    fake.nativeTheme.shouldUseDarkColors = true; // the user picked the dark theme for Limber
    fake.nativeTheme.shouldUseDarkColorsForSystemIntegratedUI = false; // on a light taskbar
    setupTray({
      resourcesDir: '/res',
      actions: actions(),
      sitting: statusSource(),
      routines: routinesSource(),
    });
    const tray = fake.FakeTray.instances[0]!;
    expect(tray.image).toMatchObject({ path: '/res/tray-dark.png' });
    fake.nativeTheme.shouldUseDarkColorsForSystemIntegratedUI = true;
    fake.nativeTheme.emit('updated');
    expect(tray.image).toMatchObject({ path: '/res/tray-light.png' });
  });

  it('stops following status and theme and removes the icon when disposed', () => {
    const fake = fakeElectron();
    const source = statusSource();
    const dispose = setupTray({
      resourcesDir: '/res',
      actions: actions(),
      sitting: source,
      routines: routinesSource(),
    });
    dispose();
    expect(fake.FakeTray.instances[0]!.destroy).toHaveBeenCalled();
    expect(fake.nativeTheme.listenerCount('updated')).toBe(0);
    expect(source.subscribed()).toBe(false);
  });
});

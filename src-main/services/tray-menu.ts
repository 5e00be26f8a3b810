/** What the tray menu can do. Main wires these to services and the app. */
export interface TrayMenuActions {
  startMorningRoutine(): void;
  startDeskBreak(): void;
  quit(): void;
}

/**
 * One tray menu entry, shaped so Electron's Menu.buildFromTemplate accepts it as is, while this
 * file stays free of Electron and can be tested in Node.
 */
export type TrayMenuItem =
  { type: 'normal'; id: string; label: string; click: () => void } | { type: 'separator' };

/** The tray menu as a plain template. */
export function buildTrayMenu(actions: TrayMenuActions): TrayMenuItem[] {
  return [
    {
      type: 'normal',
      id: 'morning-routine',
      label: 'Morning routine',
      click: () => actions.startMorningRoutine(),
    },
    {
      type: 'normal',
      id: 'desk-break',
      label: 'Stand up & stretch now',
      click: () => actions.startDeskBreak(),
    },
    { type: 'separator' },
    { type: 'normal', id: 'quit', label: 'Quit', click: () => actions.quit() },
  ];
}

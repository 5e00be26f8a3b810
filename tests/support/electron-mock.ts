import { EventEmitter } from 'node:events';
import { beforeEach, vi } from 'vitest';

/**
 * The one fake of the `electron` module for unit tests (a setupFile of the `unit` project).
 * It does nothing clever: it records what the adapters pass in, so tests can inspect it and
 * fire the events Electron would. `fakeElectron()` returns the same objects the adapters import.
 */

class FakeSession {
  permissionRequestHandler: unknown;
  permissionCheckHandler: unknown;
  setPermissionRequestHandler = vi.fn((handler: unknown) => {
    this.permissionRequestHandler = handler;
  });
  setPermissionCheckHandler = vi.fn((handler: unknown) => {
    this.permissionCheckHandler = handler;
  });
}

let nextWebContentsId = 1;

class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly session = new FakeSession();
  readonly mainFrame = { url: '', parent: null };
  windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
  destroyed = false;
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => unknown) => {
    this.windowOpenHandler = handler;
  });
  send = vi.fn();
  isDestroyed = () => this.destroyed;
}

class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows = () => FakeBrowserWindow.instances.filter((w) => !w.destroyed);
  readonly webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  loadURL = vi.fn(async (url: string) => {
    this.webContents.mainFrame.url = url;
  });
  show = vi.fn();
  showInactive = vi.fn();
  focus = vi.fn();
  restore = vi.fn(() => {
    this.minimized = false;
  });
  isMinimized = () => this.minimized;
  isDestroyed = () => this.destroyed;
  /** Like Electron: closing destroys the window and its contents, then emits 'closed'. */
  close = vi.fn(() => this.tearDown());
  /** Like Electron: forced, with no beforeunload (a hung renderer can't answer one). */
  destroy = vi.fn(() => this.tearDown());
  private tearDown(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

class FakeTray extends EventEmitter {
  static instances: FakeTray[] = [];
  /** Set to make `new Tray()` throw, as on a desktop with no tray to show it in. */
  static failWith: Error | undefined;
  contextMenu: unknown;
  constructor(public image: unknown) {
    super();
    if (FakeTray.failWith) throw FakeTray.failWith;
    FakeTray.instances.push(this);
  }
  setContextMenu = vi.fn((menu: unknown) => {
    this.contextMenu = menu;
  });
  setToolTip = vi.fn();
  setImage = vi.fn((image: unknown) => {
    this.image = image;
  });
  destroy = vi.fn();
}

/** A native notification: records its options; a test emits 'click' as the user would. */
class FakeNotification extends EventEmitter {
  static instances: FakeNotification[] = [];
  static supported = true;
  static isSupported = vi.fn(() => FakeNotification.supported);
  show = vi.fn();
  /** Like Electron: closing emits 'close'. */
  close = vi.fn(() => this.emit('close'));
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeNotification.instances.push(this);
  }
}

function createFake() {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    singleInstanceLock: true,
    requestSingleInstanceLock: vi.fn(() => app.singleInstanceLock),
    whenReady: vi.fn(() => Promise.resolve()),
    quit: vi.fn(),
    exit: vi.fn(),
    getPath: vi.fn((name: string) => `/fake/${name}`),
    getAppPath: vi.fn(() => '/fake/app'),
    getVersion: vi.fn(() => '0.1.0'),
    getLoginItemSettings: vi.fn(() => ({ openAtLogin: false })),
    setLoginItemSettings: vi.fn(),
    dock: { hide: vi.fn() },
  });
  // electron-store adds (and our adapter removes) a plain ipcMain listener of its own.
  const ipcMainListeners = new EventEmitter();
  const ipcMainHandlers = new Map<string, (event: unknown, payload: unknown) => unknown>();
  const protocolHandlers = new Map<string, (request: Request) => unknown>();
  const exposedInMainWorld: Record<string, unknown> = {};
  /** Emit 'suspend', 'lock-screen', ... as the OS would; set `idleSeconds` for the reading. */
  const powerMonitor = Object.assign(new EventEmitter(), {
    idleSeconds: 0,
    getSystemIdleTime: vi.fn(() => powerMonitor.idleSeconds),
  });
  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    Tray: FakeTray,
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    nativeImage: {
      createFromPath: vi.fn((path: string) => ({
        path,
        isTemplate: false,
        setTemplateImage(flag: boolean) {
          this.isTemplate = flag;
        },
        isEmpty: () => false,
      })),
      createEmpty: vi.fn(() => ({ path: '', isEmpty: () => true })),
    },
    /** The panel's colour: undefined as on Linux; set it to model Windows or macOS. */
    nativeTheme: Object.assign(new EventEmitter(), {
      shouldUseDarkColors: false,
      shouldUseDarkColorsForSystemIntegratedUI: undefined as boolean | undefined,
    }),
    ipcMain: {
      handlers: ipcMainHandlers,
      handle: vi.fn((channel: string, handler: (event: unknown, payload: unknown) => unknown) => {
        ipcMainHandlers.set(channel, handler);
      }),
      removeHandler: vi.fn((channel: string) => ipcMainHandlers.delete(channel)),
      on: ipcMainListeners.on.bind(ipcMainListeners),
      removeAllListeners: ipcMainListeners.removeAllListeners.bind(ipcMainListeners),
      listenerCount: ipcMainListeners.listenerCount.bind(ipcMainListeners),
    },
    protocol: {
      handlers: protocolHandlers,
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn((scheme: string, handler: (request: Request) => unknown) => {
        protocolHandlers.set(scheme, handler);
      }),
    },
    net: { fetch: vi.fn(async (_url: string) => new Response('')) },
    session: { defaultSession: new FakeSession() },
    contextBridge: {
      exposed: exposedInMainWorld,
      exposeInMainWorld: vi.fn((key: string, api: unknown) => {
        exposedInMainWorld[key] = api;
      }),
    },
    ipcRenderer: Object.assign(new EventEmitter(), {
      invoke: vi.fn(async (_channel: string, _payload?: unknown) => undefined as unknown),
    }),
    screen: {
      getPrimaryDisplay: vi.fn(() => ({
        workArea: { x: 0, y: 0, width: 1920, height: 1040 },
      })),
    },
    Notification: FakeNotification,
    powerMonitor,
    /** openPath answers '' when it opened the path, else the error, as Electron's does. */
    shell: { openExternal: vi.fn(async () => {}), openPath: vi.fn(async (_path: string) => '') },
  };
  return { ...module, FakeBrowserWindow, FakeTray, FakeWebContents, FakeNotification, module };
}

export type FakeElectron = ReturnType<typeof createFake>;
export type { FakeBrowserWindow, FakeNotification, FakeTray, FakeWebContents };

let fake: FakeElectron | undefined;

/** The fake behind `import ... from 'electron'` in unit tests, for inspection. */
export function fakeElectron(): FakeElectron {
  return (fake ??= createFake());
}

vi.mock('electron', () => {
  const { module } = fakeElectron();
  return { ...module, default: module };
});

/** A fresh start for each test: recorded calls, windows, trays and listeners are cleared. */
beforeEach(() => {
  const fake = fakeElectron();
  vi.clearAllMocks();
  fake.FakeBrowserWindow.instances.length = 0;
  fake.FakeTray.instances.length = 0;
  fake.FakeTray.failWith = undefined;
  fake.FakeNotification.instances.length = 0;
  fake.FakeNotification.supported = true;
  fake.powerMonitor.removeAllListeners();
  fake.powerMonitor.idleSeconds = 0;
  fake.app.removeAllListeners();
  fake.app.singleInstanceLock = true;
  fake.nativeTheme.removeAllListeners();
  fake.nativeTheme.shouldUseDarkColors = false;
  fake.nativeTheme.shouldUseDarkColorsForSystemIntegratedUI = undefined;
  fake.ipcRenderer.removeAllListeners();
  fake.ipcMain.handlers.clear();
  fake.ipcMain.removeAllListeners();
  fake.protocol.handlers.clear();
  for (const key of Object.keys(fake.contextBridge.exposed)) delete fake.contextBridge.exposed[key];
});

/**
 * The app's id: electron-builder.yml's `appId`, which becomes the installer's identity on
 * Windows and the bundle id on macOS. Windows shows notifications only for the
 * AppUserModelID the installer registered, so main sets exactly this one (a test compares
 * the two).
 */
export const APP_ID = 'app.limber.desktop';

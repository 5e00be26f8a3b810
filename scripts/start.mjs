// `npm start`: build, then run Limber in Electron. On machines where npm skipped the Electron
// download, or where `npm install` never got as far as installing Electron, say so plainly and
// how to fetch it, instead of a stack trace from deep in a package.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What the user reads when the Electron runtime has not been downloaded. */
export const MISSING_RUNTIME_MESSAGE = [
  'The Electron runtime is not installed, so Limber cannot start.',
  'Fetch it (this needs internet access, to GitHub) with:',
  '',
  '  node node_modules/electron/install.js',
  '',
  'If node_modules/electron is missing altogether, reinstall with internet access:',
  '',
  '  npm install',
  '',
  'Without access to GitHub, `ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm install` installs the rest:',
  '`npm test` then works, but Limber itself needs the runtime to start.',
  '',
].join('\n');

/** True when `require('electron')` failed because the electron package itself is not there. */
function isElectronPackageMissing(error) {
  return (
    error instanceof Error &&
    'code' in error &&
    error.code === 'MODULE_NOT_FOUND' &&
    // Only electron itself: a module missing deeper down is a different fault, shown as it is.
    /Cannot find module 'electron'/.test(error.message)
  );
}

/**
 * Finds the Electron executable, or explains why there is none.
 * @param {() => unknown} loadElectron  require('electron'): the executable's path, or a throw.
 * @param {(path: string) => boolean} exists  whether a file exists.
 * @returns {{ ok: true, path: string } | { ok: false, message: string }}
 */
export function locateElectron(loadElectron, exists) {
  let path;
  try {
    path = loadElectron();
  } catch (error) {
    // `npm install` rolled back (electron's download failed) or was never run.
    if (isElectronPackageMissing(error)) return { ok: false, message: MISSING_RUNTIME_MESSAGE };
    const text = error instanceof Error ? error.message : String(error);
    // electron/index.js throws this when path.txt is missing: the download never happened.
    if (/failed to install correctly/i.test(text))
      return { ok: false, message: MISSING_RUNTIME_MESSAGE };
    throw error;
  }
  // path.txt can outlive a deleted or half-extracted dist/ folder.
  if (typeof path !== 'string' || !exists(path))
    return { ok: false, message: MISSING_RUNTIME_MESSAGE };
  return { ok: true, path };
}

function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const require = createRequire(import.meta.url);
  const electron = locateElectron(() => require('electron'), existsSync);
  if (!electron.ok) {
    process.stderr.write(electron.message);
    process.exit(1);
  }
  const build = spawnSync(
    process.execPath,
    [require.resolve('electron-vite/bin/electron-vite.js'), 'build'],
    { cwd: root, stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);

  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would start Electron as plain Node
  // Words after `npm start --` reach the app as commands: `npm start -- desk-break`.
  const child = spawn(electron.path, ['.', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

// Run only when executed, not when a test imports the decision above.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

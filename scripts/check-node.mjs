// `npm run dist` runs this before electron-builder. Development and tests need Node 20.19, but
// electron-builder 26 pulls in @electron/rebuild and node-abi, which declare Node >= 22.12: on
// an older Node they only warn at install time and may then break halfway through packaging.
// Refusing up front, with the fix, beats a stack trace minutes into a build.
import { pathToFileURL } from 'node:url';

/** The oldest Node that electron-builder's packaging tools declare (their `engines`). */
export const DIST_NODE = '22.12.0';

/** [major, minor, patch] of "22.12.0" or "v22.12.0"; undefined for anything else. */
function parseVersion(text) {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(text.trim());
  return match ? match.slice(1, 4).map(Number) : undefined;
}

/** Whether `version` is `minimum` or newer. */
function isAtLeast(version, minimum) {
  for (let i = 0; i < 3; i++) {
    if (version[i] !== minimum[i]) return version[i] > minimum[i];
  }
  return true;
}

/** What the user reads on a Node too old to package with. */
function tooOldMessage(current) {
  return [
    `npm run dist needs Node.js ${DIST_NODE} or newer; this is Node.js ${current}.`,
    "electron-builder's @electron/rebuild and node-abi require it to package Limber.",
    'Development and tests (npm start, npm test) work on Node.js 20.19 and newer.',
    `Switch to Node.js ${DIST_NODE} or newer (for example \`nvm install 22 && nvm use 22\`),`,
    'then run `npm run dist` again.',
    '',
  ].join('\n');
}

function main() {
  // The version to check may be given, so a test can ask about any Node without faking one.
  const current = process.argv[2] ?? process.versions.node;
  const version = parseVersion(current);
  if (!version) {
    process.stderr.write(`check-node: '${current}' is not a Node.js version such as 22.12.0.\n`);
    process.exit(2);
  }
  if (!isAtLeast(version, parseVersion(DIST_NODE))) {
    process.stderr.write(tooOldMessage(current.replace(/^v/, '')));
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { DIST_NODE } from '../../../scripts/check-node.mjs';
import { appBuilderLibDir, packageDir, packageJson } from './packaging-tools';

const script = resolve(import.meta.dirname, '../../../scripts/check-node.mjs');

/** `node scripts/check-node.mjs <version>`: the check as `npm run dist` runs it, for that Node. */
function checkAs(version: string) {
  const run = spawnSync(process.execPath, [script, version], { encoding: 'utf8' });
  return { code: run.status, stderr: run.stderr };
}

describe('npm run dist: the Node version check', () => {
  it('refuses Node 20 with what is needed, why, and what still works', () => {
    const { code, stderr } = checkAs('20.20.2');
    expect(code).toBe(1);
    expect(stderr).toContain(
      'npm run dist needs Node.js 22.12.0 or newer; this is Node.js 20.20.2.',
    );
    expect(stderr).toContain('@electron/rebuild and node-abi');
    expect(stderr).toContain('npm start, npm test');
    expect(stderr).not.toMatch(/\bat .*:\d+/); // no stack trace
  });

  it('refuses the last release before the minimum and accepts the minimum itself', () => {
    expect(checkAs('22.11.9').code).toBe(1);
    expect(checkAs('22.12.0')).toEqual({ code: 0, stderr: '' });
  });

  it('accepts newer Node, written with or without the v that process.version has', () => {
    expect(checkAs('v22.12.1').code).toBe(0);
    expect(checkAs('24.0.0').code).toBe(0);
    expect(checkAs('v23.0.0').code).toBe(0);
  });

  it('says so when what it is given is not a version', () => {
    const { code, stderr } = checkAs('twenty-two');
    expect(code).toBe(2);
    expect(stderr).toContain("'twenty-two' is not a Node.js version");
  });

  it('demands exactly what the installed packaging tools declare', () => {
    const rebuildDir = packageDir(appBuilderLibDir, '@electron/rebuild');
    const declared = [rebuildDir, packageDir(rebuildDir, 'node-abi')].map(
      (dir) => packageJson(dir).engines?.node,
    );
    // Both say ">=22.12.0" today; an upgrade that moves the floor must move DIST_NODE with it.
    const floors = declared.map((range) => /^>=\s*(\d+\.\d+\.\d+)$/.exec(range ?? '')?.[1]);
    expect(floors).toEqual([DIST_NODE, DIST_NODE]);
  });
});

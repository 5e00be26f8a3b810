/**
 * Run as its own process by atomic-write.test.ts: writes settings.json in `argv[2]` through the
 * app's real settings file (electron-store underneath), cycling through the texts in the JSON
 * list at `argv[3]`, until it is killed. With `once` as `argv[4]` it writes one text and prints
 * how it went: `{ "ms": <time taken>, "code": <the error's code, if it failed> }`.
 * Bundled into one file, so it starts in tens of ms.
 */
import { readFileSync } from 'node:fs';

import { createSettingsFile } from '../../../../src-main/electron/settings-file';

const file = createSettingsFile(process.argv[2] ?? '.');
const texts = JSON.parse(readFileSync(process.argv[3] ?? '', 'utf8')) as string[];

if (process.argv[4] === 'once') {
  const started = performance.now();
  let code: string | undefined;
  try {
    file.writeAtomic(texts[0] ?? '');
  } catch (error) {
    code = (error as NodeJS.ErrnoException).code;
  }
  process.stdout.write(JSON.stringify({ ms: performance.now() - started, code }));
} else {
  file.writeAtomic(texts[0] ?? '');
  process.stdout.write('ready\n');
  for (let i = 1; ; i++) file.writeAtomic(texts[i % texts.length] ?? '');
}

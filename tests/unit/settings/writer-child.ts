/**
 * Run as its own process by atomic-write.test.ts: writes settings.json in `argv[2]` with the
 * app's real atomic writer, cycling through the texts in the JSON list at `argv[3]`, until it is
 * killed. It imports nothing else, so it starts in a few tens of milliseconds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../../src-main/electron/settings-file';

const path = join(process.argv[2] ?? '.', 'settings.json');
const texts = JSON.parse(readFileSync(process.argv[3] ?? '', 'utf8')) as string[];

writeFileAtomic(path, texts[0] ?? '');
process.stdout.write('ready\n');
for (let i = 1; ; i++) writeFileAtomic(path, texts[i % texts.length] ?? '');

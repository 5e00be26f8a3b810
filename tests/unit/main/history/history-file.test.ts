import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';

import { createHistoryFile } from '../../../../src-main/history/history-file';
import { MAX_HISTORY_BYTES } from '../../../../src-main/history/history-port';

function userData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'limber-history-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('the history file on disk', () => {
  it('is missing until the first append creates it; appends add to its end', () => {
    const dir = userData();
    const file = createHistoryFile(dir);
    expect(file.read()).toEqual({ kind: 'missing' });
    file.append('{"schemaVersion":2}\n');
    file.append('{"a":1}\n{"b":2}\n');
    expect(readFileSync(join(dir, 'history.jsonl'), 'utf8')).toBe(
      '{"schemaVersion":2}\n{"a":1}\n{"b":2}\n',
    );
    expect(file.read()).toEqual({
      kind: 'text',
      text: '{"schemaVersion":2}\n{"a":1}\n{"b":2}\n',
      validUtf8: true,
    });
  });

  it('replaces the whole file and leaves no temp file behind', () => {
    const dir = userData();
    const file = createHistoryFile(dir);
    file.append('old\n');
    file.replace('new\n');
    expect(readdirSync(dir)).toEqual(['history.jsonl']);
    expect(readFileSync(join(dir, 'history.jsonl'), 'utf8')).toBe('new\n');
  });

  it('sweeps away temp files a kill mid-replace left behind, and nothing else', () => {
    const dir = userData();
    writeFileSync(join(dir, 'history.jsonl.tmp-4242-k3j2h1g0'), 'half a file');
    writeFileSync(join(dir, 'history.damaged-2026.jsonl'), 'kept');
    createHistoryFile(dir);
    expect(readdirSync(dir).sort()).toEqual(['history.damaged-2026.jsonl']);
  });

  it('moves the file aside and writes set-aside copies, never over an earlier copy', () => {
    const dir = userData();
    const file = createHistoryFile(dir);
    file.append('x\n');
    expect(file.moveAside('corrupt-1')).toBe(join(dir, 'history.corrupt-1.jsonl'));
    expect(file.read()).toEqual({ kind: 'missing' });
    file.append('y\n');
    expect(() => file.moveAside('corrupt-1')).toThrow(/EEXIST/);
    expect(file.writeAside('damaged-1', 'bad line\n')).toBe(join(dir, 'history.damaged-1.jsonl'));
    expect(() => file.writeAside('damaged-1', 'other\n')).toThrow(/EEXIST/);
    expect(readFileSync(join(dir, 'history.corrupt-1.jsonl'), 'utf8')).toBe('x\n');
    expect(readFileSync(join(dir, 'history.damaged-1.jsonl'), 'utf8')).toBe('bad line\n');
  });

  it('tells bytes that are not UTF-8 apart from text', () => {
    const dir = userData();
    writeFileSync(join(dir, 'history.jsonl'), Buffer.from([0x7b, 0x7d, 0x0a, 0xc3, 0x28]));
    expect(createHistoryFile(dir).read()).toEqual({
      kind: 'text',
      text: '{}\n\uFFFD(',
      validUtf8: false,
    });
  });

  it('does not read a file larger than Limber ever writes', () => {
    const dir = userData();
    const path = join(dir, 'history.jsonl');
    writeFileSync(path, '');
    truncateSync(path, MAX_HISTORY_BYTES + 1); // sparse: no 32 MB written to the test disk
    expect(createHistoryFile(dir).read()).toEqual({
      kind: 'too-large',
      bytes: MAX_HISTORY_BYTES + 1,
    });
  });

  it('a read that fails for another reason than a missing file throws, for the store to handle', () => {
    const dir = userData();
    const file = createHistoryFile(join(dir, 'history.jsonl-is-a-folder'));
    // The folder does not exist: ENOENT inside a missing userData is still "no history yet".
    expect(file.read()).toEqual({ kind: 'missing' });
    const blocked = createHistoryFile(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub'), 'a file where the folder should be');
    expect(() => blocked.read()).toThrow(/ENOTDIR/);
  });
});

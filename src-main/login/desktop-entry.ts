/**
 * XDG desktop entries (https://specifications.freedesktop.org/desktop-entry-spec/): writing the
 * autostart entry, and reading one back. The Exec key has two layers of escaping: its words are
 * quoted for the Exec rules, then the whole value is escaped as a desktop-entry string.
 */

/** Characters that force a word of Exec into double quotes. */
const RESERVED = /[\s"'\\><~|&;$*?#()`]/;

/** One word of Exec: quoted if needed; `%` doubled so it is not read as a field code. */
function execWord(word: string): string {
  const literal = word.replace(/%/g, '%%');
  if (literal !== '' && !RESERVED.test(literal)) return literal;
  return `"${literal.replace(/["`$\\]/g, (c) => `\\${c}`)}"`;
}

/** A desktop-entry string value: backslashes and line breaks escaped. */
function escapeString(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t');
}

function unescapeString(value: string): string {
  const escapes: Record<string, string> = { s: ' ', n: '\n', t: '\t', r: '\r', '\\': '\\' };
  return value.replace(/\\([sntr\\])/g, (_, c: string) => escapes[c] ?? c);
}

/** The Exec value that runs `argv` exactly. */
export function execValue(argv: readonly string[]): string {
  return escapeString(argv.map(execWord).join(' '));
}

/** The words of an Exec value, or undefined when its quoting is broken. Field codes stay as they are. */
export function execArgv(value: string): string[] | undefined {
  const text = unescapeString(value);
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      let quoted = '';
      for (i++; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        quoted += text[i];
      }
      if (i >= text.length) return undefined; // no closing quote
      word = (word ?? '') + quoted;
    } else if (c === ' ' || c === '\t') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== undefined) words.push(word);
  return words.map((w) => w.replace(/%%/g, '%'));
}

export interface AutostartEntry {
  argv: readonly string[];
  name: string;
  comment: string;
  icon: string;
}

/** The text of an autostart entry that runs `argv` when the user logs in. */
export function autostartEntryText(entry: AutostartEntry): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    `Name=${escapeString(entry.name)}`,
    `Comment=${escapeString(entry.comment)}`,
    `Exec=${execValue(entry.argv)}`,
    `Icon=${escapeString(entry.icon)}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** The keys of the [Desktop Entry] group (later groups and comments ignored). */
export function desktopEntryKeys(text: string): Map<string, string> {
  const keys = new Map<string, string>();
  let inMainGroup = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('[')) {
      inMainGroup = line === '[Desktop Entry]';
      continue;
    }
    const at = line.indexOf('=');
    if (inMainGroup && at > 0) keys.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return keys;
}

/**
 * Whether a desktop session would start an autostart entry at all: not hidden, and not switched
 * off by GNOME's or another desktop's startup settings.
 */
export function entryIsActive(keys: ReadonlyMap<string, string>): boolean {
  if (keys.get('Hidden') === 'true') return false;
  if (keys.get('X-GNOME-Autostart-enabled') === 'false') return false;
  return keys.get('Type') === 'Application' && keys.has('Exec');
}

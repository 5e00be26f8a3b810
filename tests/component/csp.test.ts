import { describe, expect, it } from 'vitest';

// As text: csp.ts sits outside the web type-check project, so it cannot be imported here.
import cspSource from '../../src-main/app/csp.ts?raw';

/**
 * Directives a <meta> policy cannot carry (CSP Level 3, "The meta element"): browsers ignore
 * them there and log a console error, so they are only ever sent as main's header.
 */
const headerOnly = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** A policy as its directives, one string each: "script-src 'self'". */
const directivesOf = (policy: string): string[] =>
  policy
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter((directive) => directive !== '');

const nameOf = (directive: string): string => directive.split(' ')[0] ?? '';

/** A JavaScript string literal's value: the directives in csp.ts are plain quoted strings. */
const literal = (quoted: string): string =>
  quoted.slice(1, -1).replace(/\\(.)/g, (_, escaped: string) => escaped);

/**
 * The header main sends, read from csp.ts the way it builds it: the exported array of
 * directives, joined with the separator its `.join(...)` names.
 */
function headerPolicy(source: string): string {
  const built = /export const CONTENT_SECURITY_POLICY = \[([^\]]*)\]\.join\((['"])(.*?)\2\)/s.exec(
    source,
  );
  if (!built) throw new Error('csp.ts no longer builds CONTENT_SECURITY_POLICY as [...].join(...)');
  const [, list = '', , separator = ''] = built;
  const entries = list.match(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g) ?? [];
  return entries.map(literal).join(separator);
}

/** Every window's page, as text, by file name. */
const pages = Object.entries(
  import.meta.glob<string>('../../src-renderer/*.html', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
).map(([path, html]) => [path.split('/').pop() ?? path, html] as const);

/** The policy a page declares in its Content-Security-Policy meta tag. */
function metaPolicy(html: string): string {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const metas = page.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]');
  expect(metas).toHaveLength(1);
  return metas[0]?.getAttribute('content') ?? '';
}

describe('the Content Security Policy', () => {
  it("is on every window's page", () => {
    expect(pages.map(([name]) => name).sort()).toEqual([
      'history.html',
      'nudge.html',
      'player.html',
      'settings.html',
      'status.html',
    ]);
  });

  it.each(pages)(
    'is the same in %s as the header main sends, bar what a meta tag cannot carry',
    (_, html) => {
      const header = directivesOf(headerPolicy(cspSource));
      const meta = directivesOf(metaPolicy(html));

      expect(meta).toEqual(header.filter((directive) => !headerOnly.has(nameOf(directive))));
      // And none in the page either: Chromium would ignore it and log a console error.
      expect(meta.filter((directive) => headerOnly.has(nameOf(directive)))).toEqual([]);
    },
  );

  it('is read from csp.ts whole: every listed directive, joined as csp.ts joins them', () => {
    const header = headerPolicy(cspSource);
    const listed = cspSource.match(/^\s*"[a-z-]+ [^"]*",?$/gm) ?? [];
    expect(listed.length).toBeGreaterThan(0);
    expect(directivesOf(header)).toHaveLength(listed.length);
    expect(header).toContain("default-src 'none'; script-src 'self'");
  });
});

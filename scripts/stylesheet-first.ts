import type { Plugin } from 'vite';

/**
 * Vite writes a page's entry script and modulepreloads before its stylesheet. The stylesheet is
 * the only file a window's first frame waits for: module scripts run after it anyway. Asked for
 * first, it arrives first, and a page whose HTML already holds its first frame (the player's
 * "Loading…" line) paints while its scripts are still on their way.
 */
export function stylesheetFirst(): Plugin {
  return {
    name: 'limber:stylesheet-first',
    apply: 'build',
    // 'post': after Vite has written the built page's script, preload and stylesheet tags.
    transformIndexHtml: { order: 'post', handler: stylesheetsBeforeScripts },
  };
}

const stylesheetTag = /[ \t]*<link\b[^>]*\brel="stylesheet"[^>]*>\n?/g;
const scriptOrPreloadTag =
  /[ \t]*<(?:script\b[^>]*\btype="module"|link\b[^>]*\brel="modulepreload")/;

/** A built page with its stylesheet links moved ahead of its first module script or preload. */
export function stylesheetsBeforeScripts(html: string): string {
  const firstScript = scriptOrPreloadTag.exec(html);
  const stylesheets = html.match(stylesheetTag) ?? [];
  if (!firstScript || stylesheets.length === 0) return html;
  const head = html.slice(0, firstScript.index);
  const rest = html.slice(firstScript.index).replace(stylesheetTag, '');
  return head + stylesheets.map((tag) => (tag.endsWith('\n') ? tag : `${tag}\n`)).join('') + rest;
}

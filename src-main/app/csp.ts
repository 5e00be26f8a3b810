/**
 * The renderer's Content Security Policy, sent as a header with every app:// response.
 * No `unsafe-*`: scripts and styles come only from our own files, and the renderer talks to
 * nothing but main. Kept free of Electron so the e2e test host serves the same policy.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "media-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

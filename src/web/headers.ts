/** Response headers of the web app's pages and files. */

/**
 * On every HTML page. Scripts only from our origin. Styles also inline: styled-components (which the
 * Suomi.fi components are built on) injects <style> elements at run time, which a static index.html cannot
 * give a per-response nonce, so style-src needs 'unsafe-inline'. Scripts never get it.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function pageHeaders(protocol: string): Record<string, string> {
  return {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'same-origin',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    // A page always asks whether it has changed, so a new release is picked up at once.
    'cache-control': 'no-cache',
    ...(protocol === 'https' ? { 'strict-transport-security': 'max-age=31536000' } : {}),
  };
}

/** Vite names the files under /assets/ by their content hash: a changed file is a new name. */
export const HASHED_ASSET_CACHE = { maxAge: 365 * 24 * 3_600_000, immutable: true };

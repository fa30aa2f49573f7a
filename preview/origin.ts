/**
 * The preview's /api/invoke runs the app's resolvers as whoever the start page
 * selected: a page on another origin must not be able to call it. Browsers send
 * a cross-origin `text/plain` POST without a preflight, so require JSON (which
 * needs a preflight the preview never grants) and, when the browser says where
 * the request comes from, the preview's own origin.
 */
import type { IncomingHttpHeaders } from 'node:http';

export function invokeAllowed(headers: IncomingHttpHeaders, siteOrigin: string): { ok: true } | { ok: false; reason: string } {
  const type = String(headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  if (type !== 'application/json') return { ok: false, reason: 'content-type must be application/json' };
  const origin = headers.origin;
  if (origin !== undefined && origin !== siteOrigin) return { ok: false, reason: `origin ${String(origin).slice(0, 100)} is not the preview's` };
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return { ok: false, reason: `sec-fetch-site ${String(site).slice(0, 30)} is not same-origin` };
  return { ok: true };
}

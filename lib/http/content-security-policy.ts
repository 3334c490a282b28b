/**
 * The page Content-Security-Policy. Next.js's App Router writes its own inline scripts into every
 * page (the bootstrap and the `self.__next_f.push(…)` flight data), so a policy without
 * 'unsafe-inline' must name those scripts: pages rendered per request carry a fresh nonce that
 * Next.js puts on each of its scripts (it reads it from this header on the request, see proxy.ts);
 * pages prerendered at build time cannot carry a per-request nonce, so their inline scripts are
 * allowed by their SHA-256 hashes, read from the prerendered HTML (static-page-hashes.ts). This
 * keeps static pages static (a nonce-only policy would force every page to render per request).
 *
 * - script-src 'self': Next's script files (/_next/static/…) on static pages have neither nonce
 *   nor hash. Nothing a user uploads is ever served from this origin as a file, and API answers
 *   are JSON with nosniff, so 'self' admits only the app's own bundles. No 'strict-dynamic': it
 *   would disable 'self' and with it the static pages.
 * - style-src 'unsafe-inline': React renders `style="…"` attributes into server HTML (Recharts'
 *   ResponsiveContainer, the upload progress bars), which CSP governs like inline styles, and a
 *   nonce cannot be put on an attribute. Styles cannot run script; Tailwind's CSS is a file.
 * - img-src blob: data:: the PNG chart download draws the chart's SVG (a data: URL) on a canvas
 *   and saves a blob: URL.
 * - 'unsafe-eval' only in `next dev` (React's dev tools reconstruct server stacks with eval).
 */
export interface PolicyOptions {
  nonce?: string;
  scriptHashes?: readonly string[];
  https?: boolean;
  dev?: boolean;
}

export function contentSecurityPolicy({ nonce, scriptHashes = [], https = false, dev = false }: PolicyOptions): string {
  const script = ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : []), ...scriptHashes.map((h) => `'sha256-${h}'`), ...(dev ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The request came over https: directly, or through a proxy that says so. */
export function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

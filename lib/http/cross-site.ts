/**
 * Whether a request came from another site's page: browsers send Origin on every cross-origin
 * POST, PATCH and DELETE, and a browser that leaves it out still says where the request came
 * from in Sec-Fetch-Site. Hosts are compared with the Host header: behind `next start`
 * request.url says localhost even when the browser came through 127.0.0.1.
 */
export function isCrossSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  const fetchSite = request.headers.get("sec-fetch-site");
  return Boolean((origin && safeHost(origin) !== host) || (!origin && fetchSite && fetchSite !== "same-origin" && fetchSite !== "none"));
}

function safeHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, isHttps } from "@/lib/http/content-security-policy";
import { databaseReachable } from "@/lib/http/database-reachable";
import { hasMalformedEscapes, malformedPathResponse } from "@/lib/http/malformed-path";
import { staticPages, type StaticPages } from "@/lib/http/static-page-hashes";
import { unavailablePage } from "@/lib/http/unavailable-page";

const NO_STATIC_PAGES: StaticPages = { byPath: new Map(), notFound: [] };

/**
 * Gives each page its Content-Security-Policy (why this shape: lib/http/content-security-policy.ts).
 * A prerendered page gets its inline scripts' hashes; any other page a fresh nonce, which Next.js
 * reads from the request's header and puts on its scripts, plus the 404 page's hashes, because a
 * path no route matches is answered with the prerendered 404 page. The other security headers,
 * and the API's policy, are static and set in next.config.js.
 *
 * While the database is down, a page that reads it gets a readable 503 page at once: once
 * rendering has begun its status can no longer change. API routes answer their own 503 in JSON
 * (lib/http/handle-route.ts).
 */
export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  if (hasMalformedEscapes(path)) return malformedPathResponse(path.startsWith("/api/"));
  // the API matcher below lets only paths with a percent sign in, for the check above
  if (path.startsWith("/api/")) return NextResponse.next();

  // `next dev` renders every page per request, whatever an earlier `next build` left in .next
  const pages = process.env.NODE_ENV === "development" ? NO_STATIC_PAGES : staticPages();
  const prerendered = pages.byPath.get(path.replace(/(.)\/$/, "$1"));
  const nonce = prerendered ? undefined : Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy({
    nonce,
    scriptHashes: prerendered ?? pages.notFound,
    https: isHttps(request),
    dev: process.env.NODE_ENV === "development",
  });

  if (!prerendered && !(await databaseReachable())) {
    const unavailable = unavailablePage(request.nextUrl.pathname + request.nextUrl.search);
    unavailable.headers.set("Content-Security-Policy", policy);
    return unavailable;
  }

  const headers = new Headers(request.headers);
  if (nonce) headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // pages only: API answers, build assets and prefetches need no page policy
      source: "/((?!api/|_next/static|_next/image|favicon\\.ico|favicon\\.svg|robots\\.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    // API paths with an escape, to refuse malformed ones (any other API request skips the proxy:
    // Next.js buffers a body that passes through it, and cuts it at 10 MB)
    { source: "/api/:rest(.*%.*)" },
  ],
};

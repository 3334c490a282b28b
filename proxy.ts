import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { databaseReachable } from "@/lib/http/database-reachable";
import { unavailablePage } from "@/lib/http/unavailable-page";

// Pages read the database while rendering, and a page that has begun rendering can no longer
// change its status. So ask first: while the database is down, a page request gets a readable
// 503 page at once. API routes answer their own 503 in JSON (lib/http/handle-route.ts).
export async function proxy(request: NextRequest) {
  if (!(await databaseReachable())) return unavailablePage(request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next();
}

export const config = {
  // pages only: not the API, Next's own assets, or files
  matcher: ["/((?!api/|_next/|favicon\\.ico|.*\\.[a-z0-9]+$).*)"],
};

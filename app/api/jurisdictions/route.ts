import { NextResponse } from "next/server";
import { handleRoute } from "@/lib/http/handle-route";
import { parseListJurisdictionsQuery } from "@/lib/http/list-query";
import { listJurisdictions } from "@/lib/queries/list-jurisdictions";

export const GET = handleRoute(async (request) => {
  const query = parseListJurisdictionsQuery(new URL(request.url).searchParams);
  return NextResponse.json({ jurisdictions: await listJurisdictions(query) });
});

import { NextResponse } from "next/server";
import { z } from "zod";
import { handleRoute } from "@/lib/http/handle-route";
import { searchTextField } from "@/lib/http/input-fields";
import { searchPlaces } from "@/lib/search/search-places";

const query = z.object({ q: searchTextField.default("") });

/** Places of the whole gazetteer by name, pinyin or code: the picker for a report whose place extraction could not tell. */
export const GET = handleRoute(async (request) => {
  const { q } = query.parse(Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json({ places: searchPlaces(q) });
});

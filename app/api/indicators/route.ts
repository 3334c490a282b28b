import { NextResponse } from "next/server";
import { INDICATORS, INDICATOR_GROUPS } from "@/lib/indicators";

export function GET() {
  return NextResponse.json({ groups: INDICATOR_GROUPS, indicators: INDICATORS });
}

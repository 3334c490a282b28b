import { NextResponse } from "next/server";
import { z } from "zod";
import { outlineTexts } from "@/lib/charts/outline-text";
import { AppError } from "@/lib/errors/app-error";
import { isCrossSite } from "@/lib/http/cross-site";
import { handleRoute } from "@/lib/http/handle-route";
import { limitOutlines } from "@/lib/http/rate-limit";

// a chart has a few dozen labels; the bounds keep one request's work small
const body = z.object({
  items: z
    .array(z.object({ text: z.string().max(300), size: z.number().min(4).max(64), bold: z.boolean().default(false) }))
    .min(1)
    .max(400),
});

/** POST {items: [{text, size, bold}]} → {paths: [d]}: a downloaded chart's labels as outlines (lib/charts/outline-text.ts). */
export const POST = handleRoute(async (request) => {
  // open to every visitor (a download needs no login), but only from this site's own pages: another
  // site may not spend this server's CPU on its charts
  if (isCrossSite(request)) throw new AppError("forbidden", "跨站请求被拒绝。Cross-site request refused.");
  await limitOutlines(request);
  const { items } = body.parse(await request.json().catch(() => null));
  const paths = outlineTexts(items);
  if (!paths) throw new AppError("service_unavailable", "服务器没有中文字体,无法转换文字。The server has no Chinese font to outline the text with.");
  return NextResponse.json({ paths });
});

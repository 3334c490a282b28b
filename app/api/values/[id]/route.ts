import { NextResponse } from "next/server";
import { z } from "zod";
import { requireWriter } from "@/lib/auth/authorize";
import { handleRoute } from "@/lib/http/handle-route";
import { readLimitedJson } from "@/lib/http/read-limited-body";
import { deleteValue, editValue } from "@/lib/reports/edit-report";

type Context = { params: Promise<{ id: string }> };
const idSchema = z.coerce.number().int().positive();
const editSchema = z.object({ value: z.number().finite().min(0), expectedValue: z.number().finite().optional() });

export const PATCH = handleRoute<Context>(async (request, { params }) => {
  const user = await requireWriter(request);
  const id = idSchema.parse((await params).id);
  const edit = editSchema.parse(await readLimitedJson(request));
  return NextResponse.json({ value: await editValue(id, edit, user) });
});

export const DELETE = handleRoute<Context>(async (request, { params }) => {
  await requireWriter(request);
  await deleteValue(idSchema.parse((await params).id));
  return new Response(null, { status: 204 });
});

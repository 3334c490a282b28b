import { NextResponse } from "next/server";
import { z } from "zod";
import { requireWriter } from "@/lib/auth/authorize";
import { handleRoute } from "@/lib/http/handle-route";
import { correctedValueField } from "@/lib/http/input-fields";
import { idFromPath } from "@/lib/http/parse-id";
import { readLimitedJson } from "@/lib/http/read-limited-body";
import { deleteValue, editValue } from "@/lib/reports/edit-report";

type Context = { params: Promise<{ id: string }> };
const editSchema = z.object({ value: correctedValueField, expectedValue: z.number().finite().optional() });

export const PATCH = handleRoute<Context>(async (request, { params }) => {
  const user = await requireWriter(request);
  const id = idFromPath((await params).id, "value");
  const edit = editSchema.parse(await readLimitedJson(request));
  return NextResponse.json({ value: await editValue(id, edit, user) });
});

export const DELETE = handleRoute<Context>(async (request, { params }) => {
  const user = await requireWriter(request);
  await deleteValue(idFromPath((await params).id, "value"), user);
  return new Response(null, { status: 204 });
});

import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { databaseFailure } from "../db/database-errors";
import { AppError, INTERNAL_ERROR, isAppError } from "../errors/app-error";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

export function errorResponse(error: AppError): NextResponse {
  const retryAfter = error.details?.retryAfterSeconds;
  return NextResponse.json(
    { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } },
    { status: error.status, headers: typeof retryAfter === "number" ? { "Retry-After": String(retryAfter) } : undefined },
  );
}

/** Maps every failure of a route to `{ error: { code, message } }`; never leaks a stack trace. */
export function handleRoute<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (e) {
      if (isAppError(e)) return errorResponse(e);
      if (e instanceof ZodError) {
        const detail = e.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ");
        return errorResponse(new AppError("bad_request", `请求参数有误。Invalid request: ${detail}`));
      }
      const known = databaseFailure(e);
      if (known) return errorResponse(known);
      console.error(e);
      return NextResponse.json({ error: INTERNAL_ERROR }, { status: 500 });
    }
  };
}

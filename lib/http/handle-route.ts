import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { isDatabaseBusy, isDatabaseUnavailable } from "../db/database-errors";
import { AppError, isAppError } from "../errors/app-error";

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
      if (isDatabaseBusy(e)) {
        return errorResponse(new AppError("service_unavailable", "服务器繁忙,请稍后再试。The server is busy; try again shortly."));
      }
      if (isDatabaseUnavailable(e)) {
        return errorResponse(new AppError("service_unavailable", "数据库暂时不可用,请稍后再试。The database is unavailable; try again shortly."));
      }
      console.error(e);
      return NextResponse.json(
        { error: { code: "internal", message: "服务器内部错误。Internal server error." } },
        { status: 500 },
      );
    }
  };
}

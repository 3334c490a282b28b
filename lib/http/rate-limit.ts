import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "../errors/app-error";

// One process serves the app, so memory limiters are enough; per client address.
const uploads = new RateLimiterMemory({ keyPrefix: "upload", points: Number(process.env.UPLOAD_RATE_PER_MINUTE ?? 120), duration: 60 });
const logins = new RateLimiterMemory({ keyPrefix: "login", points: Number(process.env.LOGIN_RATE_PER_MINUTE ?? 10), duration: 60 });

function clientKey(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "local";
}

async function consume(limiter: RateLimiterMemory, request: Request) {
  try {
    await limiter.consume(clientKey(request));
  } catch (e) {
    if (e instanceof RateLimiterRes) {
      const seconds = Math.ceil(e.msBeforeNext / 1000);
      throw new AppError("too_many_requests", `请求过于频繁,请 ${seconds} 秒后再试。Too many requests; try again in ${seconds} s.`);
    }
    throw e;
  }
}

export const limitUploads = (request: Request) => consume(uploads, request);
export const limitLogins = (request: Request) => consume(logins, request);

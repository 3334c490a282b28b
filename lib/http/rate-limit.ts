import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "../errors/app-error";

const LOGINS_PER_MINUTE = Number(process.env.LOGIN_RATE_PER_MINUTE ?? 10);

// One process serves the app, so memory limiters are enough; per client address.
const uploads = new RateLimiterMemory({ keyPrefix: "upload", points: Number(process.env.UPLOAD_RATE_PER_MINUTE ?? 120), duration: 60 });
const logins = new RateLimiterMemory({ keyPrefix: "login", points: LOGINS_PER_MINUTE, duration: 60 });
// X-Forwarded-For is whatever the client sends when no proxy stands in front (Next.js fills it in
// only when it is missing), so a guesser could take a new "address" for every try. Wrong tokens
// are therefore also counted for everyone together: at most ten times the per-client rate.
const failedLogins = new RateLimiterMemory({ keyPrefix: "login-failed", points: LOGINS_PER_MINUTE * 10, duration: 60 });

function clientKey(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "local";
}

async function consume(limiter: RateLimiterMemory, key: string) {
  try {
    await limiter.consume(key);
  } catch (e) {
    if (e instanceof RateLimiterRes) {
      const seconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
      // handleRoute turns retryAfterSeconds into a Retry-After header
      throw new AppError("too_many_requests", `请求过于频繁,请 ${seconds} 秒后再试。Too many requests; try again in ${seconds} s.`, { retryAfterSeconds: seconds });
    }
    throw e;
  }
}

export const limitUploads = (request: Request) => consume(uploads, clientKey(request));
export async function limitLogins(request: Request) {
  await consume(logins, clientKey(request));
  // refuse at once while the shared budget of wrong tokens is spent
  const spent = await failedLogins.get("all");
  if (spent && spent.consumedPoints >= LOGINS_PER_MINUTE * 10) await consume(failedLogins, "all");
}
/** A wrong token was sent: counts against the budget shared by all clients. */
export const countFailedLogin = () => consume(failedLogins, "all").catch(() => {});

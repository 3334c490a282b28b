import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "../errors/app-error";
import { clientAddress } from "./client-address";

// One process serves the app, so memory limiters are enough; per client address (client-address.ts).
const uploads = new RateLimiterMemory({ keyPrefix: "upload", points: Number(process.env.UPLOAD_RATE_PER_MINUTE ?? 120), duration: 60 });
const WRONG_TOKENS_PER_MINUTE = Number(process.env.LOGIN_RATE_PER_MINUTE ?? 10);
const wrongTokens = new RateLimiterMemory({ keyPrefix: "wrong-token", points: WRONG_TOKENS_PER_MINUTE, duration: 60 });

/** Requests whose address cannot be told (see clientAddress) share one budget. */
const UNKNOWN_CLIENT = "unknown";

function tooMany(msBeforeNext: number): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  // handleRoute turns retryAfterSeconds into a Retry-After header
  return new AppError("too_many_requests", `请求过于频繁,请 ${seconds} 秒后再试。Too many requests; try again in ${seconds} s.`, { retryAfterSeconds: seconds });
}

async function consume(limiter: RateLimiterMemory, key: string) {
  try {
    await limiter.consume(key);
  } catch (e) {
    if (e instanceof RateLimiterRes) throw tooMany(e.msBeforeNext);
    throw e;
  }
}

export const limitUploads = (request: Request) => consume(uploads, clientAddress(request) ?? UNKNOWN_CLIENT);

// outlining a chart's labels costs a few milliseconds of CPU per download: plenty for people, not for a loop
const outlines = new RateLimiterMemory({ keyPrefix: "outline", points: Number(process.env.OUTLINE_RATE_PER_MINUTE ?? 60), duration: 60 });
export const limitOutlines = (request: Request) => consume(outlines, clientAddress(request) ?? UNKNOWN_CLIENT);

/**
 * Before a token (login form or Bearer header) is even compared: 429 while this client's budget
 * of wrong tokens is spent, so one address cannot guess faster than the budget. Only the address
 * that sent the wrong tokens is held up; a request whose address is unknown is never held up
 * here, because its budget is shared with everyone else's and the right token must get through.
 */
export async function refuseWhileGuessing(request: Request): Promise<void> {
  const client = clientAddress(request);
  if (!client) return;
  const spent = await wrongTokens.get(client);
  if (spent && spent.consumedPoints >= WRONG_TOKENS_PER_MINUTE) throw tooMany(spent.msBeforeNext);
}

/** A wrong token was sent: counts against the client's budget; the one that spends it gets 429. */
export const countWrongToken = (request: Request) => consume(wrongTokens, clientAddress(request) ?? UNKNOWN_CLIENT);

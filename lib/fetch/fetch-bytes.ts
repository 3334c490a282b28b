import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { isIP, type Socket } from "node:net";
import { Agent, buildConnector, fetch } from "undici";
import { AppError, isAppError } from "../errors/app-error";
import { fileTooLarge } from "../documents/document-errors";
import { MAX_UPLOAD_BYTES } from "../documents/limits";
import { readStreamLimited } from "../http/read-limited-body";
import { addressAllowed, isMetadataName } from "./address-policy";
import { credentialsInAddress, fetchTimedOut, notWebAddress, refusedAddress, tooManyRedirects, unreachable, upstreamStatus } from "./fetch-errors";
import { FETCH_CONNECT_TIMEOUT_MS, FETCH_TIME_LIMIT_MS, FETCHER_USER_AGENT, MAX_REDIRECTS } from "./fetch-limits";

export interface FetchedFile {
  /** the address asked for */
  requested: string;
  /** where the file came from after redirects */
  url: string;
  bytes: Uint8Array;
  /** the Content-Type header's media type, lower case, without parameters */
  mediaType: string | null;
  /** the charset the Content-Type header declares, if any */
  charset: string | null;
  /** the file name a Content-Disposition header gives, if any */
  dispositionName: string | null;
}

/** A refusal raised inside the connector, carried out of undici's "fetch failed" TypeError. */
class Refusal extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

/**
 * An address checked before it is fetched: http(s) only, no user name or password, no metadata
 * host name, and an IP literal judged here (a connection to a literal never asks DNS).
 */
export function checkAddress(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw notWebAddress(address);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw notWebAddress(address);
  if (url.username || url.password) throw credentialsInAddress();
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isMetadataName(host)) throw refusedAddress(host, host, "metadata");
  if (isIP(host)) {
    const verdict = addressAllowed(host);
    if (!verdict.ok) throw refusedAddress(host, host, verdict.class);
  }
  return url;
}

/**
 * DNS for the fetcher: every address a name resolves to is judged, and the connection is made to
 * exactly the addresses judged (no second lookup that could answer differently).
 */
function guardedLookup(hostname: string, options: object, callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    for (const { address } of addresses) {
      const verdict = addressAllowed(address);
      if (!verdict.ok) return callback(new Refusal(refusedAddress(hostname, address, verdict.class)), []);
    }
    if ((options as { all?: boolean }).all) return callback(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
}

/**
 * A fresh agent per fetch (no pooled connection outlives the policy it was checked under) whose
 * connections resolve through guardedLookup, and whose sockets are checked once more by the
 * address they actually reached.
 */
function guardedAgent(): Agent {
  const connect = buildConnector({ lookup: guardedLookup as never, timeout: FETCH_CONNECT_TIMEOUT_MS });
  return new Agent({
    connect: (options, callback) =>
      connect(options, (err, socket) => {
        if (err || !socket) return callback(err ?? new Error("no socket"), null);
        const remote = (socket as Socket).remoteAddress;
        const verdict = remote ? addressAllowed(remote) : { ok: false as const, class: "reserved" as const };
        if (!verdict.ok) {
          socket.destroy();
          return callback(new Refusal(refusedAddress(options.hostname, remote ?? "?", verdict.class)), null);
        }
        callback(null, socket);
      }),
  });
}

/**
 * Fetches a report file: with a wall clock for all of it, at most MAX_REDIRECTS redirects (each
 * new address checked again, its name resolved and judged again), the upload size limit counted
 * while the body streams in, no cookies or credentials, and a User-Agent that says who asks.
 */
export async function fetchBytes(address: string, { timeLimitMs = FETCH_TIME_LIMIT_MS } = {}): Promise<FetchedFile> {
  let url = checkAddress(address);
  const agent = guardedAgent();
  const deadline = AbortSignal.timeout(timeLimitMs);
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetch(url, {
        dispatcher: agent,
        redirect: "manual",
        signal: deadline,
        headers: {
          "user-agent": FETCHER_USER_AGENT,
          accept: "text/html,application/xhtml+xml,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain;q=0.9,*/*;q=0.5",
          "accept-language": "zh-CN,zh;q=0.9,en;q=0.5",
        },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has("location")) {
        await response.body?.cancel();
        if (hop >= MAX_REDIRECTS) throw tooManyRedirects(MAX_REDIRECTS);
        url = checkAddress(new URL(response.headers.get("location")!, url).href);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw upstreamStatus(response.status, url.href);
      }
      const declared = Number(response.headers.get("content-length"));
      if (declared > MAX_UPLOAD_BYTES) {
        await response.body?.cancel();
        throw fileTooLarge(declared, MAX_UPLOAD_BYTES);
      }
      // counted as it streams in: a gzip bomb or a lying Content-Length stops at the limit
      const bytes = await readStreamLimited(response.body as ReadableStream<Uint8Array> | null, MAX_UPLOAD_BYTES, (size) => fileTooLarge(size, MAX_UPLOAD_BYTES));
      const [mediaType, ...params] = (response.headers.get("content-type") ?? "").split(";").map((s) => s.trim());
      const charset = params.find((p) => /^charset=/i.test(p))?.slice(8).replace(/["']/g, "").toLowerCase() || null;
      return { requested: address, url: url.href, bytes, mediaType: mediaType ? mediaType.toLowerCase() : null, charset, dispositionName: dispositionName(response.headers.get("content-disposition")) };
    }
  } catch (e) {
    throw asFetchError(e, url, deadline, timeLimitMs);
  } finally {
    void agent.close().catch(() => undefined);
  }
}

function asFetchError(e: unknown, url: URL, deadline: AbortSignal, timeLimitMs: number): AppError {
  if (isAppError(e)) return e;
  for (let cause: unknown = e; cause; cause = (cause as { cause?: unknown }).cause) {
    if (cause instanceof Refusal) return cause.error;
    if (isAppError(cause)) return cause;
  }
  if (deadline.aborted) return fetchTimedOut(timeLimitMs / 1000);
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return unreachable(url.hostname, cause?.code ?? cause?.message ?? (e as Error).message ?? "error");
}

/** filename*=UTF-8''… (RFC 6266) before filename="…"; Chinese sites also send raw GBK or percent-encoded names. */
function dispositionName(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*[^']*'[^']*'([^;]+)/i.exec(header)?.[1];
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header)?.[1];
  const raw = extended ?? plain;
  if (!raw) return null;
  try {
    return decodeURIComponent(raw.trim());
  } catch {
    return raw.trim();
  }
}

import { randomBytes, timingSafeEqual } from "node:crypto";
import { channel } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

/**
 * The address of the connection a request came in on. Route handlers get a web `Request`, which
 * has no socket, and Next.js writes the socket's address into X-Forwarded-For only when the
 * client did not send that header itself (so a client chooses it). The server therefore writes
 * it into a header of its own as each request arrives, signed with a secret of this process, so
 * no client can send one that counts.
 */
export const PEER_HEADER = "x-fazhi-peer";

const SECRET = Symbol.for("fazhi.peerAddressSecret");

// on globalThis: instrumentation.ts and the route bundles are separate modules of one process
function secret(): string {
  const global = globalThis as unknown as Record<symbol, string | undefined>;
  return (global[SECRET] ??= randomBytes(16).toString("hex"));
}

/** The signed header value for an address (the stamp writes it; tests may too). */
export function peerStamp(address: string): string {
  return `${secret()} ${address}`;
}

/** The connection's address as the server stamped it, or null when it did not (or a client forged it). */
export function peerAddress(request: Request): string | null {
  const value = request.headers.get(PEER_HEADER);
  if (!value) return null;
  const space = value.indexOf(" ");
  const given = Buffer.from(space > 0 ? value.slice(0, space) : "");
  const expected = Buffer.from(secret());
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return value.slice(space + 1) || null;
}

let stamping = false;

/**
 * Stamps every request this process's HTTP server receives from now on. Node publishes each
 * request on this diagnostics channel before any handler (Next's included) sees it; whatever
 * the client sent under the same header name is overwritten.
 */
export function stampPeerAddresses(): void {
  if (stamping) return;
  stamping = true;
  channel("http.server.request.start").subscribe((message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    const address = socket.remoteAddress;
    if (address) request.headers[PEER_HEADER] = peerStamp(address);
    else delete request.headers[PEER_HEADER];
  });
}

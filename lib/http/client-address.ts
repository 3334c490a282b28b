import { peerAddress } from "./peer-address";

/**
 * How many reverse proxies stand in front of the app, each appending the address it was reached
 * from to X-Forwarded-For (`TRUST_PROXY_HOPS`, default 0: clients connect to the app itself).
 */
export function trustedProxyHops(): number {
  const hops = Number(process.env.TRUST_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops > 0 ? hops : 0;
}

/**
 * The client's address as the nearest party we trust saw it, never what the client wrote: with no
 * proxy, the connection's own address; behind N proxies, the Nth X-Forwarded-For entry from the
 * right (the one the outermost proxy appended; entries left of it are the client's to invent).
 * Null when it cannot be told (a request the server did not stamp: see peer-address.ts).
 */
export function clientAddress(request: Request, hops = trustedProxyHops()): string | null {
  const peer = peerAddress(request);
  if (hops === 0) return peer;
  const chain = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  // fewer entries than proxies: the request did not come through them all, so its connection is the client
  return chain.length >= hops ? chain[chain.length - hops] : peer;
}

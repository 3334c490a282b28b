import net from "node:net";

// Whether the database server accepts connections, asked with a bare TCP connect (no query, no
// pool): cheap enough to ask before rendering a page, so a page can answer 503 while the
// database is down instead of failing half-way through rendering. Answers are kept for a second.
const TTL_MS = 1000;
const TIMEOUT_MS = 1500;
let cached: { at: number; up: boolean } | null = null;

function databaseAddress(): { host: string; port: number } | null {
  const url = process.env.DATABASE_URL;
  if (!url) return null;
  try {
    const { hostname, port } = new URL(url);
    // a Unix socket (host=/var/run/postgresql in the query) or no host: nothing to probe over TCP
    if (!hostname) return null;
    return { host: hostname.replace(/^\[|\]$/g, ""), port: Number(port || 5432) };
  } catch {
    return null;
  }
}

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (up: boolean) => {
      socket.destroy();
      resolve(up);
    };
    socket.setTimeout(TIMEOUT_MS, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** true when the database answers, or when there is no TCP address to ask (then rendering will tell) */
export async function databaseReachable(): Promise<boolean> {
  const address = databaseAddress();
  if (!address) return true;
  if (cached && Date.now() - cached.at < TTL_MS) return cached.up;
  const up = await connects(address.host, address.port);
  cached = { at: Date.now(), up };
  return up;
}

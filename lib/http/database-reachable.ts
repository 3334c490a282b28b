import net from "node:net";

// Whether the database server accepts connections, asked with a bare TCP connect (no query, no
// pool): cheap enough to ask before rendering a page, so a page can answer 503 while the
// database is down instead of failing half-way through rendering.
//
// Only an "up" answer is kept (for a second), so a burst of page views costs one probe. A "down"
// answer is never kept: the next page view asks again, so pages recover the moment the database
// does, never later than the API (whose pool simply tries). Probes under way are shared, so a
// database that times out is not asked once per waiting request.
const UP_TTL_MS = 1000;
const TIMEOUT_MS = 1500;
// per address, as DATABASE_URL is read on every call
const upSince = new Map<string, number>();
const probing = new Map<string, Promise<boolean>>();

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
  const key = `${address.host}:${address.port}`;
  const since = upSince.get(key);
  if (since !== undefined && Date.now() - since < UP_TTL_MS) return true;
  let probe = probing.get(key);
  if (!probe) {
    probe = connects(address.host, address.port).then((up) => {
      if (up) upSince.set(key, Date.now());
      else upSince.delete(key);
      probing.delete(key);
      return up;
    });
    probing.set(key, probe);
  }
  return probe;
}

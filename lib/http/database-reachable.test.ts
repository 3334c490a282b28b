import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { databaseReachable } from "./database-reachable";

function listen(port = 0): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer((socket) => socket.destroy());
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}
const close = (server: net.Server) => new Promise<void>((resolve) => server.close(() => resolve()));
const portOf = (server: net.Server) => (server.address() as net.AddressInfo).port;

describe("databaseReachable", () => {
  const saved = process.env.DATABASE_URL;
  afterEach(() => {
    process.env.DATABASE_URL = saved;
  });

  it("answers up the moment the database is back, with no down answer kept", async () => {
    const server = await listen();
    const port = portOf(server);
    await close(server);
    process.env.DATABASE_URL = `postgresql://u:p@127.0.0.1:${port}/db`;
    expect(await databaseReachable()).toBe(false);
    expect(await databaseReachable()).toBe(false);

    const back = await listen(port);
    try {
      // the very next question after the server listens again: no stale "down"
      expect(await databaseReachable()).toBe(true);
    } finally {
      await close(back);
    }
  });

  it("shares one probe among requests waiting at the same time", async () => {
    const server = await listen();
    let connections = 0;
    server.on("connection", () => connections++);
    process.env.DATABASE_URL = `postgresql://u:p@127.0.0.1:${portOf(server)}/db`;
    try {
      // a fresh address: nothing kept from the test before
      const answers = await Promise.all(Array.from({ length: 10 }, () => databaseReachable()));
      expect(answers.every(Boolean)).toBe(true);
      // the server may see the connection a moment after the client does
      await expect.poll(() => connections).toBeGreaterThan(0);
      expect(connections).toBe(1);
    } finally {
      await close(server);
    }
  });

  it("is up without asking when there is no TCP address (a Unix socket)", async () => {
    process.env.DATABASE_URL = "postgresql://u:p@/db?host=/var/run/postgresql";
    expect(await databaseReachable()).toBe(true);
  });
});

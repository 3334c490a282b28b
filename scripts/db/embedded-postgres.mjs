// The embedded database: PGlite (PostgreSQL compiled to WebAssembly) behind a PostgreSQL
// wire-protocol socket, so Prisma and pg connect to it like to any server. Pure WASM: no system
// package, no OS user, nothing left running after kill -9, data kept in one directory.
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { mkdirSync } from "node:fs";
import net from "node:net";
import { ProtocolQueue } from "./protocol-queue.mjs";

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts PGlite on `dataDir` (or in memory when dataDir is "memory://") and serves it on a
 * loopback port. Returns the connection URL and a stop function.
 * @param {{ dataDir: string, port?: number }} options
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dataDir, port }) {
  if (dataDir !== "memory://") mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir === "memory://" ? undefined : dataDir);
  const listenPort = port ?? (await freePort());
  // All connections share one PostgreSQL session inside PGlite; the socket queues their queries,
  // each query's messages kept together (protocol-queue.mjs)
  const server = new PGLiteSocketServer({ db, port: listenPort, host: "127.0.0.1", maxConnections: 64 });
  server.queryQueue = new ProtocolQueue(db);
  await server.start();
  const url = `postgresql://postgres:postgres@127.0.0.1:${listenPort}/postgres?sslmode=disable&connection_limit=1`;
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop().catch(() => {});
      await db.close().catch(() => {});
    },
  };
}

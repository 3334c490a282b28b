import net from "node:net";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { isDatabaseBusy, isDatabaseUnavailable } from "./database-errors";

async function closedPort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}

describe("isDatabaseUnavailable", () => {
  it("recognises pg's own error when nothing listens", async () => {
    const client = new pg.Client({ host: "127.0.0.1", port: await closedPort(), user: "x", database: "x" });
    const error = await client.connect().then(() => null, (e: unknown) => e);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  // the shapes Prisma 7 gives through @prisma/adapter-pg (seen in the fault tests' logs)
  it.each([
    ["connection refused", { name: "PrismaClientKnownRequestError", message: "Can't reach database server at 127.0.0.1:5432", code: "P1001" }],
    ["connection dropped mid-query", { name: "PrismaClientKnownRequestError", message: "", meta: { driverAdapterError: { name: "DriverAdapterError", message: "ConnectionClosed", cause: { kind: "ConnectionClosed" } } } }],
    ["server shutting down", { name: "DriverAdapterError", message: "terminating connection due to administrator command", cause: { kind: "postgres", code: "57P01" } }],
  ])("%s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", { name: "PrismaClientKnownRequestError", message: "Unique constraint failed on the fields: (`textSha256`)", code: "P2002" }],
    ["a plain bug", new TypeError("Cannot read properties of undefined (reading 'code')")],
    ["nothing", null],
  ])("not %s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("tells a connection wait timeout (P2028) or a deadlock apart as busy", () => {
    expect(isDatabaseBusy({ code: "P2028" })).toBe(true);
    expect(isDatabaseBusy({ name: "DriverAdapterError", message: "deadlock detected", cause: { kind: "postgres", code: "40P01" } })).toBe(true);
    expect(isDatabaseBusy({ code: "P2002" })).toBe(false);
  });
});

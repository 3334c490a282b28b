import { describe, expect, it } from "vitest";
import { MAX_SMALL_BODY_BYTES, formatBytes, readLimitedBody } from "./read-limited-body";

function chunked(chunks: number, size: number): Request {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ >= chunks) controller.close();
      else controller.enqueue(new Uint8Array(size));
    },
  });
  return new Request("http://localhost/x", { method: "POST", body, duplex: "half" } as RequestInit);
}

describe("readLimitedBody", () => {
  it("refuses a declared Content-Length over the limit before reading", async () => {
    const req = new Request("http://localhost/x", { method: "POST", body: "abc", headers: { "content-length": String(1024 ** 3) } });
    await expect(readLimitedBody(req, 1000)).rejects.toMatchObject({ status: 413 });
  });

  it("stops a chunked body at the limit", async () => {
    await expect(readLimitedBody(chunked(100, 1000), 10_000)).rejects.toMatchObject({ status: 413 });
  });

  it("returns a body within the limit whole", async () => {
    expect((await readLimitedBody(chunked(5, 1000), 10_000)).byteLength).toBe(5000);
  });

  it("says the limit in the unit it is set in: 64 KB, not 0 MB", async () => {
    const req = new Request("http://localhost/x", { method: "POST", body: "abc", headers: { "content-length": String(70_000) } });
    await expect(readLimitedBody(req, MAX_SMALL_BODY_BYTES)).rejects.toMatchObject({ status: 413, message: expect.stringMatching(/64 KB.*64 KB/) });
    await expect(readLimitedBody(req, MAX_SMALL_BODY_BYTES)).rejects.not.toMatchObject({ message: expect.stringContaining("0 MB") });
    expect([formatBytes(41 * 1024 * 1024), formatBytes(20 * 1024 * 1024), formatBytes(64 * 1024), formatBytes(500)]).toEqual(["41 MB", "20 MB", "64 KB", "500 bytes"]);
  });
});

import { describe, expect, it } from "vitest";
import { readLimitedBody } from "./read-limited-body";

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
});

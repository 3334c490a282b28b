import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { acceptsGzip, gzipOnce } from "./gzip-once";

describe("gzipOnce", () => {
  it("gives the gzip of the body, the same bytes for the same body", () => {
    const body = "key,value\n".repeat(10_000);
    const first = gzipOnce(body);
    expect(gunzipSync(first).toString("utf8")).toBe(body);
    expect(gzipOnce(body)).toBe(first);
    expect(gzipOnce(`${body}x`)).not.toBe(first);
  });

  it("reads Accept-Encoding", () => {
    expect(acceptsGzip(new Request("http://x/", { headers: { "accept-encoding": "gzip, deflate, br" } }))).toBe(true);
    expect(acceptsGzip(new Request("http://x/", { headers: { "accept-encoding": "identity" } }))).toBe(false);
  });
});

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error";
import { contentSecurityPolicy, isHttps } from "./content-security-policy";
import { errorResponse } from "./handle-route";
import { inlineScriptHashes } from "./static-page-hashes";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";

describe("the page Content-Security-Policy", () => {
  it("allows scripts by nonce and hash, never inline or eval in production", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", scriptHashes: ["h1=", "h2="] });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'sha256-h1=' 'sha256-h2='");
    expect(directive(policy, "script-src")).not.toMatch(/unsafe/);
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "img-src")).toBe("img-src 'self' blob: data:");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("upgrades insecure requests only over https, and allows eval only in development", () => {
    expect(contentSecurityPolicy({ https: true })).toContain("upgrade-insecure-requests");
    expect(directive(contentSecurityPolicy({ dev: true }), "script-src")).toContain("'unsafe-eval'");
  });

  it("tells https from the URL or a proxy's X-Forwarded-Proto", () => {
    expect(isHttps(new Request("https://example.org/"))).toBe(true);
    expect(isHttps(new Request("http://localhost/", { headers: { "x-forwarded-proto": "https" } }))).toBe(true);
    expect(isHttps(new Request("http://localhost/", { headers: { "x-forwarded-proto": "http" } }))).toBe(false);
    expect(isHttps(new Request("http://localhost/"))).toBe(false);
  });

  it("hashes exactly the inline scripts of a prerendered page", () => {
    const body = "self.__next_f.push([1,\"x\"])";
    const html = `<script src="/_next/static/a.js" async=""></script><script>${body}</script><script id="_R_"></script><p>x</p>`;
    expect(inlineScriptHashes(html)).toEqual([createHash("sha256").update(body).digest("base64")]);
  });
});

describe("error answers", () => {
  it("a 429 says when to come back in Retry-After", async () => {
    const res = errorResponse(new AppError("too_many_requests", "请求过于频繁。Too many requests.", { retryAfterSeconds: 42 }));
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("42");
    expect(errorResponse(new AppError("not_found", "没有。None.")).headers.get("retry-after")).toBeNull();
  });
});

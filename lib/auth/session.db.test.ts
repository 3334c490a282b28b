import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { DELETE as logOut, POST as logIn } from "@/app/api/session/route";
import { requireWriter } from "./authorize";
import { SESSION_COOKIE, createSessionToken, verifySessionToken } from "./session";

const getPrisma = connectTestDatabase();
const TOKEN = "session-test-token";
const saved = process.env.ADMIN_TOKEN;
const noParams = { params: Promise.resolve({}) };
beforeAll(() => {
  process.env.ADMIN_TOKEN = TOKEN;
});
afterAll(() => {
  process.env.ADMIN_TOKEN = saved;
});

const write = (cookie: string, headers: Record<string, string> = {}) =>
  requireWriter(new Request("http://localhost/api/reports", { method: "POST", headers: { cookie, ...headers } }));

describe("sessions", () => {
  it("sign sessions that stop working when the token changes or the cookie is tampered with", async () => {
    const session = await createSessionToken();
    expect(await verifySessionToken(session)).toBe("admin");
    expect(await verifySessionToken(session.slice(0, -2) + "xx")).toBeNull();
    process.env.ADMIN_TOKEN = "another-token";
    expect(await verifySessionToken(session)).toBeNull();
    process.env.ADMIN_TOKEN = TOKEN;
  });

  it("let a cookie write from the app's own pages only", async () => {
    const cookie = `${SESSION_COOKIE}=${await createSessionToken()}`;
    await expect(write(cookie, { origin: "http://localhost" })).resolves.toBe("admin");
    // the server may see itself as localhost while the browser used 127.0.0.1: the Host header decides
    await expect(write(cookie, { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" })).resolves.toBe("admin");
    await expect(write(cookie, { origin: "https://evil.example" })).rejects.toMatchObject({ status: 403 });
    // no Origin header, but the browser says the post came from another site
    await expect(write(cookie, { "sec-fetch-site": "cross-site" })).rejects.toMatchObject({ status: 403 });
    await expect(write(cookie, { "sec-fetch-site": "same-site" })).rejects.toMatchObject({ status: 403 });
    await expect(write(cookie, { origin: "null" })).rejects.toMatchObject({ status: 403 });
  });

  it("end on the server at logout: a copy of the cookie stops working", async () => {
    const login = await logIn(
      new Request("http://localhost/api/session", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ token: TOKEN }) }),
      noParams,
    );
    expect(login.status).toBe(200);
    const value = /fazhi_session=([^;]+)/.exec(login.headers.get("set-cookie") ?? "")![1];
    const cookie = `${SESSION_COOKIE}=${value}`;
    const copy = cookie;
    await expect(write(cookie)).resolves.toBe("admin");

    const out = await logOut(new Request("http://localhost/api/session", { method: "DELETE", headers: { cookie } }), noParams);
    expect(out.status).toBe(200);
    expect(out.headers.get("set-cookie")).toMatch(/fazhi_session=;/);
    await expect(write(copy)).rejects.toMatchObject({ status: 401 });
    expect(await verifySessionToken(value)).toBeNull();
  });

  it("end at their expiry even while the row is there", async () => {
    const value = await createSessionToken();
    await getPrisma().session.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await verifySessionToken(value)).toBeNull();
  });

  it("logging out without a session, or with a malformed cookie, is harmless", async () => {
    for (const headers of [{}, { cookie: "fazhi_session=%E0%A4%A" }, { cookie: "fazhi_session=forged.jwt.value" }] as Record<string, string>[]) {
      const out = await logOut(new Request("http://localhost/api/session", { method: "DELETE", headers }), noParams);
      expect(out.status).toBe(200);
    }
  });
});

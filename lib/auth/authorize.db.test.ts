import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { PEER_HEADER, peerStamp } from "../http/peer-address";
import { requireWriter } from "./authorize";

// Bearer tokens against the database: a token that is not the admin's may be a reviewer's.
connectTestDatabase();
const TOKEN = "correct-horse-battery";
const saved = process.env.ADMIN_TOKEN;
beforeAll(() => {
  process.env.ADMIN_TOKEN = TOKEN;
});
afterAll(() => {
  process.env.ADMIN_TOKEN = saved;
});

describe("admin token", () => {
  it("lets a Bearer token in and refuses a wrong one, a forged cookie, a malformed cookie and nothing (401)", async () => {
    const post = (headers: Record<string, string>) => requireWriter(new Request("http://localhost/api/reports", { method: "POST", headers }));
    await expect(post({ authorization: `Bearer ${TOKEN}` })).resolves.toBe("admin");
    await expect(post({ authorization: "Bearer nope" })).rejects.toMatchObject({ status: 401 });
    await expect(post({ cookie: "fazhi_session=forged.jwt.value" })).rejects.toMatchObject({ status: 401 });
    await expect(post({ cookie: "fazhi_session=%E0%A4%A" })).rejects.toMatchObject({ status: 401 });
    await expect(post({})).rejects.toMatchObject({ status: 401 });
  });

});

describe("wrong Bearer tokens are counted per client address", () => {
  beforeEach(() => {
    process.env.ADMIN_TOKEN = TOKEN;
  });
  const from = (address: string | null, token: string) =>
    requireWriter(
      new Request("http://localhost/api/reports", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, ...(address ? { [PEER_HEADER]: peerStamp(address) } : {}), "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 250)}` },
      }),
    );
  const statusOf = (p: Promise<unknown>) => p.then(() => 200, (e: { status: number }) => e.status);

  it("a guessing address gets 429 after 10 wrong tokens, the right token included; another address is let in", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 300; i++) statuses.push(await statusOf(from("192.0.2.10", `guess-${i}`)));
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(new Set(statuses.slice(10))).toEqual(new Set([429]));
    expect(await statusOf(from("192.0.2.10", TOKEN))).toBe(429);
    expect(await statusOf(from("192.0.2.11", TOKEN))).toBe(200);
  });

  it("when the address cannot be told, wrong tokens share one budget but never stop the right token", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push(await statusOf(from(null, `guess-${i}`)));
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(20);
    expect(await statusOf(from(null, TOKEN))).toBe(200);
  });
});

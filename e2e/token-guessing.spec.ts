import { expect, test } from "./support/test";
import { E2E_ADMIN_TOKEN } from "../playwright.config";
import { client } from "./support/from-address";

// Wrong admin tokens, by Bearer header or login form, are counted per client address as the
// server sees the connection (no proxy is configured here, so X-Forwarded-For is the client's
// own invention and counts for nothing). A guessing address is held up; nobody else is.
const bearer = { authorization: `Bearer ${E2E_ADMIN_TOKEN}` };

async function aReport(baseURL: string) {
  const { reports } = (await client(baseURL).send("GET", "/api/reports")).json() as { reports: { id: number; year: number }[] };
  return reports[0];
}

test("300 wrong Bearer tokens from one address get 429s; the right token from another address still writes", async ({ baseURL, request }) => {
  test.setTimeout(120_000);
  const report = await aReport(baseURL!);
  const guesser = client(baseURL!);
  const statuses: number[] = [];
  for (let i = 0; i < 300; i++) {
    const res = await guesser.send("PATCH", `/api/reports/${report.id}`, { headers: { authorization: `Bearer guess-${i}` }, body: { year: report.year } });
    statuses.push(res.status);
  }
  expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
  expect(statuses.filter((s) => s === 429).length).toBe(290);
  const last = await guesser.send("PATCH", `/api/reports/${report.id}`, { headers: { authorization: "Bearer one-more" }, body: { year: report.year } });
  expect(Number(last.headers["retry-after"])).toBeGreaterThan(0);
  expect(last.json().error?.message).toMatch(/请求过于频繁.*Too many requests/);
  // the guesser is held up even with the right token
  expect((await guesser.send("PATCH", `/api/reports/${report.id}`, { headers: bearer, body: { year: report.year } })).status).toBe(429);

  const admin = client(baseURL!);
  expect((await admin.send("PATCH", `/api/reports/${report.id}`, { headers: bearer, body: { year: report.year } })).status).toBe(200);
  expect((await request.patch(`/api/reports/${report.id}`, { headers: bearer, data: { year: report.year } })).status()).toBe(200);
});

test("100 failed logins with forged X-Forwarded-For do not lock out the right token from another address", async ({ baseURL }) => {
  const report = await aReport(baseURL!);
  const guesser = client(baseURL!);
  const statuses: number[] = [];
  for (let i = 0; i < 100; i++) {
    const forged = { "x-forwarded-for": `203.0.${Math.floor(i / 250)}.${i % 250}`, "x-real-ip": `198.51.100.${i % 250}` };
    statuses.push((await guesser.send("POST", "/api/session", { headers: forged, body: { token: `guess-${i}` } })).status);
  }
  // one client, however many addresses it claims
  expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
  expect(new Set(statuses.slice(10))).toEqual(new Set([429]));

  const admin = client(baseURL!);
  const login = await admin.send("POST", "/api/session", { headers: { "x-forwarded-for": "203.0.0.1" }, body: { token: E2E_ADMIN_TOKEN } });
  expect(login.status).toBe(200);
  const cookie = String(login.headers["set-cookie"]).match(/fazhi_session=[^;]+/)![0];
  const viaCookie = await admin.send("PATCH", `/api/reports/${report.id}`, { headers: { cookie, origin: baseURL! }, body: { year: report.year } });
  expect(viaCookie.status).toBe(200);
  expect((await admin.send("PATCH", `/api/reports/${report.id}`, { headers: bearer, body: { year: report.year } })).status).toBe(200);
  expect((await admin.send("DELETE", "/api/session", { headers: { cookie } })).status).toBe(200);
});

import { request as playwrightRequest, type APIRequestContext, type APIResponse } from "@playwright/test";
import { expect, test } from "./support/test";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { E2E_ADMIN_TOKEN } from "../playwright.config";
import { client } from "./support/from-address";

// Access control and hostile requests through the real server (`next start`).
const root = path.resolve(__dirname, "..");
const bearer = { authorization: `Bearer ${E2E_ADMIN_TOKEN}` };
const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;

/** Every API route and the methods its route.ts exports, read from the app/api tree. */
function apiRoutes(): { path: string; methods: string[] }[] {
  const found: { path: string; methods: string[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^route\.(ts|js)$/.test(entry.name)) {
        const source = readFileSync(full, "utf8");
        const methods = [...source.matchAll(/export\s+(?:const|(?:async\s+)?function)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g)].map((m) => m[1]);
        found.push({ path: "/" + path.relative(path.join(root, "app"), dir).split(path.sep).join("/"), methods });
      }
    }
  };
  walk(path.join(root, "app", "api"));
  return found;
}

// Writes that need no credentials, and why: logging in is how credentials are obtained; logging
// out only expires the caller's own cookie.
// logging in and out; outlining a downloaded chart's labels writes nothing and is for every visitor
// (it refuses other sites' pages: tested below)
const OPEN_WRITES = new Set(["POST /api/session", "DELETE /api/session", "POST /api/charts/outline"]);

/** A write route with its dynamic segments filled with ids that exist, so a refusal is not a 404. */
async function writeRoutes(request: APIRequestContext) {
  // a report with figures (the first-start import holds documents without any)
  const { reports } = await (await request.get("/api/reports?pageSize=500")).json();
  const report = reports.find((r: { valueCount: number }) => r.valueCount > 0);
  const full = (await (await request.get(`/api/reports/${report.id}`)).json()).report;
  const ids: Record<string, number> = { reports: report.id, values: full.values[0].id };
  return apiRoutes().flatMap((r) =>
    r.methods
      .filter((m) => (WRITE_METHODS as readonly string[]).includes(m) && !OPEN_WRITES.has(`${m} ${r.path}`))
      .map((method) => ({ method, path: r.path.replace(/\/(\w+)\/\[id\]/, (_, noun: string) => `/${noun}/${ids[noun]}`) })),
  );
}

const send = (request: APIRequestContext, method: string, url: string, headers: Record<string, string>) =>
  request.fetch(url, { method, headers: { "content-type": "application/json", ...headers }, data: method === "DELETE" ? undefined : { year: 2001, value: 1, text: "x" } });

/** What no answer may contain: a stack trace, a source path, a secret of the server. */
async function expectNothingLeaks(res: APIResponse) {
  expectNothingLeaksIn(await res.text(), JSON.stringify(res.headers()));
}

function expectNothingLeaksIn(body: string, headers: string) {
  for (const text of [body, headers]) {
    expect(text).not.toContain(E2E_ADMIN_TOKEN);
    expect(text).not.toMatch(/postgres(ql)?:\/\//i);
    expect(text).not.toMatch(/\n\s+at [\w.<>]+ \(|node_modules|\/work\/|webpack|turbopack:/i);
  }
  if (process.env.DATABASE_URL) expect(body).not.toContain(process.env.DATABASE_URL);
}

test("the app/api tree is read: routes and their write methods are found", () => {
  const routes = apiRoutes();
  expect(routes.map((r) => r.path)).toEqual(expect.arrayContaining(["/api/reports", "/api/reports/[id]", "/api/values/[id]", "/api/session"]));
  expect(routes.find((r) => r.path === "/api/reports")?.methods).toEqual(expect.arrayContaining(["GET", "POST"]));
});

test("every write route refuses without credentials and with a wrong token (401), and writes nothing", async ({ request, baseURL }) => {
  const routes = await writeRoutes(request);
  expect(routes.length).toBeGreaterThanOrEqual(5);
  const before = await (await request.get("/api/values?format=csv")).text();
  for (const { method, path: url } of routes) {
    // wrong tokens count against the sender's address: each route's are sent from an address of their own
    const guesser = client(baseURL!);
    for (const headers of [{}, { authorization: "Bearer not-the-token" }, { authorization: `Bearer ${E2E_ADMIN_TOKEN}x` }, { cookie: "fazhi_session=forged.jwt.value" }] as Record<string, string>[]) {
      const res = await guesser.send(method, url, { headers, body: method === "DELETE" ? undefined : { year: 2001, value: 1, text: "x" } });
      expect(res.status, `${method} ${url} ${JSON.stringify(headers)}`).toBe(401);
      expect(res.json().error?.code).toBe("unauthorized");
      expectNothingLeaksIn(res.text, JSON.stringify(res.headers));
    }
  }
  expect(await (await request.get("/api/values?format=csv")).text()).toBe(before);
});

test("a logged-in browser's cookie does not work from another site (403)", async ({ baseURL }) => {
  const browser = await playwrightRequest.newContext({ baseURL });
  expect((await browser.post("/api/session", { data: { token: E2E_ADMIN_TOKEN } })).status()).toBe(200);
  const routes = await writeRoutes(browser);
  for (const { method, path: url } of routes) {
    for (const headers of [{ origin: "https://evil.example" }, { origin: "null" }, { "sec-fetch-site": "cross-site" }] as Record<string, string>[]) {
      const res = await send(browser, method, url, headers);
      expect(res.status(), `${method} ${url} ${JSON.stringify(headers)}`).toBe(403);
      await expectNothingLeaks(res);
    }
  }
  // the same cookie from the app's own origin is let in (a correction to the year it has: nothing changes)
  const report = (await (await browser.get("/api/reports")).json()).reports[0];
  const same = await browser.patch(`/api/reports/${report.id}`, { data: { year: report.year }, headers: { origin: baseURL! } });
  expect(same.status()).toBe(200);
  await browser.dispose();
});

test("outlining a chart's labels is open to visitors, but not to another site's pages (403)", async ({ request }) => {
  const data = { items: [{ text: "庐阳区 2023", size: 12 }] };
  expect((await request.post("/api/charts/outline", { data })).status()).toBe(200);
  for (const headers of [{ origin: "https://evil.example" }, { "sec-fetch-site": "cross-site" }] as Record<string, string>[]) {
    const res = await request.post("/api/charts/outline", { data, headers });
    expect(res.status(), JSON.stringify(headers)).toBe(403);
  }
});

test("the session cookie is httpOnly and SameSite=Lax, and Secure when the request came over https", async ({ request }) => {
  const plain = await request.post("/api/session", { data: { token: E2E_ADMIN_TOKEN } });
  const cookie = plain.headersArray().find((h) => h.name.toLowerCase() === "set-cookie")!.value;
  expect(cookie).toMatch(/^fazhi_session=/);
  expect(cookie).toMatch(/;\s*HttpOnly/i);
  expect(cookie).toMatch(/;\s*SameSite=Lax/i);
  expect(cookie).not.toMatch(/;\s*Secure/i);

  const tls = await request.post("/api/session", { data: { token: E2E_ADMIN_TOKEN }, headers: { "x-forwarded-proto": "https" } });
  const secure = tls.headersArray().find((h) => h.name.toLowerCase() === "set-cookie")!.value;
  expect(secure).toMatch(/;\s*Secure/i);
  expect(secure).toMatch(/;\s*HttpOnly/i);
  await request.delete("/api/session");
});

test("logout ends the session on the server: a copy of the cookie stops working", async ({ baseURL }) => {
  const browser = await playwrightRequest.newContext({ baseURL });
  expect((await browser.post("/api/session", { data: { token: E2E_ADMIN_TOKEN } })).status()).toBe(200);
  const cookie = (await browser.storageState()).cookies.find((c) => c.name === "fazhi_session")!;
  const copied = { cookie: `fazhi_session=${cookie.value}`, origin: baseURL! };
  const report = (await (await browser.get("/api/reports")).json()).reports[0];
  // another client holding a copy of the cookie
  const other = await playwrightRequest.newContext({ baseURL });
  const correct = (headers: Record<string, string>) => other.patch(`/api/reports/${report.id}`, { data: { year: report.year }, headers });

  expect((await correct(copied)).status()).toBe(200);
  expect((await browser.delete("/api/session")).status()).toBe(200);
  const after = await correct(copied);
  expect(after.status()).toBe(401);
  expect((await after.json()).error.code).toBe("unauthorized");
  const page = await (await other.get("/upload", { headers: { cookie: copied.cookie } })).text();
  expect(page).toMatch(/管理令牌/);
  expect(page).not.toContain('data-testid="file-input"');
  await other.dispose();
  await browser.dispose();
});

test("login is rate-limited per client: 429 with Retry-After, and the right token is still refused while limited", async ({ baseURL }) => {
  const guesser = client(baseURL!);
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) statuses.push((await guesser.send("POST", "/api/session", { body: { token: `guess-${i}` } })).status);
  expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
  expect(statuses.slice(10)).toEqual([429, 429]);
  const limited = await guesser.send("POST", "/api/session", { body: { token: E2E_ADMIN_TOKEN } });
  expect(limited.status).toBe(429);
  expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
  expect(Number(limited.headers["retry-after"])).toBeLessThanOrEqual(60);
  expect(limited.json().error?.message).toMatch(/秒.*try again/);
});

test("uploads are rate-limited per client: 429 with Retry-After", async ({ baseURL }) => {
  const uploader = client(baseURL!);
  let status = 0;
  let sent = 0;
  // UPLOAD_RATE_PER_MINUTE defaults to 120; empty JSON bodies are refused (400) after counting
  while (sent < 200) {
    const res = await uploader.send("POST", "/api/reports", { headers: bearer, body: {} });
    sent++;
    status = res.status;
    if (status === 429) {
      expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
      break;
    }
    expect(status).toBe(400);
  }
  expect(status).toBe(429);
  expect(sent).toBe(121);
});

/** A raw request that declares `declared` bytes but sends only `send`, then waits for the answer. */
function declareHuge(url: URL, headers: Record<string, string>, declared: number, send: number) {
  return new Promise<{ status: number; body: string; ms: number }>((resolve, reject) => {
    const started = Date.now();
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: { ...headers, "content-length": String(declared) } });
    req.on("response", (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, body, ms: Date.now() - started });
        req.destroy();
      });
    });
    req.on("error", reject);
    req.write(Buffer.alloc(send, 0x61));
    setTimeout(() => reject(new Error("no answer within 15 s: the server waited for the body")), 15_000);
  });
}

test("a declared 1 GB body is refused before it is read: 413 with a token, 401 without", async ({ baseURL, request }) => {
  const url = new URL("/api/reports", baseURL);
  const multipart = { "content-type": "multipart/form-data; boundary=x" };
  const withToken = await declareHuge(url, { ...multipart, ...bearer }, 1024 ** 3, 1024);
  expect(withToken.status).toBe(413);
  expect(JSON.parse(withToken.body).error.message).toMatch(/MB/);
  const anonymous = await declareHuge(url, multipart, 1024 ** 3, 1024);
  expect(anonymous.status).toBe(401);
  const login = await declareHuge(new URL("/api/session", baseURL), { "content-type": "application/json" }, 1024 ** 3, 16);
  expect(login.status).toBe(413);
  // the server is still answering
  expect((await request.get("/api/indicators")).status()).toBe(200);
});

test("an upload of more than 10 MB reaches the reader whole (the proxy does not cut API bodies)", async ({ request }) => {
  const res = await request.post("/api/reports", {
    headers: bearer,
    multipart: { files: { name: "zeros.txt", mimeType: "text/plain", buffer: Buffer.alloc(12 * 1024 * 1024) } },
  });
  // binary content, recognised as such (not a form that could not be parsed)
  expect(res.status()).toBe(415);
});

test("file names with path separators and control characters are stored sanitised, and no file is written by name", async ({ request }) => {
  const marker = `fazhi-sec-${Date.now().toString(36)}`;
  const text = `平凉市崆峒区人民政府关于2019年度法治政府建设情况的报告\n2019年，全区共收到行政复议申请31件，依法受理30件。\n${marker}`;
  const names = [`../../../../../../tmp/${marker}.txt`, `..\\..\\${marker}\u0000\u0007\u001b[31m.txt`];
  const ids: number[] = [];
  for (const [i, fileName] of names.entries()) {
    const res = await request.post("/api/reports", { headers: bearer, data: { text: `${text}\n${i}`, fileName } });
    expect(res.status()).toBe(201);
    const result = (await res.json()).results[0];
    expect(result.fileName).not.toMatch(/[\\/\u0000-\u001f\u007f]/);
    expect(result.fileName).toContain(marker);
    const stored = (await (await request.get(`/api/reports/${result.id}`)).json()).report;
    expect(stored.fileName).toBe(result.fileName);
    ids.push(result.id);
  }
  const multipart = await request.post("/api/reports", {
    headers: bearer,
    multipart: { files: { name: `../${marker}\r\n.txt`, mimeType: "text/plain", buffer: Buffer.from(`${text}\n2`) } },
  });
  expect(multipart.status()).toBe(201);
  const fromForm = (await multipart.json()).results[0];
  expect(fromForm.fileName).not.toMatch(/[\\/\u0000-\u001f]/);
  ids.push(fromForm.id);

  expect(existsSync(path.join(tmpdir(), `${marker}.txt`))).toBe(false);
  expect(existsSync(path.join("/tmp", `${marker}.txt`))).toBe(false);
  const written = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.name === "node_modules" || e.name === ".git" ? [] : e.isDirectory() ? written(path.join(dir, e.name)) : e.name.includes(marker) ? [e.name] : [],
    );
  expect(written(root)).toEqual([]);
  for (const id of ids) expect((await request.delete(`/api/reports/${id}`, { headers: bearer })).status()).toBe(204);
});

test("hostile files through the server: each a clear 4xx, nothing stored, the server keeps answering", async ({ request }) => {
  const fixtures = path.join(root, "lib/documents/__fixtures__");
  const fixture = (name: string) => readFileSync(path.join(fixtures, name));
  // the number stored, not one page's length: the first start alone stores more than a page of 500
  const stored = async () => (await (await request.get("/api/reports?pageSize=1")).json()).total as number;
  const before = await stored();
  const cases: [string, Buffer, number][] = [
    ["random.bin", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 17) % 256)), 415],
    ["truncated.docx", fixture("truncated.docx"), 422],
    ["truncated.pdf", fixture("truncated.pdf"), 422],
    ["bomb.docx", fixture("bomb.docx"), 422],
    ["bomb-lying-size.docx", fixture("bomb-lying-size.docx"), 422],
    ["deep.html", Buffer.from(`<html><body>${"<div>".repeat(100_000)}</body></html>`), 422],
    ["invalid-utf8.txt", Buffer.from(Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? 0xc3 : 0x28))), 415],
  ];
  for (const [name, buffer, status] of cases) {
    const res = await request.post("/api/reports", { headers: bearer, multipart: { files: { name, mimeType: "application/octet-stream", buffer } } });
    expect(res.status(), name).toBe(status);
    const { results } = await res.json();
    expect(results[0].error.message, name).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/s);
    await expectNothingLeaks(res);
  }
  expect(await stored()).toBe(before);
});

test("malformed requests get a 4xx without a stack trace or secret", async ({ request }) => {
  // [what, request, expected status (or null: any answer but a 5xx)]
  const probes: [string, () => Promise<APIResponse>, number | null][] = [
    ["bad JSON", () => request.post("/api/reports", { headers: { ...bearer, "content-type": "application/json" }, data: "{not json" }), 400],
    // an id that cannot name a row names no report: 404, as the report page answers
    ["bad id", () => request.get("/api/reports/abc"), 404],
    ["huge id", () => request.get(`/api/reports/${"9".repeat(400)}`), 404],
    ["bad query", () => request.get("/api/values?year=<script>&key=../../etc"), 400],
    ["bad percent-encoding", () => request.get("/api/jurisdictions?q=%E0%A4%A"), null],
    ["unknown content type", () => request.post("/api/reports", { headers: { ...bearer, "content-type": "text/xml" }, data: "<a/>" }), 415],
    ["PATCH with a string value", () => request.patch("/api/values/1", { headers: bearer, data: { value: "1; DROP TABLE" } }), 400],
    ["login as text", () => request.post("/api/session", { headers: { "content-type": "text/plain" }, data: "token=x" }), 400],
  ];
  for (const [what, probe, status] of probes) {
    const res = await probe();
    if (status === null) expect(res.status(), what).toBeLessThan(500);
    else expect(res.status(), what).toBe(status);
    await expectNothingLeaks(res);
  }
});

test("security headers on pages and API answers; HSTS only behind https", async ({ request }) => {
  for (const url of ["/", "/indicators", "/upload", "/api/indicators", "/api/reports", "/no-such-page"]) {
    const res = await request.get(url);
    const h = res.headers();
    expect(h["x-content-type-options"], url).toBe("nosniff");
    expect(h["x-frame-options"], url).toBe("DENY");
    expect(h["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"], url).toContain("camera=()");
    expect(h["content-security-policy"], url).toContain("frame-ancestors 'none'");
    expect(h["strict-transport-security"], url).toBeUndefined();
    expect(h["x-powered-by"], url).toBeUndefined();
    const script = h["content-security-policy"].split("; ").find((d) => d.startsWith("script-src")) ?? "";
    expect(script, url).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  }
  expect((await request.get("/api/indicators")).headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  // a page rendered per request has a fresh nonce each time; a prerendered one its scripts' hashes
  const nonce = async () => (await request.get("/compare")).headers()["content-security-policy"].match(/'nonce-([^']+)'/)?.[1];
  const [a, b] = [await nonce(), await nonce()];
  expect(a).toBeTruthy();
  expect(a).not.toBe(b);
  expect((await request.get("/indicators")).headers()["content-security-policy"]).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);

  const tls = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
  expect(tls.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
  expect(tls.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
});

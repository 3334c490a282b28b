import http from "node:http";
import { expect, test } from "./support/test";
import { E2E_ADMIN_TOKEN } from "../playwright.config";

// A large upload is read and extracted in a worker thread: while it is, the server goes on
// answering everyone else. (Extraction on the request thread once held every other request for
// as long as it took: 5.7 s for a 16 MB text.)

/** ~16 MB of figures in report wording: slow to extract (seconds), well under the 20 MB limit */
function largeReport(): string {
  const parts = ["平凉市崆峒区人民政府关于2019年度法治政府建设情况的报告\n"];
  let bytes = 0;
  for (let i = 0; bytes < 16 * 1024 * 1024; i++) {
    const sentence = `全区人民调解组织共调解矛盾纠纷${(i % 9000) + 100}件，调解成功${(i % 8000) + 50}件，调解成功率${i % 100}%。\n`;
    parts.push(sentence);
    bytes += Buffer.byteLength(sentence);
  }
  return parts.join("");
}

/** Posts the body; `sent` resolves once all of it has left, `answer` with the response. */
function postLarge(url: URL, body: Buffer) {
  let markSent = () => {};
  const sent = new Promise<void>((resolve) => (markSent = resolve));
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: { "content-type": "application/json", "content-length": String(body.length), authorization: `Bearer ${E2E_ADMIN_TOKEN}` } },
      (res) => {
        let text = "";
        res.on("data", (c) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on("error", reject);
    req.end(body, markSent);
  });
  return { sent, answer };
}

async function timeGet(url: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  expect(res.status).toBe(200);
  return performance.now() - started;
}

test("an unrelated GET answers promptly while a 16 MB upload is being extracted", async ({ baseURL, request }) => {
  test.setTimeout(180_000);
  const probe = new URL("/api/indicators", baseURL).href;
  const body = Buffer.from(JSON.stringify({ text: largeReport(), fileName: "large.txt" }));

  // what an answer takes on this machine right now
  const baseline: number[] = [];
  for (let i = 0; i < 20; i++) baseline.push(await timeGet(probe));
  const limit = Math.max(2000, 10 * Math.max(...baseline));

  const upload = postLarge(new URL("/api/reports", baseURL), body);
  let done = false;
  const answered = upload.answer.finally(() => (done = true));
  await upload.sent;
  const during: number[] = [];
  while (!done) during.push(await timeGet(probe));
  const result = await answered;

  expect([201, 200]).toContain(result.status);
  // the upload was still being worked on while the server answered several other requests
  expect(during.length).toBeGreaterThanOrEqual(5);
  expect(Math.max(...during), `baseline max ${Math.round(Math.max(...baseline))} ms; during the upload ${during.map(Math.round).join(", ")} ms`).toBeLessThan(limit);

  const id = JSON.parse(result.body).results[0].id;
  expect((await request.delete(`/api/reports/${id}`, { headers: { authorization: `Bearer ${E2E_ADMIN_TOKEN}` } })).status()).toBe(204);
});

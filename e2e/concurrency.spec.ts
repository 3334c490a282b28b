import { expect, test } from "./support/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { E2E_ADMIN_TOKEN } from "../playwright.config";

// The embedded database serves every connection in one session; concurrent requests through the
// real server must all be answered (a pool of several connections once broke reads here).
test("concurrent page views, API reads and an upload all succeed", async ({ request }) => {
  const list = await (await request.get("/api/reports")).json();
  const ids: number[] = list.reports.map((r: { id: number }) => r.id);
  expect(ids.length).toBeGreaterThan(0);
  const html = readFileSync(path.resolve(__dirname, "../lib/documents/__fixtures__/report-utf8.html"));
  const calls = [
    ...ids.flatMap((id) => [request.get(`/api/reports/${id}`), request.get(`/reports/${id}`)]),
    ...Array.from({ length: 10 }, () => request.get("/")),
    request.post("/api/reports", {
      headers: { authorization: `Bearer ${E2E_ADMIN_TOKEN}` },
      multipart: { files: { name: "page.html", mimeType: "text/html", buffer: html } },
    }),
    request.get("/api/values?format=csv"),
  ];
  const responses = await Promise.all(calls);
  expect(responses.map((r) => r.status()).filter((s) => s >= 400)).toEqual([]);
  // the report it stored goes again, so a later spec storing the same page stores it anew
  const upload = responses[calls.length - 2];
  if (upload.status() === 201) {
    const [stored] = (await upload.json()).results;
    expect((await request.delete(`/api/reports/${stored.id}`, { headers: { authorization: `Bearer ${E2E_ADMIN_TOKEN}` } })).status()).toBe(204);
  }
});

import { type APIRequestContext, type APIResponse } from "@playwright/test";
import { expect, test } from "./support/test";
import { createHash } from "node:crypto";
import { E2E_ADMIN_TOKEN } from "../playwright.config";
import { reportTexts } from "./support/report-texts";

// 50 uploads at once through the real server: the same report several times, two new editions of
// one jurisdiction-year, bad input among them. Afterwards exactly the expected reports exist, each
// with all its values, one current edition per jurisdiction-year-kind, no text stored twice, and
// every response is accounted for. Then two people edit one value at once. `npm run soak` repeats
// it (SOAK=1). The spec removes what it added, so later specs see the database as it was.

const SOAK = process.env.SOAK === "1";
const ROUNDS = SOAK ? 8 : 1;
const UPLOADS = 50;
const auth = { authorization: `Bearer ${E2E_ADMIN_TOKEN}` };

const bases = reportTexts;

/** letters only: a figure in the marker could be read as an indicator value */
function marker(): string {
  return Array.from({ length: 12 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
}
/** a distinct edition of a real report: the same text with a paragraph of its own at the end */
const edition = (text: string, tag: string) => `${text.trimEnd()}\n\n(附注:本文为并发测试副本,标记 ${tag}。Note: load-test copy ${tag}.)\n`;

interface Planned {
  /** the text, or null for input that must be refused */
  text: string;
  expect: "stored" | 400 | 422;
  asFile: boolean;
}

function plan(tag: string): { requests: Planned[]; distinct: string[] } {
  const distinct = bases.map((b) => edition(b.text, `${tag}a`));
  // two further editions of the first two jurisdiction-years (already seeded from data/samples)
  distinct.push(edition(bases[0].text, `${tag}b`), edition(bases[1].text, `${tag}b`));
  const requests: Planned[] = distinct.map((text, i) => ({ text, expect: "stored", asFile: i % 2 === 0 }));
  requests.push({ text: "", expect: 400, asFile: false });
  requests.push({ text: `一段没有地名也没有年份的文字 ${tag}。`, expect: 422, asFile: true });
  for (let i = 0; requests.length < UPLOADS; i++) {
    requests.push({ text: distinct[i % distinct.length], expect: "stored", asFile: i % 3 === 0 });
  }
  // a fixed shuffle, so duplicates of one text are spread over the batch
  const shuffled = requests.map((r, i) => ({ r, k: (i * 7919) % 101 })).sort((a, b) => a.k - b.k).map((x) => x.r);
  return { requests: shuffled, distinct };
}

function upload(request: APIRequestContext, p: Planned, i: number): Promise<APIResponse> {
  if (p.asFile) {
    return request.post("/api/reports", {
      headers: auth,
      multipart: { files: { name: `load-${i}.txt`, mimeType: "text/plain", buffer: Buffer.from(p.text, "utf8") } },
    });
  }
  return request.post("/api/reports", { headers: auth, data: { text: p.text, fileName: `load-${i}.txt` } });
}

interface ListedReport {
  id: number;
  year: number;
  kind: string;
  isCurrent: boolean;
  byDepartment: boolean;
  valueCount: number;
  jurisdiction: { code: string };
}
// every report, page by page (the first start's real documents alone are more than one page of 500)
async function allReports(request: APIRequestContext): Promise<ListedReport[]> {
  const reports: ListedReport[] = [];
  for (let page = 1; ; page++) {
    const res = await request.get(`/api/reports?pageSize=500&page=${page}`);
    expect(res.status()).toBe(200);
    const body = await res.json();
    reports.push(...body.reports);
    if (body.reports.length === 0 || reports.length >= body.total) return reports;
  }
}
function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
const sha = (s: string) => createHash("sha256").update(s).digest("hex");

test.describe.configure({ mode: "serial" });

test("50 concurrent uploads with duplicates and new editions store exactly the right reports", async ({ request }) => {
  test.setTimeout(ROUNDS * 240_000);
  for (let round = 0; round < ROUNDS; round++) {
    const before = await allReports(request);
    const tag = marker();
    const { requests, distinct } = plan(tag);

    const responses = await Promise.all(requests.map((p, i) => upload(request, p, i)));
    const outcomes = await Promise.all(responses.map(async (r) => ({ status: r.status(), body: await r.json() })));

    // every response accounted for: stored ones 201 (new) or 200 (already there), refusals 400/422 with a message
    const idsByText = new Map<string, Set<number>>();
    const createdByText = new Map<string, number>();
    const indicatorsById = new Map<number, number>();
    outcomes.forEach(({ status, body }, i) => {
      const p = requests[i];
      if (p.expect !== "stored") {
        expect(status, `request ${i}`).toBe(p.expect);
        expect(body.error?.message ?? body.results?.[0]?.error?.message).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/);
        return;
      }
      const [result] = body.results;
      expect(result.ok, `request ${i}: ${JSON.stringify(body).slice(0, 300)}`).toBe(true);
      expect(status).toBe(result.created ? 201 : 200);
      idsByText.set(p.text, (idsByText.get(p.text) ?? new Set()).add(result.id));
      if (result.created) createdByText.set(p.text, (createdByText.get(p.text) ?? 0) + 1);
      indicatorsById.set(result.id, result.indicators.length);
    });
    // each distinct text: one report, created by exactly one of the uploads that sent it
    for (const text of distinct) {
      expect(idsByText.get(text)?.size).toBe(1);
      expect(createdByText.get(text)).toBe(1);
    }
    const ours = [...idsByText.values()].map((s) => [...s][0]);
    expect(new Set(ours).size).toBe(distinct.length);

    const after = await allReports(request);
    expect(after.length - before.length).toBe(distinct.length);
    const listed = new Map(after.map((r) => [r.id, r]));
    for (const id of ours) {
      // all of a report's values are there: as many as extraction gave in the upload's answer
      expect(listed.get(id)?.valueCount, `report ${id}`).toBe(indicatorsById.get(id));
    }

    // no text stored twice, across every report in the database
    type Detail = { text: string; year: number; jurisdiction: { code: string }; values: { key: string; scope: string }[] };
    const details = await Promise.all(after.map(async (r) => (await (await request.get(`/api/reports/${r.id}`)).json()).report as Detail));
    expect(new Set(details.map((d) => sha(d.text))).size).toBe(after.length);

    // one current edition per jurisdiction-year-kind, and it is the newest government report (a
    // department's own report only where there is none: the real documents hold a few)
    const groups = groupBy(after, (r) => `${r.jurisdiction.code}/${r.year}/${r.kind}`);
    for (const [group, editions] of groups) {
      const current = editions.filter((r) => r.isCurrent);
      const governments = editions.filter((r) => !r.byDepartment);
      expect(current.map((r) => r.id), group).toEqual([Math.max(...(governments.length ? governments : editions).map((r) => r.id))]);
    }

    // the values served are those of the current editions, one per place, year, key and scope: where two
    // current reports of different kinds state the same figure (a county's 法治政府建设 report and its 政府信息公开
    // report, both of 2023), one speaks for the place-year
    const values: { reportId: number; jurisdictionCode: string; year: number; key: string; scope: string }[] = (
      await (await request.get("/api/values?limit=100000")).json()
    ).values;
    const perReport = groupBy(values, (v) => v.reportId);
    for (const [reportId, rows] of perReport) {
      expect(listed.get(reportId)?.isCurrent, `value of report ${reportId}`).toBe(true);
      expect(rows.length).toBeLessThanOrEqual(listed.get(reportId)?.valueCount ?? 0);
    }
    const slot = (code: string, year: number, key: string, scope: string) => `${code}/${year}/${key}/${scope}`;
    const currentSlots = new Set(
      after.flatMap((r, i) => (r.isCurrent ? details[i].values.map((v) => slot(details[i].jurisdiction.code, details[i].year, v.key, v.scope)) : [])),
    );
    expect(new Set(values.map((v) => slot(v.jurisdictionCode, v.year, v.key, v.scope))).size).toBe(values.length);
    expect(values.length).toBe(currentSlots.size);

    await concurrentEdits(request, ours, indicatorsById);

    // leave the database as it was: delete ours; the seeded edition becomes current again
    for (const id of ours.sort((a, b) => b - a)) expect((await request.delete(`/api/reports/${id}`, { headers: auth })).status()).toBe(204);
    const restored = await allReports(request);
    expect(restored.map((r) => [r.id, r.isCurrent])).toEqual(before.map((r) => [r.id, r.isCurrent]));
  }
});

type ValueView = { id: number; value: number; previousValue: number | null };

async function concurrentEdits(request: APIRequestContext, reportIds: number[], indicatorsById: Map<number, number>) {
  const withValues = reportIds.filter((id) => (indicatorsById.get(id) ?? 0) >= 4);
  const report = (await (await request.get(`/api/reports/${withValues[0]}`)).json()).report;
  // counts: a rate near 100 plus 20 would be refused as outside 0–100 %, not raced
  const ids: number[] = report.values.filter((v: { unit: string }) => v.unit !== "%").map((v: { id: number }) => v.id);
  const valueOf = async (id: number) => {
    const r = (await (await request.get(`/api/reports/${withValues[0]}`)).json()).report;
    return r.values.find((v: { id: number }) => v.id === id).value as number;
  };
  const patch = (id: number, data: object) => request.patch(`/api/values/${id}`, { headers: auth, data });
  const pairs = SOAK ? ids.length : 2;

  for (let k = 0; k < pairs; k++) {
    // both saw the same value: one wins, the other is told someone else changed it
    const id = ids[k % ids.length];
    const original = await valueOf(id);
    const [a, b] = await Promise.all([patch(id, { value: original + 1, expectedValue: original }), patch(id, { value: original + 2, expectedValue: original })]);
    expect([a.status(), b.status()].sort()).toEqual([200, 409]);
    const [winner, loser] = a.status() === 200 ? [a, b] : [b, a];
    const won: ValueView = (await winner.json()).value;
    expect(won.previousValue).toBe(original);
    expect((await loser.json()).error.message).toMatch(/他人修改.*Someone else/);
    expect(await valueOf(id)).toBe(won.value);
  }

  // without the check, the later edit wins and its history names the earlier one: never a mix
  const id = ids[ids.length - 1];
  const original = await valueOf(id);
  const [a, b] = await Promise.all([patch(id, { value: original + 10 }), patch(id, { value: original + 20 })]);
  expect([a.status(), b.status()]).toEqual([200, 200]);
  const edits: ValueView[] = [(await a.json()).value, (await b.json()).value];
  const first = edits.find((e) => e.previousValue === original);
  const later = edits.find((e) => e !== first);
  expect(first).toBeDefined();
  expect(later?.previousValue).toBe(first?.value);
  expect(await valueOf(id)).toBe(later?.value);
}

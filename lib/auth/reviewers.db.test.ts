import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { PATCH as correct } from "@/app/api/reports/[id]/route";
import { POST as logIn } from "@/app/api/session/route";
import { getReport } from "../queries/get-report";
import { ingestText } from "../reports/ingest-text";
import { hashToken, addReviewer, listReviewers, revokeReviewer } from "./reviewer-store";
import { requireWriter } from "./authorize";

// Named reviewers: each person's token, each change in their name, a revoked token refused at
// once (Bearer, login, and the sessions it opened).
const getPrisma = connectTestDatabase();
const TEXT = "平凉市庄浪县人民政府关于2021年度法治政府建设情况的报告\n2021年,全县共收到行政复议申请42件,依法受理40件。全县人民调解组织共调解矛盾纠纷860件。";
const noParams = { params: Promise.resolve({}) };

beforeAll(() => {
  process.env.ADMIN_TOKEN = "reviewers-test-admin-token";
});
beforeEach(async () => {
  await getPrisma().$executeRawUnsafe('TRUNCATE "Reviewer", "Session" RESTART IDENTITY');
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const patch = (id: number, body: unknown, headers: Record<string, string>) =>
  correct(new Request(`http://localhost/api/reports/${id}`, { method: "PATCH", body: JSON.stringify(body), headers: { "content-type": "application/json", ...headers } }), {
    params: Promise.resolve({ id: String(id) }),
  });

describe("reviewer accounts", () => {
  it("each have a token of their own, stored only hashed, and are listed with their state", async () => {
    const zhang = await addReviewer(" 张三 ");
    const li = await addReviewer("李四");
    expect(zhang.name).toBe("张三");
    expect(zhang.token).not.toBe(li.token);
    const rows = await getPrisma().reviewer.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => r.tokenHash)).toEqual([hashToken(zhang.token), hashToken(li.token)]);
    expect(JSON.stringify(rows)).not.toContain(zhang.token);
    await expect(addReviewer("张三")).rejects.toMatchObject({ status: 409 });
    for (const bad of ["", "admin", "Admin", "x".repeat(41), "a\u0007b"]) await expect(addReviewer(bad)).rejects.toMatchObject({ status: 400 });
    await revokeReviewer("李四");
    expect((await listReviewers()).map((r) => [r.name, r.revokedAt !== null])).toEqual([
      ["张三", false],
      ["李四", true],
    ]);
    await expect(revokeReviewer("李四")).rejects.toMatchObject({ status: 404 });
  });

  it("put each one's name on their changes: corrections, removals and the reviewed mark", async () => {
    const zhang = await addReviewer("张三");
    const li = await addReviewer("李四");
    const { id } = await ingestText({ text: `${TEXT}\n(甲)`, uploadedBy: "test" });
    const [first, second] = (await getReport(id))!.values;
    expect((await patch(id, { values: [{ id: first.id, value: first.value + 1, expectedValue: first.value }] }, bearer(zhang.token))).status).toBe(200);
    expect((await patch(id, { values: [{ id: second.id, remove: true }], reviewed: true }, bearer(li.token))).status).toBe(200);
    const report = (await getReport(id))!;
    expect(report.values.find((v) => v.id === first.id)?.history).toEqual([expect.objectContaining({ from: first.value, to: first.value + 1, by: "张三" })]);
    expect(report.edits).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: "value_removed", key: second.key, by: "李四" }),
        expect.objectContaining({ field: "reviewed", by: "李四" }),
      ]),
    );
    expect(report.reviewedBy).toBe("李四");
    // the admin token still works, in its own name
    expect((await patch(id, { reviewed: true }, bearer(process.env.ADMIN_TOKEN!))).status).toBe(200);
    expect((await getReport(id))!.reviewedBy).toBe("admin");
  });

  it("refuse a revoked token at once: as a Bearer header, at login, and in the sessions it opened", async () => {
    const zhang = await addReviewer("张三");
    const login = await logIn(new Request("http://localhost/api/session", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ token: zhang.token }) }), noParams);
    expect(login.status).toBe(200);
    expect(await login.json()).toEqual({ ok: true, user: "张三" });
    const cookie = /fazhi_session=[^;]+/.exec(login.headers.get("set-cookie") ?? "")![0];
    const write = (headers: Record<string, string>) => requireWriter(new Request("http://localhost/api/reports", { method: "POST", headers }));
    await expect(write({ cookie })).resolves.toBe("张三");
    await expect(write(bearer(zhang.token))).resolves.toBe("张三");

    await revokeReviewer("张三");
    await expect(write({ cookie })).rejects.toMatchObject({ status: 401 });
    await expect(write(bearer(zhang.token))).rejects.toMatchObject({ status: 401 });
    const again = await logIn(new Request("http://localhost/api/session", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ token: zhang.token }) }), noParams);
    expect(again.status).toBe(401);
    expect((await again.json()).error.message).toMatch(/撤销.*revoked/);

    // added again: a new token works, the old one stays refused
    const renewed = await addReviewer("张三");
    await expect(write(bearer(renewed.token))).resolves.toBe("张三");
    await expect(write(bearer(zhang.token))).rejects.toMatchObject({ status: 401 });
  });
});

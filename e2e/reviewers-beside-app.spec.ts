import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "./support/test";
import { freePort, Proc } from "./support/fault-harness";
import { logIn, marker } from "./support/review";

// People, not one shared token, and the commands a maintainer runs beside `npm start`: the app
// holds its embedded database; `npm run reviewer`, `ingest`, `eval -- --reviewed` and
// `export-labels` use the database it serves instead of refusing to start. Two reviewers then
// work in real browsers, each change in their own name, and a revoked one is refused at once.
// Its own app and data directory (the embedded database is the point): @embedded-db.
test.describe.configure({ mode: "serial" });

const ADMIN = "beside-app-admin-token";
let tmp = "";
let app: Proc;
let base = "";

/** an npm command in the project, as a maintainer would type it, with the app's data directory */
async function npm(...args: string[]): Promise<{ code: number | null; output: string }> {
  const run = new Proc("npm", ["run", "--silent", ...args], { DATA_DIR: path.join(tmp, "pglite"), ADMIN_TOKEN: ADMIN, DATABASE_URL: "" });
  const code = await run.exited;
  return { code, output: run.output };
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  tmp = mkdtempSync(path.join(tmpdir(), "fazhi-beside-"));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  app = new Proc(process.execPath, ["scripts/with-db.mjs", "--no-seed", "node_modules/.bin/next", "start", "-p", String(port)], {
    DATA_DIR: path.join(tmp, "pglite"),
    ADMIN_TOKEN: ADMIN,
    DATABASE_URL: "",
  });
  await app.waitFor(/Ready in/, 180_000);
});

test.afterAll(async () => {
  await app?.kill("SIGTERM");
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test("reviewers are added, work in their own names, and a revoked one is refused, all beside the running app @embedded-db", async ({ browser }) => {
  test.setTimeout(300_000);
  // accounts beside the app: the token is printed once
  const tokenOf = (output: string) => /^ {2}(\S{20,})$/m.exec(output)?.[1];
  const zhang = await npm("reviewer", "--", "add", "张三");
  expect(zhang.output).toMatch(/using the embedded database of the running app/);
  expect(zhang.code, zhang.output).toBe(0);
  const li = await npm("reviewer", "--", "add", "李四");
  const [zhangToken, liToken] = [tokenOf(zhang.output), tokenOf(li.output)];
  expect(zhangToken && liToken && zhangToken !== liToken).toBeTruthy();

  // a bulk import beside the app: the app serves what it stored
  const folder = path.join(tmp, "import");
  mkdirSync(folder);
  writeFileSync(
    path.join(folder, "report.txt"),
    `平凉市庄浪县人民政府关于2022年度法治政府建设情况的报告\n2022年,全县共收到行政复议申请37件,依法受理35件。全县人民调解组织共调解矛盾纠纷702件。\n(附注 ${marker()})\n`,
  );
  const ingest = await npm("ingest", "--", folder);
  expect(ingest.output).toMatch(/1 imported/);
  const listed = await (await fetch(`${base}/api/reports`)).json();
  expect(listed.total).toBe(1);
  const id: number = listed.reports[0].id;
  const values: { id: number; value: number }[] = (await (await fetch(`${base}/api/reports/${id}`)).json()).report.values;
  expect(values.length).toBeGreaterThanOrEqual(3);

  // two people review in their own browsers
  const zhangPage = await (await browser.newContext({ baseURL: base })).newPage();
  await logIn(zhangPage, zhangToken!);
  await zhangPage.goto(`/reports/${id}`);
  await expect(zhangPage.getByTestId("session-user")).toHaveText("张三");
  const zhangReview = zhangPage.getByTestId("report-review");
  await zhangReview.locator(`#rv-${id}-${values[0].id}`).fill(String(values[0].value + 1));
  await zhangReview.getByRole("button", { name: /保存/ }).click();
  await expect(zhangReview.getByTestId("review-saved")).toBeVisible();

  const liPage = await (await browser.newContext({ baseURL: base })).newPage();
  await logIn(liPage, liToken!);
  await liPage.goto(`/reports/${id}`);
  const liReview = liPage.getByTestId("report-review");
  await liReview.locator(`[data-value-id="${values[1].id}"]`).getByRole("button", { name: /删除 Remove/ }).click();
  await liReview.getByRole("button", { name: /保存/ }).click();
  await expect(liReview.getByTestId("review-saved")).toBeVisible();
  await liPage.reload();
  const history = liPage.getByTestId("edit-history");
  await history.locator("summary").click();
  await expect(history.getByTestId("history-by")).toContainText(["张三", "张三", "李四", "李四"]);
  await expect(liPage.getByTestId("review-status")).toContainText("李四");

  // revoked: the session already open and the token itself are refused at once
  const revoke = await npm("reviewer", "--", "revoke", "张三");
  expect(revoke.code, revoke.output).toBe(0);
  await zhangReview.getByRole("button", { name: /继续修改/ }).click();
  await zhangReview.locator(`#rv-${id}-${values[2].id}`).fill(String(values[2].value + 1));
  await zhangReview.getByRole("button", { name: /保存/ }).click();
  await expect(zhangReview.getByTestId("review-error")).toContainText(/登录|Log in/);
  const again = await zhangPage.request.post("/api/session", { data: { token: zhangToken } });
  expect(again.status()).toBe(401);
  expect((await npm("reviewer", "--", "list")).output).toMatch(/张三\tadded [\d-]+ [\d:]+\trevoked/);

  // what the reviews taught, beside the app
  const evaluated = await npm("eval", "--", "--reviewed");
  expect(evaluated.output).toMatch(/reviewed reports in the database/);
  expect(evaluated.code, evaluated.output).toBe(0);
  const exported = path.join(tmp, "labels");
  const exporting = await npm("export-labels", "--", exported);
  expect(exporting.code, exporting.output).toBe(0);
  expect(readdirSync(exported).sort()).toEqual([`${id}.json`, `${id}.txt`]);
});

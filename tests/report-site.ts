import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/**
 * A small government web site for the fetch-by-address tests (unit and e2e): a GBK page with a
 * report, a notice page that only links the report as .pdf and .docx attachments, a redirect
 * chain to a UTF-8 report page, a 404, a page with no report, an "attachment" that is a zip, redirects into
 * refused addresses, a redirect loop and a page that never answers. It listens on 127.0.0.1 and
 * counts the requests each path got, so a test can tell that a refused address was never asked.
 */
export interface ReportSite {
  origin: string;
  port: number;
  /** requests seen, by path */
  hits: Map<string, number>;
  /** request headers seen, by path (the last request's) */
  headers: Map<string, Record<string, string | string[] | undefined>>;
  /** the bytes served at a path */
  bytesAt(pathname: string): Buffer;
  close(): Promise<void>;
}

const root = path.resolve(__dirname, "..");
const fixture = (name: string) => readFileSync(path.join(root, "lib/documents/__fixtures__", name));

function notice(origin: string): Buffer {
  return Buffer.from(
    `<!doctype html><html><head><meta charset="utf-8"><title>关于公开2024年法治政府建设年度报告的公告</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>
<div class="article"><h1>关于公开2024年法治政府建设年度报告的公告</h1>
<p>现将我区2024年法治政府建设年度报告予以公开。</p>
<p>附件:<a href="/files/2024年法治政府建设年度报告.pdf">1. 2024年法治政府建设年度报告.pdf</a></p>
<p><a href="${origin}/files/download.jsp?id=2">2. 2024年法治政府建设年度报告.docx</a></p>
<p><a href="/files/data.pdf">3. 统计数据.pdf</a></p>
</div><div class="footer">主办单位:某区人民政府办公室</div></body></html>`,
  );
}

const EMPTY_PAGE = Buffer.from(`<!doctype html><html><head><meta charset="utf-8"><title>网站维护</title></head><body><p>本栏目正在维护。</p></body></html>`);

export async function startReportSite(): Promise<ReportSite> {
  const hits = new Map<string, number>();
  const headers = new Map<string, Record<string, string | string[] | undefined>>();
  let origin = "";
  const files: Record<string, { type: string; body: () => Buffer; disposition?: string }> = {
    "/gbk-report.html": { type: "text/html; charset=GBK", body: () => fixture("report-gb2312.html") },
    "/notice.html": { type: "text/html; charset=utf-8", body: () => notice(origin) },
    "/empty.html": { type: "text/html; charset=utf-8", body: () => EMPTY_PAGE },
    "/files/2024年法治政府建设年度报告.pdf": { type: "application/pdf", body: () => fixture("report.pdf") },
    "/files/download.jsp": {
      type: "application/octet-stream",
      body: () => fixture("report.docx"),
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent("2024年法治政府建设年度报告.docx")}`,
    },
    "/files/data.pdf": { type: "application/pdf", body: () => fixture("archive.zip") },
    // the UTF-8 fixture as a site republishes it (a line of its own, so no other test's upload holds this text)
    // a sentence added inside the report's own text (not its footer, which a reader drops), so the
    // page is no copy of the fixture other specs upload
    "/zwgk/2025/report.html": { type: "text/html", body: () => Buffer.from(fixture("report-utf8.html").toString("utf8").replace("。</p>", "。本文由区司法局网站转载。</p>")) },
  };
  const redirects: Record<string, () => string> = {
    "/r/1": () => "/r/2",
    "/r/2": () => `${origin}/r/3`,
    "/r/3": () => "/zwgk/2025/report.html",
    "/to-loopback": () => `http://127.0.0.2:${new URL(origin).port}/gbk-report.html`,
    "/to-private": () => "http://10.0.0.1/report.html",
    "/to-metadata": () => "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "/loop": () => "/loop",
  };
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    hits.set(pathname, (hits.get(pathname) ?? 0) + 1);
    headers.set(pathname, { ...request.headers });
    if (pathname === "/never") return; // holds the connection open: the fetcher's time limit ends it
    const to = redirects[pathname];
    if (to) {
      response.writeHead(pathname === "/r/2" ? 301 : 302, { location: to() });
      return response.end();
    }
    const file = files[pathname];
    if (!file) {
      response.writeHead(404, { "content-type": "text/html; charset=utf-8" });
      return response.end("<h1>404 页面不存在</h1>");
    }
    response.writeHead(200, { "content-type": file.type, ...(file.disposition ? { "content-disposition": file.disposition } : {}), "set-cookie": "JSESSIONID=abc; Path=/" });
    response.end(file.body());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    hits,
    headers,
    bytesAt: (pathname) => files[pathname].body(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

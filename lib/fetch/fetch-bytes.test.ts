import { describe, expect, it } from "vitest";
import { withReportSite } from "@/tests/with-report-site";
import { AppError } from "../errors/app-error";
import { fetchBytes } from "./fetch-bytes";
import { FETCHER_USER_AGENT, MAX_REDIRECTS } from "./fetch-limits";

// The site runs on 127.0.0.1, a loopback address: each test says whether that is allowed.
const reportSite = withReportSite();

function allowLoopback() {
  process.env.INGEST_ALLOW_PRIVATE = "1";
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error("expected a refusal");
}

const bilingual = /[\u4e00-\u9fff].*[A-Za-z]{3,}/;

describe("fetchBytes: what it fetches", () => {
  it("a page byte for byte, with its declared charset; it says who it is and sends no cookie", async () => {
    allowLoopback();
    const fetched = await fetchBytes(`${reportSite().origin}/gbk-report.html`);
    expect(Buffer.from(fetched.bytes).equals(reportSite().bytesAt("/gbk-report.html"))).toBe(true);
    expect(fetched).toMatchObject({ url: `${reportSite().origin}/gbk-report.html`, mediaType: "text/html", charset: "gbk" });
    const sent = reportSite().headers.get("/gbk-report.html")!;
    expect(sent["user-agent"]).toBe(FETCHER_USER_AGENT);
    expect(sent.cookie).toBeUndefined();
    expect(sent.authorization).toBeUndefined();
    // the site set a cookie: a second request does not send it back
    await fetchBytes(`${reportSite().origin}/gbk-report.html`);
    expect(reportSite().headers.get("/gbk-report.html")!.cookie).toBeUndefined();
  });

  it("follows a redirect chain (relative, absolute, 301 and 302) to the file, and names it by Content-Disposition", async () => {
    allowLoopback();
    const fetched = await fetchBytes(`${reportSite().origin}/r/1`);
    expect(fetched.url).toBe(`${reportSite().origin}/zwgk/2025/report.html`);
    expect(Buffer.from(fetched.bytes).equals(reportSite().bytesAt("/zwgk/2025/report.html"))).toBe(true);
    const attachment = await fetchBytes(`${reportSite().origin}/files/download.jsp?id=2`);
    expect(attachment.dispositionName).toBe("2024年法治政府建设年度报告.docx");
  });
});

describe("fetchBytes: refused addresses (the site is never asked)", () => {
  it.each([
    ["loopback by address", "http://127.0.0.1:PORT/gbk-report.html", "private_address"],
    ["loopback by name", "http://localhost:PORT/gbk-report.html", "private_address"],
    ["IPv6 loopback", "http://[::1]:PORT/gbk-report.html", "private_address"],
    ["IPv4-mapped loopback", "http://[::ffff:127.0.0.1]:PORT/gbk-report.html", "private_address"],
    ["a 10.x address", "http://10.0.0.1/report.html", "private_address"],
    ["192.168.x", "http://192.168.1.1/", "private_address"],
    ["link-local", "http://169.254.10.1/", "private_address"],
    ["cloud metadata", "http://169.254.169.254/latest/meta-data/", "metadata_address"],
    ["cloud metadata by name", "http://metadata.google.internal/computeMetadata/v1/", "metadata_address"],
    ["the unspecified address", "http://0.0.0.0:PORT/", "reserved_address"],
  ])("%s without INGEST_ALLOW_PRIVATE: 400 with the reason", async (_name, address, reason) => {
    delete process.env.INGEST_ALLOW_PRIVATE;
    const before = reportSite().hits.get("/gbk-report.html") ?? 0;
    const error = await refusal(fetchBytes(address.replace("PORT", String(reportSite().port))));
    expect(error).toMatchObject({ status: 400, details: { reason } });
    expect(error.message).toMatch(bilingual);
    expect(reportSite().hits.get("/gbk-report.html") ?? 0).toBe(before);
  });

  it("cloud metadata stays refused with INGEST_ALLOW_PRIVATE=1", async () => {
    allowLoopback();
    expect(await refusal(fetchBytes("http://169.254.169.254/latest/meta-data/"))).toMatchObject({ status: 400, details: { reason: "metadata_address" } });
  });

  it("a redirect into a refused address is refused at that hop", async () => {
    allowLoopback();
    expect(await refusal(fetchBytes(`${reportSite().origin}/to-metadata`))).toMatchObject({ status: 400, details: { reason: "metadata_address" } });
    // only the listed loopback address is allowed: the redirect to another one is refused
    delete process.env.INGEST_ALLOW_PRIVATE;
    process.env.INGEST_ALLOW_ADDRESSES = "127.0.0.1";
    const before = reportSite().hits.get("/gbk-report.html") ?? 0;
    expect(await refusal(fetchBytes(`${reportSite().origin}/to-loopback`))).toMatchObject({ status: 400, details: { reason: "private_address", address: "127.0.0.2" } });
    expect(await refusal(fetchBytes(`${reportSite().origin}/to-private`))).toMatchObject({ status: 400, details: { reason: "private_address", address: "10.0.0.1" } });
    expect(reportSite().hits.get("/gbk-report.html") ?? 0).toBe(before);
  });

  it("a name whose DNS answer is a private address is refused when it is resolved (a redirect's too)", async () => {
    delete process.env.INGEST_ALLOW_PRIVATE;
    const error = await refusal(fetchBytes(`http://localhost:${reportSite().port}/r/1`));
    expect(error.details).toMatchObject({ reason: "private_address", host: "localhost" });
  });

  it.each([
    ["file:///etc/passwd", "not_http"],
    ["ftp://example.gov.cn/report.pdf", "not_http"],
    ["gopher://127.0.0.1/", "not_http"],
    ["http://user:secret@example.gov.cn/", "credentials_in_address"],
    ["not a url", "not_http"],
  ])("%s: 400 (%s)", async (address, reason) => {
    expect(await refusal(fetchBytes(address))).toMatchObject({ status: 400, details: { reason } });
  });
});

describe("fetchBytes: what goes wrong", () => {
  it("a 404 is a 422 naming the status", async () => {
    allowLoopback();
    const error = await refusal(fetchBytes(`${reportSite().origin}/missing.html`));
    expect(error).toMatchObject({ status: 422, details: { reason: "upstream_status", upstreamStatus: 404 } });
    expect(error.message).toMatch(bilingual);
  });

  it(`a redirect loop stops after ${MAX_REDIRECTS} redirects`, async () => {
    allowLoopback();
    expect(await refusal(fetchBytes(`${reportSite().origin}/loop`))).toMatchObject({ status: 422, details: { reason: "too_many_redirects" } });
  });

  it("a site that never answers times out", async () => {
    allowLoopback();
    const error = await refusal(fetchBytes(`${reportSite().origin}/never`, { timeLimitMs: 500 }));
    expect(error).toMatchObject({ status: 422, details: { reason: "timeout" } });
    expect(error.message).toMatch(bilingual);
  });

  it("an unreachable host is a 422", async () => {
    allowLoopback();
    // a port nobody listens on: the site's own port after it is closed would race; port 1 is never open here
    const error = await refusal(fetchBytes("http://127.0.0.1:1/report.html"));
    expect(error).toMatchObject({ status: 422, details: { reason: "unreachable" } });
  });
});

import { AppError } from "../errors/app-error";
import type { AddressClass } from "./address-policy";

/**
 * The failures of fetching a report by its address, worded once: each says what happened and
 * what the person can do, in Chinese and English.
 */
export function notWebAddress(address: string): AppError {
  return new AppError("bad_request", `只能抓取 http(s) 网址:${clip(address)}。Only http and https addresses can be fetched: ${clip(address)}.`, { reason: "not_http" });
}

export function credentialsInAddress(): AppError {
  return new AppError(
    "bad_request",
    "网址中含有用户名或密码,抓取时不会发送任何凭据,请去掉后再试。The address holds a user name or password: the fetcher sends no credentials, so remove them.",
    { reason: "credentials_in_address" },
  );
}

const CLASS_WORDS: Record<Exclude<AddressClass, "public">, { zh: string; en: string; reason: string }> = {
  private: { zh: "本机、内网或链路本地地址", en: "a loopback, private-network or link-local address", reason: "private_address" },
  metadata: { zh: "云服务器元数据地址", en: "a cloud metadata address", reason: "metadata_address" },
  reserved: { zh: "保留或非单播地址", en: "a reserved or non-unicast address", reason: "reserved_address" },
};

export function refusedAddress(host: string, address: string, found: Exclude<AddressClass, "public">): AppError {
  const words = CLASS_WORDS[found];
  const hint = found === "private" ? "(仅供测试和本地使用时可设置 INGEST_ALLOW_PRIVATE=1)" : "";
  const hintEn = found === "private" ? " (for tests and local use, set INGEST_ALLOW_PRIVATE=1)" : "";
  return new AppError(
    "bad_request",
    `拒绝抓取:${clip(host)} 指向${words.zh}(${address})${hint}。Refused: ${clip(host)} leads to ${words.en} (${address})${hintEn}.`,
    { reason: words.reason, host: clip(host), address },
  );
}

export function unreachable(host: string, cause: string): AppError {
  return new AppError(
    "unprocessable",
    `无法连接 ${clip(host)}(${cause}),请检查网址,或下载后上传文件。Could not reach ${clip(host)} (${cause}): check the address, or download the file and upload it.`,
    { reason: "unreachable", host: clip(host), cause },
  );
}

export function fetchTimedOut(seconds: number): AppError {
  return new AppError(
    "unprocessable",
    `网站在 ${seconds} 秒内未返回完整内容,请稍后再试,或下载后上传文件。The site did not answer in full within ${seconds} s: try again later, or download the file and upload it.`,
    { reason: "timeout", limitSeconds: seconds },
  );
}

export function upstreamStatus(status: number, address: string): AppError {
  return new AppError(
    "unprocessable",
    `网站返回 HTTP ${status}(${clip(address)}),未能取得报告,请检查网址。The site answered HTTP ${status} for ${clip(address)}: no report was fetched; check the address.`,
    { reason: "upstream_status", upstreamStatus: status },
  );
}

export function tooManyRedirects(limit: number): AppError {
  return new AppError("unprocessable", `跳转超过 ${limit} 次,已停止抓取。More than ${limit} redirects: fetching stopped.`, { reason: "too_many_redirects", limit });
}

export function noReportOnPage(address: string): AppError {
  return new AppError(
    "unprocessable",
    `该网页没有报告正文,也没有链接 pdf、doc 或 docx 附件(${clip(address)})。The page has no report text and links no .pdf, .doc or .docx attachment (${clip(address)}).`,
    { reason: "no_report_text" },
  );
}

/** Addresses are shown back in messages: bounded, so a 2,000-character address does not fill the screen. */
function clip(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

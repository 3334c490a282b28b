/**
 * `Content-Disposition: attachment` with a file name any browser reads: an ASCII fallback for old
 * clients and the UTF-8 name (RFC 6266 / 5987) for Chinese names such as 2023年法治政府建设报告.pdf.
 */
export function attachmentDisposition(fileName: string): string {
  const clean = fileName.replace(/[\u0000-\u001f\u007f"\\]/g, "").slice(0, 200) || "download";
  const ascii = clean.replace(/[^\x20-\x7e]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(clean).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

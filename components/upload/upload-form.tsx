"use client";

import { useState } from "react";
import Link from "next/link";
import { ReviewWorkspace } from "../review/review-workspace";
import { AttachmentChoice } from "./attachment-choice";
import { MissingFacts } from "./missing-facts";
import { uploadWithProgress, type Attachment, type UploadNeeds, type UploadProgress, type UploadResult } from "./upload-with-progress";

interface FileState {
  name: string;
  /** what was sent, to send again with the place or year the person gives */
  body: FormData;
  progress: number;
  /** OCR of a scan: the page being read */
  ocr?: { page: number; pages: number };
  status: "waiting" | "uploading" | "done" | "error" | "choose";
  result?: UploadResult;
  error?: string;
  /** a fetched page that only links its report: its attachments */
  attachments?: Attachment[];
  /** a place or year the extractor could not tell */
  needs?: UploadNeeds;
}

/** Upload bytes first, then OCR pages: one bar, half each when a scan is read. */
function fraction(p: UploadProgress): number {
  return p.phase === "sending" ? p.fraction : (p.page - 1) / p.pages;
}

/**
 * Pick or drop many files, paste addresses (one per line) or text; each upload gets its own
 * progress bar (a scan's pages as OCR reads them), then a review of the report. A page that only
 * links its report offers the attachments to choose.
 */
export function UploadForm({ maxBytes, maxFiles }: { maxBytes: number; maxFiles: number }) {
  const [files, setFiles] = useState<FileState[]>([]);
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState("");
  const [addresses, setAddresses] = useState("");

  const update = (i: number, patch: Partial<FileState>) =>
    setFiles((all) => all.map((f, j) => (j === i ? { ...f, ...patch } : f)));

  async function upload(i: number, body: FormData) {
    update(i, { status: "uploading", error: undefined });
    const outcome = await uploadWithProgress(body, (p) =>
      update(i, { progress: fraction(p), ...(p.phase === "ocr" ? { ocr: { page: p.page, pages: p.pages } } : {}) }),
    );
    if (outcome.ok) update(i, { status: "done", progress: 1, result: outcome.result, needs: undefined });
    else if ("choose" in outcome) update(i, { status: "choose", progress: 1, error: outcome.message, attachments: outcome.attachments });
    else update(i, { status: "error", error: outcome.message, needs: outcome.needs });
  }

  async function send(list: { name: string; body: FormData }[]) {
    const offset = files.length;
    setFiles((all) => [...all, ...list.map((f) => ({ name: f.name, body: f.body, progress: 0, status: "waiting" as const }))]);
    for (const [k, item] of list.entries()) await upload(offset + k, item.body);
  }

  /** The same file again, with the place or year the person gave. */
  function storeWith(i: number, given: { jurisdictionCode?: string; year?: number }) {
    const body = new FormData();
    for (const [name, value] of files[i].body.entries()) if (name !== "jurisdictionCode" && name !== "year") body.append(name, value);
    if (given.jurisdictionCode) body.append("jurisdictionCode", given.jurisdictionCode);
    if (given.year !== undefined) body.append("year", String(given.year));
    update(i, { body });
    void upload(i, body);
  }

  function sendAddresses(list: string[]) {
    const urls = list.map((l) => l.trim()).filter(Boolean).slice(0, maxFiles);
    if (urls.length === 0) return;
    void send(
      urls.map((url) => {
        const body = new FormData();
        body.append("urls", url);
        return { name: url, body };
      }),
    );
  }

  function sendFiles(list: FileList | null) {
    if (!list?.length) return;
    const picked = [...list].slice(0, maxFiles);
    void send(
      picked.map((file) => {
        const body = new FormData();
        body.append("files", file);
        return { name: file.name, body };
      }),
    );
  }

  function sendPasted() {
    if (!pasted.trim()) return;
    const body = new FormData();
    body.append("text", pasted);
    setPasted("");
    void send([{ name: "粘贴的文本 pasted text", body }]);
  }

  return (
    <div className="space-y-4">
      <p className="rounded border border-stone-200 bg-white p-3 text-sm" data-testid="upload-notice">
        上传后报告即存入数据库并公开,任何人都能看到其中的数值;随后在每份报告下面审核:改正、删除、补充数值,再点“保存并标为已审核”。之后也可以在
        <Link href="/review" className="text-red-800 underline">
          待审核 Unreviewed
        </Link>
        列表或报告页继续审核。An uploaded report is stored and public at once: anyone can see its figures. Review follows below each report (correct,
        remove, add figures, then “Save · mark reviewed”); you can also come back to it from the Unreviewed list or its report page.
      </p>
      <label
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          sendFiles(e.dataTransfer.files);
        }}
        className={`block cursor-pointer rounded border-2 border-dashed p-8 text-center has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-700 ${dragging ? "border-red-800 bg-red-50" : "border-stone-300 bg-white"}`}
      >
        {/* a touch screen has nothing to drop from: it is told to choose */}
        <span className="block font-medium">
          选择报告文件<span className="pointer-coarse:hidden">,或拖放到这里</span> · Choose report files<span className="pointer-coarse:hidden"> or drop them here</span>
        </span>
        <span className="mt-2 inline-block rounded bg-red-800 px-3 py-1 text-sm text-white" aria-hidden>
          选择文件 Choose files
        </span>
        <span className="block text-sm text-stone-500">
          .txt(任意编码 any encoding)· .html · .docx · .doc · .pdf · 扫描件 scans(pdf、png、jpg、tif,文字识别 OCR)— 每个文件不超过 {Math.round(maxBytes / 1024 / 1024)} MB,一次最多 {maxFiles} 个
        </span>
        <input type="file" multiple className="sr-only" data-testid="file-input" accept=".txt,.htm,.html,.docx,.doc,.pdf,.png,.jpg,.jpeg,.tif,.tiff,text/plain,text/html,application/pdf,image/png,image/jpeg,image/tiff" onChange={(e) => sendFiles(e.target.files)} />
      </label>

      <div className="rounded border border-stone-200 bg-white p-3">
        <label className="block text-sm" htmlFor="upload-urls">
          按网址抓取 Fetch by address <span className="text-stone-500">— 每行一个网址:报告页面,或 pdf/doc/docx 文件 · one address per line: a report page, or a .pdf/.doc/.docx file</span>
        </label>
        <textarea
          id="upload-urls"
          value={addresses}
          onChange={(e) => setAddresses(e.target.value)}
          rows={3}
          placeholder="http://www.example.gov.cn/art/2024/3/1/art_123.html"
          className="mt-2 w-full rounded border border-stone-300 p-2 font-mono text-sm"
        />
        <button
          type="button"
          onClick={() => {
            sendAddresses(addresses.split(/\r?\n/));
            setAddresses("");
          }}
          className="mt-2 rounded bg-red-800 px-3 py-1 text-white"
        >
          抓取 Fetch
        </button>
      </div>

      <details className="rounded border border-stone-200 bg-white p-3">
        <summary className="cursor-pointer text-sm">粘贴文本 Paste text</summary>
        <textarea value={pasted} onChange={(e) => setPasted(e.target.value)} rows={6} className="mt-2 w-full rounded border border-stone-300 p-2 text-sm" aria-label="报告文本 Report text" />
        <button type="button" onClick={sendPasted} className="mt-2 rounded bg-red-800 px-3 py-1 text-white">
          提交文本 Submit text
        </button>
      </details>

      <ul className="space-y-4">
        {files.map((f, i) => (
          <li key={i} className="rounded border border-stone-200 bg-white p-3" data-testid="upload-item">
            <div className="flex items-center gap-3 text-sm">
              <span className="font-medium">{f.name}</span>
              <progress max={1} value={f.progress} className="h-2 flex-1" aria-label={`${f.name} 上传进度 upload progress`} />
              <span>{f.status === "done" ? "✓" : f.status === "error" ? "✗" : f.status === "choose" ? "?" : `${Math.round(f.progress * 100)}%`}</span>
            </div>
            {f.ocr && f.status === "uploading" && (
              <p className="mt-1 text-xs text-stone-600" data-testid="ocr-progress" role="status">
                文字识别 OCR:第 {f.ocr.page} 页,共 {f.ocr.pages} 页 · page {f.ocr.page} of {f.ocr.pages}
              </p>
            )}
            {f.status === "error" && f.error && !f.needs && (
              <p role="alert" className="mt-2 text-sm text-red-700">
                {f.error}
              </p>
            )}
            {f.status === "error" && f.needs && <MissingFacts needs={f.needs} busy={false} onStore={(given) => storeWith(i, given)} />}
            {f.status === "choose" && f.attachments && <AttachmentChoice message={f.error ?? ""} attachments={f.attachments} onChoose={sendAddresses} />}
            {f.result && (
              <>
                <p className="mt-2 text-sm text-green-800" data-testid="stored-note">
                  已保存并公开 Stored and public ·{" "}
                  <a href={`/reports/${f.result.id}`} className="underline">
                    /reports/{f.result.id}
                  </a>{" "}
                  · 请在下面审核 review it below
                </p>
                <ReviewWorkspace reportId={f.result.id} created={f.result.created} boxedText />
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

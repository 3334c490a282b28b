"use client";

import { useState } from "react";
import { ReviewWorkspace } from "../review/review-workspace";
import { MissingFacts } from "./missing-facts";
import { uploadWithProgress, type UploadNeeds, type UploadResult } from "./upload-with-progress";

interface FileState {
  name: string;
  /** what was sent, to send again with the place or year the person gives */
  body: FormData;
  progress: number;
  status: "waiting" | "uploading" | "done" | "error";
  result?: UploadResult;
  error?: string;
  needs?: UploadNeeds;
}

/** Pick or drop many files (or paste text), upload each with its own progress bar, then review each report. */
export function UploadForm({ maxBytes, maxFiles }: { maxBytes: number; maxFiles: number }) {
  const [files, setFiles] = useState<FileState[]>([]);
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState("");

  const update = (i: number, patch: Partial<FileState>) =>
    setFiles((all) => all.map((f, j) => (j === i ? { ...f, ...patch } : f)));

  async function upload(i: number, body: FormData) {
    update(i, { status: "uploading", error: undefined });
    const outcome = await uploadWithProgress(body, (p) => update(i, { progress: p }));
    if (outcome.ok) update(i, { status: "done", progress: 1, result: outcome.result, needs: undefined });
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
        <a href="/review" className="text-red-800 underline">待审核 Unreviewed</a>列表或报告页继续审核。
        An uploaded report is stored and public at once: anyone can see its figures. Review follows below each report (correct, remove, add figures, then
        “Save · mark reviewed”); you can also come back to it from the Unreviewed list or its report page.
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
        className={`block cursor-pointer rounded border-2 border-dashed p-8 text-center ${dragging ? "border-red-800 bg-red-50" : "border-stone-300 bg-white"}`}
      >
        <span className="block font-medium">拖放或选择报告文件 · Drop or choose report files</span>
        <span className="block text-sm text-stone-500">
          .txt(任意编码 any encoding)· .html · .docx · .doc · .pdf — 每个文件不超过 {Math.round(maxBytes / 1024 / 1024)} MB,一次最多 {maxFiles} 个
        </span>
        <input type="file" multiple className="sr-only" data-testid="file-input" accept=".txt,.htm,.html,.docx,.doc,.pdf,text/plain,text/html,application/pdf" onChange={(e) => sendFiles(e.target.files)} />
      </label>

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
              <span>{f.status === "done" ? "✓" : f.status === "error" ? "✗" : `${Math.round(f.progress * 100)}%`}</span>
            </div>
            {f.error && !f.needs && (
              <p role="alert" className="mt-2 text-sm text-red-700">
                {f.error}
              </p>
            )}
            {f.needs && f.status === "error" && <MissingFacts needs={f.needs} busy={false} onStore={(given) => storeWith(i, given)} />}
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

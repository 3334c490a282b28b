"use client";

import { useState } from "react";
import { ReportReview } from "./report-review";
import { uploadWithProgress, type UploadResult } from "./upload-with-progress";

interface FileState {
  name: string;
  progress: number;
  status: "waiting" | "uploading" | "done" | "error";
  result?: UploadResult;
  error?: string;
}

/** Pick or drop many files (or paste text), upload each with its own progress bar, then review each report. */
export function UploadForm({ maxBytes, maxFiles }: { maxBytes: number; maxFiles: number }) {
  const [files, setFiles] = useState<FileState[]>([]);
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState("");

  const update = (i: number, patch: Partial<FileState>) =>
    setFiles((all) => all.map((f, j) => (j === i ? { ...f, ...patch } : f)));

  async function send(list: { name: string; body: FormData }[]) {
    const offset = files.length;
    setFiles((all) => [...all, ...list.map((f) => ({ name: f.name, progress: 0, status: "waiting" as const }))]);
    for (const [k, item] of list.entries()) {
      const i = offset + k;
      update(i, { status: "uploading" });
      const outcome = await uploadWithProgress(item.body, (p) => update(i, { progress: p }));
      if (outcome.ok) update(i, { status: "done", progress: 1, result: outcome.result });
      else update(i, { status: "error", error: outcome.message });
    }
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
            {f.error && (
              <p role="alert" className="mt-2 text-sm text-red-700">
                {f.error}
              </p>
            )}
            {f.result && <ReportReview reportId={f.result.id} created={f.result.created} />}
          </li>
        ))}
      </ul>
    </div>
  );
}

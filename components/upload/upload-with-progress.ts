export interface UploadResult {
  id: number;
  created: boolean;
}

export interface Attachment {
  url: string;
  name: string;
  type: string;
}

/** What the person sees while one upload is under way. */
export type UploadProgress = { phase: "sending"; fraction: number } | { phase: "ocr"; page: number; pages: number };

/** What a refused file needs from the person: its place (with the extractor's candidates) or its year. */
export interface UploadNeeds {
  needs: ("jurisdictionCode" | "year")[];
  candidates: { code: string; name: string; level: "province" | "city" | "district" | "county"; parents: string[] }[];
}

type Outcome =
  | { ok: true; result: UploadResult }
  | { ok: false; message: string; needs?: UploadNeeds }
  /** a fetched page that only links its report */
  | { ok: false; choose: true; sourceUrl: string; message: string; attachments: Attachment[] };

interface ResultLine {
  ok: boolean;
  id?: number;
  created?: boolean;
  sourceUrl?: string;
  message?: string;
  attachments?: Attachment[];
  error?: { message: string; details?: { needs?: UploadNeeds["needs"]; candidates?: UploadNeeds["candidates"] } };
}

type Line = { progress?: { page: number; pages: number }; status?: number; results?: ResultLine[]; error?: { message: string } };

/**
 * Sends one upload (a file, pasted text or an address) and follows it: the bytes going up
 * (XMLHttpRequest can report that, fetch() cannot), then the server's progress lines as it reads
 * a scan page by page (POST /api/reports with Accept: application/x-ndjson), then the result.
 */
export function uploadWithProgress(body: FormData, onProgress: (progress: UploadProgress) => void): Promise<Outcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/reports");
    xhr.setRequestHeader("accept", "application/x-ndjson");
    let read = 0;
    let last: Line | null = null;
    const consume = () => {
      const text = xhr.responseText;
      let end: number;
      while ((end = text.indexOf("\n", read)) >= 0) {
        const raw = text.slice(read, end);
        read = end + 1;
        let line: Line;
        try {
          line = JSON.parse(raw) as Line;
        } catch {
          continue;
        }
        if (line.progress) onProgress({ phase: "ocr", page: line.progress.page, pages: line.progress.pages });
        else last = line;
      }
    };
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress({ phase: "sending", fraction: e.loaded / e.total });
    xhr.onprogress = consume;
    xhr.onerror = () => resolve({ ok: false, message: "网络错误,上传失败。Network error: the upload failed." });
    xhr.onload = () => {
      if (xhr.getResponseHeader("content-type")?.includes("ndjson")) consume();
      else {
        // refused before the server started answering line by line (401, 413, 429…): plain JSON
        try {
          last = JSON.parse(xhr.responseText) as Line;
        } catch {
          last = null;
        }
      }
      resolve(outcomeOf(last, xhr.status));
    };
    xhr.send(body);
  });
}

function outcomeOf(line: Line | null, status: number): Outcome {
  const first = line?.results?.[0];
  if (first?.ok && first.id) return { ok: true, result: { id: first.id, created: Boolean(first.created) } };
  if (first?.attachments) return { ok: false, choose: true, sourceUrl: first.sourceUrl ?? "", message: first.message ?? "", attachments: first.attachments };
  const details = first?.error?.details;
  return {
    ok: false,
    message: first?.error?.message ?? line?.error?.message ?? `上传失败 Upload failed (${line?.status ?? status})`,
    // a place or year the extractor could not tell: the person gives it in the file's row
    ...(details?.needs?.length ? { needs: { needs: details.needs, candidates: details.candidates ?? [] } } : {}),
  };
}

export interface UploadResult {
  id: number;
  created: boolean;
}

/** What a refused file needs from the person: its place (with the extractor's candidates) or its year. */
export interface UploadNeeds {
  needs: ("jurisdictionCode" | "year")[];
  candidates: { code: string; name: string; level: "province" | "city" | "district" | "county"; parents: string[] }[];
}

type Outcome = { ok: true; result: UploadResult } | { ok: false; message: string; needs?: UploadNeeds };

interface FileAnswer {
  ok: boolean;
  id?: number;
  created?: boolean;
  error?: { message: string; details?: { needs?: UploadNeeds["needs"]; candidates?: UploadNeeds["candidates"] } };
}

/** fetch() cannot report upload progress; XMLHttpRequest can. */
export function uploadWithProgress(body: FormData, onProgress: (fraction: number) => void): Promise<Outcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/reports");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => resolve({ ok: false, message: "网络错误,上传失败。Network error: the upload failed." });
    xhr.onload = () => {
      const json = xhr.response as { results?: FileAnswer[]; error?: { message: string } } | null;
      const first = json?.results?.[0];
      if (first?.ok && first.id) return resolve({ ok: true, result: { id: first.id, created: Boolean(first.created) } });
      const details = first?.error?.details;
      resolve({
        ok: false,
        message: first?.error?.message ?? json?.error?.message ?? `上传失败 Upload failed (${xhr.status})`,
        ...(details?.needs?.length ? { needs: { needs: details.needs, candidates: details.candidates ?? [] } } : {}),
      });
    };
    xhr.send(body);
  });
}

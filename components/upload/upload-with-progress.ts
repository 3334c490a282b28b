export interface UploadResult {
  id: number;
  created: boolean;
}

type Outcome = { ok: true; result: UploadResult } | { ok: false; message: string };

/** fetch() cannot report upload progress; XMLHttpRequest can. */
export function uploadWithProgress(body: FormData, onProgress: (fraction: number) => void): Promise<Outcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/reports");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => resolve({ ok: false, message: "网络错误,上传失败。Network error: the upload failed." });
    xhr.onload = () => {
      const json = xhr.response as { results?: { ok: boolean; id?: number; created?: boolean; error?: { message: string } }[]; error?: { message: string } } | null;
      const first = json?.results?.[0];
      if (first?.ok && first.id) resolve({ ok: true, result: { id: first.id, created: Boolean(first.created) } });
      else resolve({ ok: false, message: first?.error?.message ?? json?.error?.message ?? `上传失败 Upload failed (${xhr.status})` });
    };
    xhr.send(body);
  });
}

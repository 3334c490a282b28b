// The bench's "first request after a write": one upload through the API into the loaded
// database, then the first request of each page that write changed. Before issue 16 every read
// model was recomputed by the first request after any write (an overview took ~1 s at national
// scale); this holds the write path to leaving the pages warm, or cheap to recompute.
import { readFileSync } from "node:fs";

export interface AfterWriteTiming {
  name: string;
  path: string;
  /** the first request after each write, ms */
  samples: number[];
}

export interface AfterWriteFigures {
  uploadMs: number[];
  pages: AfterWriteTiming[];
}

async function timed(url: string, init?: RequestInit): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const res = await fetch(url, { cache: "no-store", ...init });
  await res.arrayBuffer();
  return { ms: performance.now() - started, status: res.status };
}

/**
 * `rounds` times: upload a new edition of `reportFile` (its text with a line that makes it new,
 * so it replaces the current figures of its place and year), then request each page once.
 */
export async function measureAfterWrites(
  base: string,
  token: string,
  reportFile: string,
  pages: { name: string; path: string }[],
  rounds = 5,
): Promise<AfterWriteFigures> {
  const text = readFileSync(reportFile, "utf8");
  const figures: AfterWriteFigures = { uploadMs: [], pages: pages.map((p) => ({ ...p, samples: [] })) };
  for (let round = 0; round < rounds; round++) {
    const upload = await timed(`${base}/api/reports`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ text: `${text}\n(修订版 revised edition ${Date.now()}-${round})`, fileName: "bench-edition.txt" }),
    });
    if (upload.status !== 201) throw new Error(`the bench's upload answered ${upload.status}, not 201`);
    figures.uploadMs.push(upload.ms);
    for (const page of figures.pages) {
      const first = await timed(base + page.path);
      if (first.status !== 200) throw new Error(`${page.path}: HTTP ${first.status}`);
      page.samples.push(first.ms);
    }
  }
  return figures;
}

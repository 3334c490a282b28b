// Real HTTP requests against the running server: the first (cold: the caches are empty), a
// warm-up, then timed repeats.

export interface Timing {
  path: string;
  coldMs: number;
  samples: number[];
  bytes: number;
}

async function timeRequest(url: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const res = await fetch(url, { cache: "no-store" });
  const body = await res.arrayBuffer();
  const ms = performance.now() - started;
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return { ms, bytes: body.byteLength };
}

export async function measure(base: string, path: string, repeats: number, warmup = 3): Promise<Timing> {
  const cold = await timeRequest(base + path);
  for (let i = 0; i < warmup; i++) await timeRequest(base + path);
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) samples.push((await timeRequest(base + path)).ms);
  return { path, coldMs: cold.ms, samples, bytes: cold.bytes };
}

export async function waitForServer(url: string, timeoutMs = 180_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs / 1000}s`);
}

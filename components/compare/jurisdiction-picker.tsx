"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { LEVEL_LABEL } from "@/lib/display/labels";
import { MAX_COMPARED, compareHref, type CompareState } from "@/lib/compare/compare-url";

interface Candidate {
  code: string;
  name: string;
  level: keyof typeof LEVEL_LABEL;
}

interface Props {
  state: CompareState;
}

async function searchJurisdictions(q: string, signal?: AbortSignal): Promise<Candidate[]> {
  const res = await fetch(`/api/jurisdictions?q=${encodeURIComponent(q)}`, { signal });
  if (!res.ok) return [];
  const body = (await res.json()) as { jurisdictions: Candidate[] };
  return body.jurisdictions.slice(0, 30);
}

/** "庐阳区 340103" → the code; a name alone only when exactly one candidate carries it. */
export function resolveCode(text: string, candidates: Candidate[]): string | null {
  const code = text.match(/\b\d{6}\b/)?.[0];
  if (code) return code;
  const exact = candidates.filter((c) => c.name === text);
  if (exact.length === 1) return exact[0].code;
  // suggestions can be left over from what was typed before: only those naming this text count
  const matching = candidates.filter((c) => c.name.includes(text));
  return matching.length === 1 ? matching[0].code : null;
}

/**
 * Adds a jurisdiction to the comparison by changing the URL, so the result is a link. Suggestions
 * come from the jurisdictions API into a <datalist> (arrow keys and Enter work natively). Without
 * JavaScript the form still submits `add=` to the page, which resolves it on the server.
 */
export function JurisdictionPicker({ state }: Props) {
  const router = useRouter();
  const listId = useId();
  const [text, setText] = useState("");
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [message, setMessage] = useState("");
  const full = state.codes.length >= MAX_COMPARED;

  useEffect(() => {
    const q = text.replace(/\s*\d{6}\s*$/, "").trim();
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchJurisdictions(q, controller.signal).then(setCandidates, () => {});
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = text.trim();
    if (!typed) return;
    // the suggestions may lag behind fast typing: look the text up once more before giving up;
    // when that search leaves exactly one place (a pinyin "ly", a part of a name), Enter takes it
    const fresh = resolveCode(typed, candidates) ? [] : await searchJurisdictions(typed).catch(() => []);
    const code = resolveCode(typed, candidates) ?? resolveCode(typed, fresh) ?? (fresh.length === 1 ? fresh[0].code : null);
    if (!code) {
      setMessage(`没有唯一匹配“${typed}”的地区,请从候选中选择。No single match for “${typed}”: pick a suggestion.`);
      return;
    }
    if (state.codes.includes(code)) {
      setMessage("已在比较中。Already in the comparison.");
      return;
    }
    setMessage("");
    setText("");
    router.push(compareHref({ ...state, codes: [...state.codes, code] }));
  }

  return (
    <form action="/compare" method="get" onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" data-testid="jurisdiction-picker">
      {state.codes.length > 0 && <input type="hidden" name="j" value={state.codes.join(",")} />}
      {state.year && <input type="hidden" name="year" value={state.year} />}
      {state.keys.length > 0 && <input type="hidden" name="k" value={state.keys.join(",")} />}
      {state.scope && <input type="hidden" name="scope" value={state.scope} />}
      {state.reviewed && <input type="hidden" name="reviewed" value="1" />}
      <label className="flex flex-col text-sm">
        <span>
          添加行政区划 <span className="text-stone-500">Add a jurisdiction</span>
        </span>
        <input
          name="add"
          list={listId}
          value={text}
          onChange={(e) => setText(e.target.value)}
          disabled={full}
          autoComplete="off"
          placeholder="地名或拼音,如 庐阳 / ly · Name or pinyin"
          className="w-72 max-w-full rounded border border-stone-300 px-2 py-1"
        />
      </label>
      <datalist id={listId}>
        {candidates.map((c) => (
          <option key={c.code} value={`${c.name} ${c.code}`}>
            {LEVEL_LABEL[c.level]?.zh ?? ""}
          </option>
        ))}
      </datalist>
      <button type="submit" disabled={full} className="rounded bg-red-800 px-3 py-1 text-white disabled:bg-stone-400">
        添加 Add
      </button>
      <p role="status" className="w-full text-sm text-amber-800">
        {full ? `最多比较 ${MAX_COMPARED} 个地区。At most ${MAX_COMPARED} places.` : message}
      </p>
    </form>
  );
}

"use client";

import { useEffect, useId, useRef, useState } from "react";
import { LEVEL_LABEL } from "@/lib/display/labels";
import type { PlaceOption } from "@/lib/search/search-places";

async function searchPlaces(q: string, signal: AbortSignal): Promise<PlaceOption[]> {
  const res = await fetch(`/api/places?q=${encodeURIComponent(q)}`, { signal });
  if (!res.ok) return [];
  return ((await res.json()) as { places: PlaceOption[] }).places;
}

export const placeLabel = (p: Pick<PlaceOption, "name" | "parents" | "code">) => `${p.name} · ${[...p.parents].join(" ")} · ${p.code}`;

/**
 * Choose a place of China by name (庐阳; 合肥 lists its districts too), pinyin (luyang, ly) or
 * code (340103). The extractor's own candidates, when it had some, are offered before anything
 * is typed. Arrow keys move from the field into the list; Enter or a click picks.
 */
export function PlacePicker({ candidates = [], onPick, label = "选择行政区划 Choose the jurisdiction", autoFocus = false }: {
  candidates?: PlaceOption[];
  onPick: (place: PlaceOption) => void;
  label?: string;
  autoFocus?: boolean;
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<PlaceOption[] | null>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(() => searchPlaces(q, controller.signal).then(setFound, () => {}), 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const options = query.trim() ? (found ?? []) : candidates;
  const move = (from: HTMLElement, step: number) => {
    const buttons = [...(list.current?.querySelectorAll("button") ?? [])];
    const at = buttons.indexOf(from as HTMLButtonElement);
    buttons[Math.max(0, Math.min(buttons.length - 1, at + step))]?.focus();
  };

  return (
    <div className="space-y-1" data-testid="place-picker">
      <label htmlFor={id} className="block text-xs text-stone-600">
        {label}
      </label>
      <input
        id={id}
        value={query}
        autoFocus={autoFocus}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            list.current?.querySelector("button")?.focus();
          }
        }}
        placeholder="地名、拼音或代码,如 庐阳 / luyang / 340103 · Name, pinyin or code"
        autoComplete="off"
        className="w-80 max-w-full rounded border border-stone-300 px-2 py-1 text-sm"
      />
      {options.length > 0 ? (
        <ul ref={list} role="listbox" aria-label="候选地区 Places" className="max-h-56 max-w-xl overflow-y-auto rounded border border-stone-200 bg-white">
          {options.map((p) => (
            <li key={p.code} role="option" aria-selected={false}>
              <button
                type="button"
                onClick={() => onPick(p)}
                onKeyDown={(e) => {
                  if (e.key === "ArrowDown" || e.key === "ArrowUp") {
                    e.preventDefault();
                    move(e.currentTarget, e.key === "ArrowDown" ? 1 : -1);
                  }
                }}
                className="block w-full px-2 py-1 text-left text-sm hover:bg-red-50 focus:bg-red-50 focus:outline-none"
              >
                <span className="font-medium">{p.name}</span> <span className="text-stone-500">{p.parents.join(" ")}</span>{" "}
                <span className="font-mono text-xs text-stone-400">{p.code}</span>{" "}
                <span className="text-xs text-stone-400">{LEVEL_LABEL[p.level].zh}{p.abolished ? ` · ${p.abolished} 年撤销 abolished` : ""}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        query.trim() && found !== null && <p className="text-xs text-stone-500">没有匹配的地区。No place matches.</p>
      )}
    </div>
  );
}

"use client";

import { useState } from "react";
import type { Attachment } from "./upload-with-progress";

/** A fetched page's attachments: the person ticks the report among them and has those fetched. */
export function AttachmentChoice({ message, attachments, onChoose }: { message: string; attachments: Attachment[]; onChoose: (urls: string[]) => void }) {
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(attachments.length === 1 ? [attachments[0].url] : []));
  const [sent, setSent] = useState(false);
  const toggle = (url: string) =>
    setChosen((all) => {
      const next = new Set(all);
      if (next.has(url)) next.delete(url);
      else next.add(url);
      return next;
    });
  return (
    <fieldset className="mt-2 space-y-1 text-sm" data-testid="attachment-choice">
      <legend className="text-stone-700">{message}</legend>
      {attachments.map((a) => (
        <label key={a.url} className="flex items-baseline gap-2">
          <input type="checkbox" checked={chosen.has(a.url)} onChange={() => toggle(a.url)} disabled={sent} />
          <span>
            {a.name} <span className="text-xs uppercase text-stone-500">{a.type}</span>
            <span className="block break-all text-xs text-stone-500">{a.url}</span>
          </span>
        </label>
      ))}
      <button
        type="button"
        disabled={sent || chosen.size === 0}
        onClick={() => {
          setSent(true);
          onChoose([...chosen]);
        }}
        className="rounded bg-red-800 px-3 py-1 text-white disabled:opacity-50"
      >
        读取所选附件 Read the chosen attachments
      </button>
    </fieldset>
  );
}

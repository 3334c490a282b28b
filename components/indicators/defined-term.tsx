import { definitionText } from "@/lib/indicators/definitions";
import { DefinitionTip } from "./definition-tip";

const noteId = (key: string) => `definition-${key.replace(/[^a-z_]/g, "-")}`;

/**
 * An indicator's name that says what it counts: its description (aria-describedby) is the
 * definition in DefinitionNotes, which DefinitionTip shows beside it on hover and focus. The
 * text is sent once per page, not with each name: as a `title` on every occurrence it was ~22 KB
 * of a profile, twice (the HTML and the React payload).
 */
export function DefinedTerm({ indicatorKey, children }: { indicatorKey: string; children: React.ReactNode }) {
  if (!definitionText(indicatorKey)) return <>{children}</>;
  return (
    <span className="defined-term" aria-describedby={noteId(indicatorKey)}>
      {children}
    </span>
  );
}

/**
 * The definitions DefinedTerm points at, once per page: a closed "定义 Definitions" block that
 * anyone can open (from the keyboard, without JavaScript), and the tooltip that shows each
 * beside its name.
 */
export function DefinitionNotes({ keys }: { keys: string[] }) {
  const notes = [...new Set(keys)].flatMap((key) => {
    const text = definitionText(key);
    return text ? [{ key, text }] : [];
  });
  if (notes.length === 0) return null;
  return (
    <>
      <details className="definition-notes">
        <summary>指标定义 Definitions ({notes.length})</summary>
        {notes.map(({ key, text }) => (
          <p key={key} id={noteId(key)}>
            {text.zh} {text.en}
          </p>
        ))}
      </details>
      <DefinitionTip />
    </>
  );
}

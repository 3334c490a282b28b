import { definitionText, definitionTooltip } from "@/lib/indicators/definitions";

const noteId = (key: string) => `definition-${key.replace(/[^a-z_]/g, "-")}`;

/**
 * An indicator's name that says what it counts: the definition as its tooltip (hover) and as
 * its description for screen readers (aria-describedby, pointing at DefinitionNotes).
 */
export function DefinedTerm({ indicatorKey, children, className = "" }: { indicatorKey: string; children: React.ReactNode; className?: string }) {
  const tooltip = definitionTooltip(indicatorKey);
  if (!tooltip) return <>{children}</>;
  return (
    <span title={tooltip} aria-describedby={noteId(indicatorKey)} className={`cursor-help underline decoration-stone-400 decoration-dotted underline-offset-2 ${className}`}>
      {children}
    </span>
  );
}

/** The definitions DefinedTerm points at, once per page, hidden from sight. */
export function DefinitionNotes({ keys }: { keys: string[] }) {
  return (
    <div hidden>
      {[...new Set(keys)].map((key) => {
        const text = definitionText(key);
        return text ? (
          <p key={key} id={noteId(key)}>
            {text.zh} {text.en}
          </p>
        ) : null;
      })}
    </div>
  );
}

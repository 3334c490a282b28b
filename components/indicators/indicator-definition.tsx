import { DEFINITIONS, defaultScopeSentence } from "@/lib/indicators/definitions";
import type { IndicatorDefinition } from "@/lib/indicators";

/** What the indicator counts and what not, and at which scope, in both languages: at the head of its page. */
export function IndicatorDefinitionBox({ def }: { def: IndicatorDefinition }) {
  const meaning = DEFINITIONS[def.key];
  if (!meaning) return null;
  const scope = defaultScopeSentence(def);
  return (
    <dl className="grid gap-x-4 gap-y-1 rounded border border-stone-200 bg-white p-3 text-sm sm:grid-cols-[auto_1fr]" data-testid="indicator-definition">
      <dt className="font-medium">计入 Counts</dt>
      <dd>
        {meaning.counts.zh} <span className="text-stone-600">{meaning.counts.en}</span>
      </dd>
      <dt className="font-medium">不计入 Not counted</dt>
      <dd>
        {meaning.excludes.zh} <span className="text-stone-600">{meaning.excludes.en}</span>
      </dd>
      <dt className="font-medium">范围 Scope</dt>
      <dd>
        {scope.zh} <span className="text-stone-600">{scope.en}</span>
      </dd>
    </dl>
  );
}

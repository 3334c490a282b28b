/** The evidence clause with the figure itself emphasised, rendered as text (never as HTML). */
export function EvidenceSentence({ evidence, value }: { evidence: string; value: number }) {
  const digits = String(value);
  const at = evidence.indexOf(digits);
  if (at < 0) return <span>{evidence}</span>;
  return (
    <span>
      {evidence.slice(0, at)}
      <mark className="bg-yellow-200">{digits}</mark>
      {evidence.slice(at + digits.length)}
    </span>
  );
}

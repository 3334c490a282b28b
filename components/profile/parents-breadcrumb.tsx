import Link from "next/link";

/** The places above, province first, each a link: the way up from a profile (parents come nearest first). */
export function ParentsBreadcrumb({ parents }: { parents: { code: string; name: string }[] }) {
  return (
    <nav aria-label="上级 Parents" className="text-sm text-stone-600">
      {parents
        .slice()
        .reverse()
        .map((p, i) => (
          <span key={p.code}>
            {i > 0 && " · "}
            <Link href={`/jurisdictions/${p.code}`} className="underline">
              {p.name}
            </Link>
          </span>
        ))}
    </nav>
  );
}

import Link from "next/link";
import { connection } from "next/server";
import { listReportedJurisdictions } from "@/lib/queries/list-reported-jurisdictions";
import { LEVEL_LABEL } from "@/lib/labels";

export default async function HomePage() {
  await connection();
  const jurisdictions = await listReportedJurisdictions();
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-semibold">
          法治政府建设年度报告 <span className="text-base font-normal text-stone-500">Rule-of-law government reports</span>
        </h1>
        <p className="mt-2 max-w-3xl text-stone-600">
          各地每年发布的法治政府建设年度报告,逐项提取为数据,每个数字都可追溯到原文句子。
          <span className="block text-sm text-stone-500">
            Every figure is extracted from the reports themselves and links back to the sentence it came from.
          </span>
        </p>
      </section>
      <section aria-labelledby="jurisdictions-heading">
        <h2 id="jurisdictions-heading" className="mb-3 text-lg font-semibold">
          已收录的行政区划 <span className="text-sm font-normal text-stone-500">Jurisdictions with reports</span>
        </h2>
        {jurisdictions.length === 0 ? (
          <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
            数据库中还没有报告。No reports in the database yet.
          </p>
        ) : (
          <table className="w-full border-collapse bg-white text-sm shadow-sm">
            <thead className="bg-stone-100 text-left">
              <tr>
                <th className="p-2">行政区划 Jurisdiction</th>
                <th className="p-2">层级 Level</th>
                <th className="p-2">上级 Parents</th>
                <th className="p-2">报告年度 Years</th>
              </tr>
            </thead>
            <tbody>
              {jurisdictions.map((j) => (
                <tr key={j.code} className="border-t border-stone-200">
                  <td className="p-2">
                    <Link href={`/jurisdictions/${j.code}`} className="text-red-800 hover:underline">
                      {j.name}
                    </Link>
                    <span className="ml-2 font-mono text-xs text-stone-400">{j.code}</span>
                  </td>
                  <td className="p-2">{LEVEL_LABEL[j.level].zh}</td>
                  <td className="p-2 text-stone-600">{j.parentNames.join(" · ") || "—"}</td>
                  <td className="p-2">{j.years.join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

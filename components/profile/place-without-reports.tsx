import Link from "next/link";
import { ParentsBreadcrumb } from "@/components/profile/parents-breadcrumb";
import { LEVEL_LABEL } from "@/lib/display/labels";
import type { ReportedRelatives } from "@/lib/queries/get-reported-relatives";
import { ReportedPlacesList } from "./reported-places-list";

interface Props {
  code: string;
  name: string;
  level: keyof typeof LEVEL_LABEL;
  relatives: ReportedRelatives;
}

/**
 * A place of the gazetteer that has no report yet: it says so, and leads to the places around it
 * that have (its parents, the cities or counties under it) rather than a "not found".
 */
export function PlaceWithoutReports({ code, name, level, relatives }: Props) {
  const parentsWithReports = relatives.parents.filter((p) => p.reportCount > 0);
  return (
    <div className="space-y-6" data-testid="place-without-reports">
      <header>
        <ParentsBreadcrumb parents={relatives.parents} />
        <h1 className="text-2xl font-semibold">
          {name} <span className="font-mono text-sm text-stone-500">{code}</span>
        </h1>
        <p className="text-sm text-stone-600">
          {LEVEL_LABEL[level].zh} {LEVEL_LABEL[level].en}
        </p>
      </header>
      <p className="rounded border border-dashed border-stone-300 bg-white p-4 text-stone-700" role="status">
        {name}还没有报告。There are no reports for {name} yet.{" "}
        <Link href="/upload" className="text-red-800">
          上传一份 Upload one
        </Link>
      </p>
      {relatives.below.length > 0 && (
        <section aria-labelledby="below-heading" className="space-y-2">
          <h2 id="below-heading" className="text-lg font-semibold">
            下级地区的报告 <span className="text-sm font-normal text-stone-500">Places under {name} with reports</span>
          </h2>
          <ReportedPlacesList places={relatives.below} testId="reported-below" />
        </section>
      )}
      {parentsWithReports.length > 0 && (
        <section aria-labelledby="above-heading" className="space-y-2">
          <h2 id="above-heading" className="text-lg font-semibold">
            上级地区的报告 <span className="text-sm font-normal text-stone-500">Places above with reports</span>
          </h2>
          <ReportedPlacesList places={parentsWithReports} testId="reported-above" />
        </section>
      )}
      {relatives.below.length === 0 && parentsWithReports.length === 0 && (
        <p className="text-sm text-stone-600">
          上级和下级地区也都还没有报告。Neither the places above nor those under it have reports yet.{" "}
          <Link href="/coverage" className="text-red-800">
            查看覆盖情况 See coverage
          </Link>
        </p>
      )}
    </div>
  );
}

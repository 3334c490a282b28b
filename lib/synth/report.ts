import type { Division } from "../gazetteer";
import { annualBody } from "./annual-report";
import { Ctx } from "./context";
import { addressee, annualTitle, bottomFurniture, chineseDate, heading, publication, topFurniture } from "./furniture";
import { labelFile, withDerivedRates, type LabelFile, type ReportKind } from "./labels";
import { describePlace } from "./place";
import { chooseFigures } from "./presence";
import { Rng } from "./random";
import { chooseNoise, render, type Block } from "./render";
import { figuresFor } from "./values";
import { departmentOpening, workPlanBody } from "./work-plan";

export const GENERATOR_VERSION = "synth-5";

export interface SyntheticReport {
  code: string;
  provinceCode: string;
  year: number;
  kind: ReportKind;
  text: string;
  labels: LabelFile;
}

/**
 * One synthetic report for a place and year: the same seed, place and year always give the same
 * text and labels, whatever else is generated in the run.
 */
export function generateReport(seed: string, division: Division, year: number): SyntheticReport {
  const rng = new Rng(seed, "report", division.code!, year);
  const place = describePlace(division);
  const figures = figuresFor(seed, place.code, division.level, year);
  const kind = rng.weighted([[93, "annual_report"], [4, "work_plan"], [3, "other"]] as const);
  const noise = chooseNoise(rng);
  const fullWidthSome = rng.chance(0.12);
  const style = { approx: rng.uniform(0.05, 0.25), fullWidth: fullWidthSome ? 0.3 : 0, thousands: rng.chance(0.5) ? 0.8 : 0 };
  const c = new Ctx(rng, place, year, figures, chooseFigures(rng, figures, division.level), style);
  const h = heading(place, rng);
  // about 15 KB of UTF-8 on average: ~5,000 characters
  const chars = rng.uniform(2800, 7600);

  let title: string;
  let published;
  let body: Block[];
  if (kind === "work_plan") {
    published = publication(rng, year, [1, 4]);
    title = rng.pick([`${h.fullName}${year}年法治政府建设工作要点`, `${h.fullName}${year}年法治政府建设工作计划`, `${h.fullName}${year}年依法行政和法治政府建设工作安排`]);
    body = workPlanBody(c, h.name, chars * 0.6);
  } else {
    published = publication(rng, year + 1, [1, 4]);
    if (kind === "other") {
      title = `${h.fullName}司法局${year}年工作总结`;
      body = annualBody(c, h.name, chars * 0.7);
      body[0] = { sentences: [departmentOpening(c, h.name)] };
      body[1] = { raw: rng.pick([`一、${year}年主要工作及成效`, "一、主要工作开展情况", "一、工作开展情况"]) };
    } else {
      title = annualTitle(place, h, year, rng);
      body = annualBody(c, h.name, chars);
    }
  }
  const blocks: Block[] = [
    { raw: title },
    ...topFurniture(place, h, published, rng).map((raw) => ({ raw })),
    ...(kind === "annual_report" ? [addressee(place, rng)].filter((a): a is string => a !== null).map((raw) => ({ raw })) : []),
    ...body,
  ];
  if (kind !== "work_plan") {
    if (rng.chance(0.3)) blocks.push({ raw: rng.pick(["专此报告。", "特此报告。"]) });
    blocks.push({ raw: kind === "other" ? `${h.fullName}司法局` : `${h.fullName}${place.govFull.includes("行政公署") ? "行政公署" : "人民政府"}` });
    blocks.push({ raw: chineseDate(published) });
  }
  blocks.push(...bottomFurniture(h, rng).map((raw) => ({ raw })));

  const rendered = render(blocks, noise, rng);
  // a work plan states no achievements; a 司法局's summary speaks for itself, except where it names
  // the whole area or the government, where it acts for the government (legality review, filing,
  // reconsideration, suits) and for the organs' rates before the courts (the catalogue: the
  // subject decides, not the issuer)
  const forGovernment = (key: string) =>
    /^(?:legality_review\.|normative_docs\.filed|reconsideration\.|litigation\.cases|litigation\.(?:head_appearance|win|loss|judgment_fulfillment)_rate)/.test(key);
  const facts =
    kind === "annual_report" ? withDerivedRates(rendered.facts) : kind === "other" ? rendered.facts.filter((f) => f.scopeNamed || forGovernment(f.key)) : [];
  return {
    code: place.code,
    provinceCode: place.province.code!,
    year,
    kind,
    text: rendered.text,
    labels: labelFile({ place, writtenName: h.name, year, kind, published: published.iso, facts, generator: GENERATOR_VERSION }),
  };
}

import type { JurisdictionLevel } from "@/lib/extract/types";
import { LEVEL_LABEL, SCOPE_LABEL } from "@/lib/display/labels";

// The <select>s the GET filter forms share; uncontrolled, so the forms work without JavaScript.
const LEVELS = Object.keys(LEVEL_LABEL) as JurisdictionLevel[];
const select = "rounded border border-stone-300 bg-white px-2 py-1";

interface Option {
  value: string;
  label: string;
}

function SelectField({ label, name, value, empty, options }: { label: string; name: string; value: string; empty: string; options: Option[] }) {
  return (
    <label className="flex flex-col">
      {label}
      <select name={name} defaultValue={value} className={select}>
        <option value="">{empty}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function LevelSelect({ value }: { value?: JurisdictionLevel }) {
  const options = LEVELS.map((l) => ({ value: l, label: `${LEVEL_LABEL[l].zh} ${LEVEL_LABEL[l].en}` }));
  return <SelectField label="层级 Level" name="level" value={value ?? ""} empty="全部 All" options={options} />;
}

export function YearSelect({ value, years }: { value?: number; years: number[] }) {
  const options = years.map((y) => ({ value: String(y), label: String(y) }));
  return <SelectField label="年度 Year" name="year" value={value ? String(value) : ""} empty="各地最新 Latest of each" options={options} />;
}

/** With latest figures: how many years before the newest a figure may be. */
export function ToleranceSelect({ value }: { value?: number }) {
  const options = [0, 1, 2, 3, 5].map((t) => ({ value: String(t), label: t === 0 ? "0 年 only the newest year" : `${t} 年 ${t} year${t > 1 ? "s" : ""}` }));
  return <SelectField label="容差 Tolerance (latest only)" name="tol" value={value === undefined ? "" : String(value)} empty="不限 any year" options={options} />;
}

export function ScopeSelect({ value }: { value?: "area" | "own" }) {
  const options = (["area", "own"] as const).map((s) => ({ value: s, label: `${SCOPE_LABEL[s].zh} ${SCOPE_LABEL[s].en}` }));
  return <SelectField label="范围 Scope" name="scope" value={value ?? ""} empty="目录默认 Catalogue default" options={options} />;
}

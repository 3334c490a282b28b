import { INDICATORS } from "@/lib/indicators";
import { KIND_LABEL, SCOPE_LABEL } from "@/lib/display/labels";

export const INDICATOR_LABELS: Record<string, string> = Object.fromEntries(INDICATORS.map((d) => [d.key, `${d.zh} ${d.en}`]));
export const SCOPE_LABELS = { area: `${SCOPE_LABEL.area.zh} ${SCOPE_LABEL.area.en}`, own: `${SCOPE_LABEL.own.zh} ${SCOPE_LABEL.own.en}` };
export const KIND_OPTIONS = (Object.keys(KIND_LABEL) as (keyof typeof KIND_LABEL)[]).map((k) => ({ value: k, label: `${KIND_LABEL[k].zh} ${KIND_LABEL[k].en}` }));

import Link from "next/link";
import { indicatorHref, type IndicatorViewState } from "./indicator-url";

interface Props {
  indicatorKey: string;
  state: IndicatorViewState;
  /** the places differ between the years shown */
  setsDiffer: boolean;
  /** places in the balanced panel, when it is shown */
  panelSize: number | null;
}

function Choice({ href, current, children }: { href: string; current: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={current ? "true" : undefined}
      className={`rounded border px-2 py-1 ${current ? "border-red-800 bg-red-50 text-red-900" : "border-stone-300 bg-white"}`}
    >
      {children}
    </Link>
  );
}

/** Which places the median by year is of, and whether its axis starts at 0: links, so each view is a URL. */
export function TrendOptions({ indicatorKey, state, setsDiffer, panelSize }: Props) {
  const href = (change: Partial<IndicatorViewState>) => `${indicatorHref(indicatorKey, { ...state, ...change })}#trend-heading`;
  return (
    <div className="space-y-2 text-sm" data-testid="trend-options">
      {setsDiffer && !state.panel && (
        <p className="rounded border border-amber-300 bg-amber-50 p-2 text-amber-950" data-testid="sets-differ">
          各年报告该指标的地区不同:中位数的变化可能只是地区的变化。The places differ from year to year: a change in the median may only be a change
          of places. 可只看每年都有数值的地区。Compare like with like: the places in every year.
        </p>
      )}
      <div className="flex flex-wrap gap-2" role="group" aria-label="中位数的地区 Places in the median">
        <Choice href={href({ panel: undefined })} current={!state.panel}>
          各年全部地区 All places each year
        </Choice>
        <Choice href={href({ panel: true })} current={Boolean(state.panel)}>
          每年都有数值的地区 Places in every year{panelSize !== null ? ` (${panelSize})` : ""}
        </Choice>
      </div>
      <div className="flex flex-wrap gap-2" role="group" aria-label="纵轴 Value axis">
        <Choice href={href({ zoom: undefined })} current={!state.zoom}>
          纵轴从 0 开始 Axis from 0
        </Choice>
        <Choice href={href({ zoom: true })} current={Boolean(state.zoom)}>
          放大到数据范围 Zoom to the data
        </Choice>
      </div>
    </div>
  );
}

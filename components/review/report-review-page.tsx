"use client";

import { useRouter } from "next/navigation";
import type { TurnedDownFigure } from "@/lib/review/turned-down";
import type { ReviewReport } from "./review-draft";
import { ReviewWorkspace } from "./review-workspace";

/** The report page for a logged-in reviewer: the review, with the page's other parts (history, marks) read again after a save. */
export function ReportReviewPage({ report, turnedDown }: { report: ReviewReport; turnedDown: TurnedDownFigure[] }) {
  const router = useRouter();
  return <ReviewWorkspace reportId={report.id} initial={{ report, turnedDown }} autoFocus onSaved={() => router.refresh()} />;
}

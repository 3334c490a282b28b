"use client";

import { useEffect, useRef } from "react";

/**
 * A heading that takes the focus when the page arrives, for a page reached by submitting a form
 * (the overview's search is a plain GET form, so it works without JavaScript): the person lands
 * on the results, not at the top of the page.
 */
export function FocusOnArrival({ children, id, className }: { children: React.ReactNode; id: string; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h2 ref={ref} id={id} tabIndex={-1} className={className}>
      {children}
    </h2>
  );
}

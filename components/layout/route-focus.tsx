"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * After a client-side move to another page (logging in, a link followed by the router) the
 * element that had the focus is gone and the browser drops focus to the body: a keyboard or
 * screen-reader user would start again from the top. Move it to the new page's heading instead,
 * unless the page has already put it somewhere itself (the review focuses its workspace).
 */
export function RouteFocus() {
  const pathname = usePathname();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      const main = document.getElementById("main");
      if (!main || (active && active !== document.body && main.contains(active))) return;
      const heading = main.querySelector<HTMLElement>("h1") ?? main;
      if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
      heading.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
  return null;
}

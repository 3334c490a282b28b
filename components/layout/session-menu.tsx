"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState } from "react";

/**
 * Who is logged in and the one-click log-out, in the header. It asks the server (GET
 * /api/session) rather than the layout reading the cookie, so every page can stay static.
 */
export function SessionMenu() {
  const router = useRouter();
  const pathname = usePathname();
  const [user, setUser] = useState<string | null | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    fetch("/api/session", { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : { user: null }))
      .then((body: { user: string | null }) => !cancelled && setUser(body.user), () => !cancelled && setUser(null));
    return () => {
      cancelled = true;
    };
  }, [pathname]);

  async function logOut() {
    await fetch("/api/session", { method: "DELETE" });
    setUser(null);
    router.refresh();
  }

  return (
    <>
      <Link href="/review" className="hover:underline">
        待审核<span className="hidden sm:inline"> Unreviewed</span>
      </Link>
      {user ? (
        <span className="flex gap-2" data-testid="session-menu">
          <span className="max-w-24 truncate text-stone-500" data-testid="session-user">
            {user}
          </span>
          <button type="button" onClick={logOut} className="text-red-800 hover:underline">
            退出 Log out
          </button>
        </span>
      ) : user === null ? (
        <Link href={`/login?next=${encodeURIComponent(pathname)}`} className="hover:underline">
          登录<span className="hidden sm:inline"> Log in</span>
        </Link>
      ) : null}
    </>
  );
}

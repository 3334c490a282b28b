"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** Only a path of this site: `?next=//evil.example` must not send a person elsewhere after logging in. */
function nextFromUrl(): string | null {
  const next = new URLSearchParams(window.location.search).get("next");
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : null;
}

export function LoginForm({ next }: { next?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const token = new FormData(e.currentTarget).get("token");
    const res = await fetch("/api/session", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token }),
    });
    setBusy(false);
    if (res.ok) {
      router.push(next ?? nextFromUrl() ?? "/upload");
      router.refresh();
    } else {
      const body = await res.json().catch(() => null);
      setError(body?.error?.message ?? `登录失败 Login failed (${res.status})`);
    }
  }

  return (
    <form onSubmit={submit} className="max-w-md space-y-3 rounded border border-stone-200 bg-white p-4">
      <label className="block text-sm">
        管理令牌或审核人令牌 <span className="text-stone-500">Admin or reviewer token</span>
        <input name="token" type="password" required autoComplete="current-password" className="mt-1 block w-full rounded border border-stone-300 px-2 py-1" />
      </label>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy} className="rounded bg-red-800 px-3 py-1 text-white disabled:opacity-50">
        登录 Log in
      </button>
    </form>
  );
}

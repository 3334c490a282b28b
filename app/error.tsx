"use client";

// A page failed while rendering (most often: the database went away mid-request). Show a page a
// person can read, keep the site's header, and offer to try again; never Next's error dump.
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="space-y-3 py-12 text-center" role="alert">
      <h1 className="text-2xl font-semibold">页面暂时无法显示 · This page cannot be shown right now</h1>
      <p className="text-stone-600">
        数据库可能暂时不可用,通常很快会自动恢复,已保存的数据不会丢失。
        <br />
        The database may be briefly unavailable; this usually clears up by itself, and nothing stored is lost.
      </p>
      <button type="button" onClick={reset} className="text-red-800 hover:underline">
        重试 Try again
      </button>
    </div>
  );
}

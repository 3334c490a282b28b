"use client";

// The root layout itself failed: the same message as app/error.tsx, in a document of its own.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body>
        <main role="alert">
          <h1>页面暂时无法显示 · This page cannot be shown right now</h1>
          <p>数据库可能暂时不可用,通常很快会自动恢复,已保存的数据不会丢失。</p>
          <p>The database may be briefly unavailable; this usually clears up by itself, and nothing stored is lost.</p>
          <button type="button" onClick={reset}>
            重试 Try again
          </button>
        </main>
      </body>
    </html>
  );
}

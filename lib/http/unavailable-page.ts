// The page a person gets while the database is down: plain HTML with no script or style (it must
// show even when nothing else works), in Chinese with English beside it, and a way to try again.
export function unavailablePage(path: string): Response {
  const again = path.startsWith("/") && !path.startsWith("//") ? path : "/";
  const html = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>数据库暂时不可用 · Database unavailable</title></head>
<body>
<main>
<h1>数据库暂时不可用 · The database is unavailable</h1>
<p>报告数据暂时无法读取,通常几秒到几分钟后会自动恢复,无需任何操作。已保存的数据不会丢失。</p>
<p>The report data cannot be read right now. This usually clears up by itself within seconds or minutes; nothing stored is lost.</p>
<p><a href="${escapeHtml(again)}">重新加载 Try again</a></p>
</main>
</body>
</html>`;
  return new Response(html, {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", "retry-after": "5", "cache-control": "no-store" },
  });
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

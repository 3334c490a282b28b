/**
 * Whether a path's percent-escapes do not decode as UTF-8 (`/indicators/%E0%A4%A`). Next.js
 * answers such a path to a dynamic route with a bare 500 ("Internal Server Error", its own 400
 * page missing in the App Router), so proxy.ts answers it first.
 */
export function hasMalformedEscapes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

const MESSAGE = { zh: "网址编码有误,无法读取。", en: "The address is not validly encoded." };

/** 400 in the shape the caller reads: the API's JSON error, or a plain bilingual page. */
export function malformedPathResponse(api: boolean): Response {
  if (api) {
    return Response.json({ error: { code: "bad_request", message: `${MESSAGE.zh}${MESSAGE.en}` } }, { status: 400 });
  }
  const html = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>网址有误 · Bad address</title></head>
<body>
<main>
<h1>网址有误 · Bad address</h1>
<p>${MESSAGE.zh}</p>
<p>${MESSAGE.en}</p>
<p><a href="/">首页 Home</a></p>
</main>
</body>
</html>`;
  // answered before the page policy is made: this page needs nothing, so it is allowed nothing
  return new Response(html, {
    status: 400,
    headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": "default-src 'none'; frame-ancestors 'none'" },
  });
}

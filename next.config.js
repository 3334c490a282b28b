/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Node libraries with native parts, workers or data files (pg, PDF.js CMaps, document readers,
  // the reader worker pool and the esbuild that compiles its worker, the canvas that outlines a
  // downloaded chart's labels):
  // load them from node_modules at run time instead of bundling them.
  serverExternalPackages: ["@napi-rs/canvas", "piscina", "esbuild", "pg", "@prisma/adapter-pg", "mammoth", "word-extractor", "unpdf", "pdfjs-dist", "linkedom", "@mozilla/readability", "chardet"],
  // Headers every answer gets; the pages' Content-Security-Policy is set per request in proxy.ts
  // (nonces and hashes), the API's here. HSTS only when a TLS proxy in front says the request came
  // over https: over plain http it would be ignored, and on localhost it would stick.
  // A browser asks for /favicon.ico by itself when a page's <link rel="icon"> has not arrived yet
  // (a not-found page streamed before its metadata): answer with the same icon, not a 404 that
  // shows up as a console error.
  async rewrites() {
    return [{ source: "/favicon.ico", destination: "/favicon.svg" }];
  },
  async headers() {
    const always = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
      { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ];
    return [
      { source: "/:path*", headers: always },
      // API answers are data, never documents: nothing may load from them or frame them
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }],
      },
    ];
  },
};

module.exports = nextConfig;

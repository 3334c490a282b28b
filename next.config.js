/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Node libraries with native parts, workers or data files (pg, PDF.js CMaps, document readers,
  // the reader worker pool and the esbuild that compiles its worker):
  // load them from node_modules at run time instead of bundling them.
  serverExternalPackages: ["piscina", "esbuild", "pg", "@prisma/adapter-pg", "mammoth", "word-extractor", "unpdf", "pdfjs-dist", "linkedom", "@mozilla/readability", "chardet"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;

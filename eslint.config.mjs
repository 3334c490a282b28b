import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layers point one way (README: Architecture). These rules make a wrong import fail lint.
const noDbOutsideQueries = {
  patterns: [
    { group: ["**/lib/db/**", "@/lib/db/**", "**/generated/**"], message: "Pages and components read through lib/queries; only lib/ touches Prisma." },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ["node_modules/**", ".next/**", ".data/**", "lib/db/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts", ".test-results/**"],
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", noDbOutsideQueries] },
  },
  {
    files: ["lib/extract/**/*.ts"],
    ignores: ["lib/extract/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/db/**", "@/lib/db/**", "**/queries/**", "next", "next/*", "node:fs", "fs", "node:net", "pg"], message: "lib/extract is pure: text in, facts out, no I/O." },
          ],
        },
      ],
    },
  },
];

export default config;

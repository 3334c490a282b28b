import fc from "fast-check";

// `npm test` replays one fixed seed for every property, so a red run is a change's doing and can be
// replayed; `npm run soak` (SOAK=1) draws new seeds and many more runs, and what it finds becomes a
// fixed test (lib/documents/__fixtures__/damaged-pdf.ts came from there).
if (process.env.SOAK !== "1") fc.configureGlobal({ seed: 20261207 });

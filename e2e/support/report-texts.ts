import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const dataDir = path.resolve(__dirname, "../../data");

/** the real reports the tests vary: data/samples and data/corpus, in a fixed order */
export const reportTexts: { name: string; text: string }[] = ["samples", "corpus"].flatMap((dir) =>
  readdirSync(path.join(dataDir, dir))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(path.join(dataDir, dir, f), "utf8") })),
);

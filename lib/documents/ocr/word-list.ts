import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

let shortWords: Set<string> | undefined;

/**
 * The two- and three-character words of jieba's dictionary (@node-rs/jieba's dict.txt, 349,000
 * words; only the word list is read, not its native segmenter). Loaded at the first correction
 * that needs it (~0.3 s), so scans that need none never pay for it.
 */
function words(): Set<string> {
  if (shortWords) return shortWords;
  const require = createRequire(path.join(process.env.FAZHI_WORKER_ROOT ?? process.cwd(), "package.json"));
  const dict = readFileSync(path.join(path.dirname(require.resolve("@node-rs/jieba/package.json")), "dict.txt"), "utf8");
  const set = new Set<string>();
  for (const line of dict.split("\n")) {
    const word = line.slice(0, line.indexOf(" "));
    if (word.length === 2 || word.length === 3) set.add(word);
  }
  shortWords = set;
  return set;
}

/**
 * Whether the character at `index` makes a word of two or three characters with its neighbours
 * (争 in 行政争议: 争议; 工 in 出庭应诉工作: 工作; 室 in 调解室). Such a character was likely read
 * right, a different word from the one a correction expects, and is left alone.
 */
export function makesAWord(text: string, index: number): boolean {
  const list = words();
  for (let length = 2; length <= 3; length++) {
    for (let start = index - length + 1; start <= index; start++) {
      if (start >= 0 && start + length <= text.length && list.has(text.slice(start, start + length))) return true;
    }
  }
  return false;
}

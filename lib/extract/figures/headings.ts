import type { Sentence } from "./sentences";
import { findTopicMentions, type TopicId, type TopicMention } from "./topics";

/**
 * A short heading names the topic of what follows it. Headings nest: "一、行政复议案件情况" covers
 * its section down to the next heading of its rank or higher, through sub-headings that name no
 * topic of their own ("(一)基本情况"); "二是加强行政复议工作。" opening a paragraph covers the rest
 * of that paragraph only. A sentence under such a heading that has no topic word before its
 * figures ("全年共收到申请56件,受理52件") reads as if the heading's topic stood at its start.
 */
const HEADING_MAX = 24;

// the rank of a heading by its enumerator: 一、 > (一) > 1. > (1); none: a section of its own
const RANKS: [RegExp, number][] = [
  [/^[一二三四五六七八九十]+[、.．]/, 1],
  [/^[(（][一二三四五六七八九十]+[)）]/, 2],
  [/^\d{1,2}[、.．](?!\d)/, 3],
  [/^[(（]\d{1,2}[)）]/, 4],
];

function rankOf(heading: string): number {
  for (const [re, rank] of RANKS) if (re.test(heading)) return rank;
  return 1;
}

interface SectionTopic {
  rank: number;
  topic: TopicId | null;
}

export class HeadingTracker {
  /** the open sections, outermost first */
  private sections: SectionTopic[] = [];
  /** an inline heading's topic, for the rest of its paragraph */
  private inline: { topic: TopicId; paragraph: number } | null = null;
  private readonly paragraphSize = new Map<number, number>();

  constructor(
    private readonly text: string,
    sentences: readonly Sentence[],
  ) {
    for (const s of sentences) this.paragraphSize.set(s.paragraph, (this.paragraphSize.get(s.paragraph) ?? 0) + 1);
  }

  private sectionTopic(): TopicId | null {
    for (let i = this.sections.length - 1; i >= 0; i--) if (this.sections[i].topic) return this.sections[i].topic;
    return null;
  }

  /** Call for every sentence in order; returns the heading topic in force for it, if any. */
  visit(sentence: Sentence, isFirstInParagraph: boolean): TopicId | null {
    const inline = this.inline && this.inline.paragraph === sentence.paragraph ? this.inline.topic : null;
    const words = this.text.slice(sentence.start, sentence.end);
    // a heading is short and states no figure
    if (isFirstInParagraph && sentence.end - sentence.start <= HEADING_MAX && !/\d/.test(words)) {
      const topics = new Set(findTopicMentions(this.text, sentence.start, sentence.end).map((m) => m.topic));
      const [only] = topics;
      const topic = topics.size === 1 ? only : null;
      if ((this.paragraphSize.get(sentence.paragraph) ?? 0) === 1) {
        // a heading on a line of its own opens a section
        const rank = rankOf(words.trimStart());
        this.sections = this.sections.filter((s) => s.rank < rank);
        this.sections.push({ rank, topic: topics.size > 1 ? null : topic });
        // two topics in one heading (行政复议和行政应诉): neither is the section's for sure
        if (topics.size > 1) this.sections[this.sections.length - 1].topic = null;
        this.inline = null;
      } else {
        this.inline = topic ? { topic, paragraph: sentence.paragraph } : null;
      }
      return null;
    }
    return inline ?? this.sectionTopic();
  }
}

/** The sentence's mentions, with the heading's topic at its start when none precedes `firstFigure`. */
export function withHeadingTopic(mentions: TopicMention[], heading: TopicId | null, sentenceStart: number, firstFigure: number): TopicMention[] {
  if (!heading || (mentions.length > 0 && mentions[0].start < firstFigure)) return mentions;
  return [{ topic: heading, start: sentenceStart, end: sentenceStart }, ...mentions];
}

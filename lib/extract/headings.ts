import type { Sentence } from "./sentences";
import { findTopicMentions, type TopicId, type TopicMention } from "./topics";

/**
 * A short heading names the topic of what follows it: "(三)行政复议工作" on a line of its own
 * covers the next paragraph, "二是加强行政复议工作。" opening a paragraph covers the rest of it.
 * A sentence under such a heading that has no topic word before its figures ("全年共收到申请
 * 56件,受理52件") reads as if the heading's topic stood at its start.
 */
const HEADING_MAX = 24;

interface HeadingTopic {
  topic: TopicId;
  paragraph: number;
}

export class HeadingTracker {
  private current: HeadingTopic | null = null;
  private readonly paragraphSize = new Map<number, number>();

  constructor(
    private readonly text: string,
    sentences: readonly Sentence[],
  ) {
    for (const s of sentences) this.paragraphSize.set(s.paragraph, (this.paragraphSize.get(s.paragraph) ?? 0) + 1);
  }

  /** Call for every sentence in order; returns the heading topic in force for it, if any. */
  visit(sentence: Sentence, isFirstInParagraph: boolean): TopicId | null {
    const inForce = this.current && this.current.paragraph === sentence.paragraph ? this.current.topic : null;
    // a heading is short and states no figure
    const short = sentence.end - sentence.start <= HEADING_MAX;
    if (isFirstInParagraph && short && !/\d/.test(this.text.slice(sentence.start, sentence.end))) {
      const topics = new Set(findTopicMentions(this.text, sentence.start, sentence.end).map((m) => m.topic));
      const alone = (this.paragraphSize.get(sentence.paragraph) ?? 0) === 1;
      const [only] = topics;
      this.current = topics.size === 1 ? { topic: only, paragraph: alone ? sentence.paragraph + 1 : sentence.paragraph } : null;
      return null;
    }
    return inForce;
  }
}

/** The sentence's mentions, with the heading's topic at its start when none precedes `firstFigure`. */
export function withHeadingTopic(mentions: TopicMention[], heading: TopicId | null, sentenceStart: number, firstFigure: number): TopicMention[] {
  if (!heading || (mentions.length > 0 && mentions[0].start < firstFigure)) return mentions;
  return [{ topic: heading, start: sentenceStart, end: sentenceStart }, ...mentions];
}

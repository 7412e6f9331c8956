/** What every step of the extraction of one article shares: its normalised text, tokens, cues and segments. */
import type { NormalisedText } from '../text/index.ts';
import type { Article } from '../types.ts';
import type { CompiledLexicons } from './compile-lexicons.ts';
import type { CueIndex } from './cue-index.ts';
import type { LexiconMatches } from './lexicon-matches.ts';
import type { PlaceInput } from './places.ts';
import type { TokenIndex } from './tokens.ts';

export interface TextSegment {
  start: number;
  end: number;
  kind: 'sentence' | 'heading' | 'caption' | 'dateline' | 'clause';
  /** Index of the paragraph the segment is in (paragraphs are separated by a blank line). */
  paragraph: number;
}

export interface ArticleContext {
  article: Article;
  normalised: NormalisedText;
  text: string;
  tokens: TokenIndex;
  cues: CueIndex;
  /** Trigger, cue and actor phrases of the whole text, found in one pass. */
  matches: LexiconMatches;
  lexicons: CompiledLexicons;
  segments: TextSegment[];
  /** End of an opening dateline with a date ("Tripoli, 2 September 2019:", "TRIPOLI, June 10 (Xinhua) --"), or 0. */
  datelineEnd: number;
  /**
   * The Libyan place of an opening dateline ("UBARI, Libya (AP) —", "سبها - بوابة الوسط |"): where the story was
   * reported from, the last resort for an event its sentences leave without a place.
   */
  datelinePlace?: PlaceInput | null;
  /**
   * The Libyan place the story is about, from its headline or lede ("Rockets hit Tripoli airport"): where an event
   * the body tells with no place of its own ("the rockets damaged the control tower") happened, when nothing
   * closer places it.
   */
  topicPlace?: PlaceInput | null;
}

import type { Article, ConflictEvent } from '../pipeline/types';

/**
 * Where a selected passage lies in the article's text. Selections read from the page can differ from the text
 * in whitespace (line breaks become spaces), so whitespace runs match each other. Returns null when the passage
 * is not in the text.
 */
export function locateSelection(text: string, selected: string): { start: number; end: number } | null {
  const wanted = selected.trim();
  if (wanted.length === 0) return null;
  const exact = text.indexOf(wanted);
  if (exact >= 0) return { start: exact, end: exact + wanted.length };
  const squashedText = squash(text);
  const squashedWanted = squash(wanted).text;
  const found = squashedText.text.indexOf(squashedWanted);
  if (found < 0) return null;
  const start = squashedText.origin[found];
  const last = squashedText.origin[found + squashedWanted.length - 1];
  if (start === undefined || last === undefined) return null;
  return { start, end: last + 1 };
}

/** The text with each whitespace run read as one space, and for each kept character its index in the text. */
function squash(text: string): { text: string; origin: number[] } {
  const parts: string[] = [];
  const origin: number[] = [];
  let inSpace = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] as string;
    if (/\s/.test(character)) {
      if (!inSpace) {
        parts.push(' ');
        origin.push(index);
      }
      inSpace = true;
    } else {
      parts.push(character);
      origin.push(index);
      inSpace = false;
    }
  }
  return { text: parts.join(''), origin };
}

/**
 * A new event made by the user from a sentence of an article: dated to the article's publication (month
 * precision until the user says more), with no place until the user picks one, and the sentence as its evidence.
 */
export function eventFromSentence(article: Article, span: { start: number; end: number }): ConflictEvent {
  return {
    id: `user-${article.id}-${span.start}-${span.end}`,
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    date: article.published,
    time_precision: 3,
    location: null,
    place_id: null,
    admin1: null,
    latitude: null,
    longitude: null,
    geo_precision: null,
    actor1: null,
    actor2: null,
    fatalities: null,
    fatalities_high: null,
    injuries: null,
    notes: article.text.slice(span.start, span.end),
    confidence: 1,
    confidence_reasons: ['added by the user'],
    sources: [{ article_id: article.id, start: span.start, end: span.end }],
    highlights: [],
  };
}

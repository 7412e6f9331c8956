import type { ConflictEvent, Highlight, SourceSpan } from '../pipeline/types';

/**
 * Events stored column by column: each repeated string (types, places, actors, reasons, article ids) once in
 * `words`, the fields that point at them and the numbers in typed arrays (which the browser copies as raw bytes),
 * ids and evidence texts as plain string lists. Cloning and reading this costs a fraction of the same events as
 * objects or as JSON text, where every field name and every repeated value is written out again for each event.
 */
export interface EventColumns {
  count: number;
  words: string[];
  ids: string[];
  notes: string[];
  /** `WORD_FIELDS.length` word indexes per event; -1 for null. */
  refs: Int32Array;
  /** `NUMBER_FIELDS.length` numbers per event; NaN for null. */
  numbers: Float64Array;
  /**
   * Per event, in order: the number of reasons and their word indexes; the number of sources and, for each, its
   * article id's word index, start and end; the number of highlights and, for each, its kind's and article id's
   * word indexes, start and end.
   */
  parts: Int32Array | Float64Array;
  /** Per event index, the JSON text of any field not listed here (none for the extractor's own events). */
  extra: [number, string][];
}

const WORD_FIELDS = [
  'event_type',
  'sub_event_type',
  'date',
  'location',
  'place_id',
  'admin1',
  'actor1',
  'actor2',
] as const;

const NUMBER_FIELDS = [
  'time_precision',
  'latitude',
  'longitude',
  'geo_precision',
  'fatalities',
  'fatalities_high',
  'injuries',
  'confidence',
] as const;

const KNOWN_FIELDS = new Set<string>([
  ...WORD_FIELDS,
  ...NUMBER_FIELDS,
  'id',
  'notes',
  'confidence_reasons',
  'sources',
  'highlights',
]);

const WORDS = WORD_FIELDS.length;
const NUMBERS = NUMBER_FIELDS.length;

/** The events as columns (see `EventColumns`). */
export function encodeEvents(events: readonly ConflictEvent[]): EventColumns {
  const count = events.length;
  const words: string[] = [];
  const wordIndex = new Map<string, number>();
  const word = (value: string): number => {
    let index = wordIndex.get(value);
    if (index === undefined) {
      index = words.length;
      words.push(value);
      wordIndex.set(value, index);
    }
    return index;
  };
  const ids = new Array<string>(count);
  const notes = new Array<string>(count);
  const refs = new Int32Array(count * WORDS);
  const numbers = new Float64Array(count * NUMBERS);
  const parts = new NumberList();
  const extra: [number, string][] = [];
  // Sources and highlights of an event almost always name one article: look its word up once.
  let lastArticle = '';
  let lastArticleWord = -1;
  const articleWord = (id: string): number => {
    if (id !== lastArticle || lastArticleWord < 0) {
      lastArticle = id;
      lastArticleWord = word(id);
    }
    return lastArticleWord;
  };
  for (let index = 0; index < count; index += 1) {
    const event = events[index] as ConflictEvent;
    ids[index] = event.id;
    notes[index] = event.notes;
    for (let field = 0; field < WORDS; field += 1) {
      const value = event[WORD_FIELDS[field] as (typeof WORD_FIELDS)[number]];
      // A field missing from a malformed event is kept as null, never as a word that is not there.
      refs[index * WORDS + field] = value === null || value === undefined ? -1 : word(value);
    }
    for (let field = 0; field < NUMBERS; field += 1) {
      const value = event[NUMBER_FIELDS[field] as (typeof NUMBER_FIELDS)[number]];
      numbers[index * NUMBERS + field] = typeof value === 'number' ? value : NaN;
    }
    parts.push(event.confidence_reasons.length);
    for (const reason of event.confidence_reasons) parts.push(word(reason));
    parts.push(event.sources.length);
    for (const source of event.sources) {
      parts.push(articleWord(source.article_id));
      parts.push(source.start);
      parts.push(source.end);
    }
    parts.push(event.highlights.length);
    for (const highlight of event.highlights) {
      parts.push(word(highlight.kind));
      parts.push(articleWord(highlight.article_id));
      parts.push(highlight.start);
      parts.push(highlight.end);
    }
    const others = otherFields(event);
    if (others) extra.push([index, JSON.stringify(others)]);
  }
  return { count, words, ids, notes, refs, numbers, parts: parts.finish(), extra };
}

/** The events the columns hold, in order. Throws when the columns are not what `encodeEvents` writes. */
export function decodeEvents(columns: EventColumns): ConflictEvent[] {
  const events = readEvents(columns);
  const missing = events.indexOf(null);
  if (missing >= 0) throw new Error(`event ${missing} of the columns cannot be read`);
  return events as ConflictEvent[];
}

/**
 * The events the columns hold, in order, with null for each event that cannot be read (a word it names is missing,
 * or the columns end before it): one damaged event never takes the others with it. A nullable field whose word is
 * missing reads as null.
 */
export function readEvents(columns: EventColumns): (ConflictEvent | null)[] {
  const { words, ids, notes, refs, numbers, parts } = columns;
  const count = Number.isInteger(columns.count) && columns.count > 0 ? columns.count : 0;
  const events = new Array<ConflictEvent | null>(count).fill(null);
  if (
    !Array.isArray(words) ||
    !Array.isArray(ids) ||
    !Array.isArray(notes) ||
    refs.length < count * WORDS ||
    numbers.length < count * NUMBERS
  ) {
    return events;
  }
  let damaged = false;
  const wordAt = (index: number): string => {
    const value = words[index];
    if (typeof value === 'string') return value;
    damaged = true;
    return '';
  };
  const nullableWord = (index: number): string | null => {
    const value = index < 0 ? null : words[index];
    return typeof value === 'string' ? value : null;
  };
  const nullableNumber = (value: number): number | null => (Number.isNaN(value) ? null : value);
  let at = 0;
  const next = (): number => {
    if (at >= parts.length) throw new Error('event columns end early');
    return parts[at++] as number;
  };
  for (let index = 0; index < count; index += 1) {
    const r = index * WORDS;
    const n = index * NUMBERS;
    damaged = false;
    let reasons: string[];
    let sources: SourceSpan[];
    let highlights: Highlight[];
    try {
      reasons = new Array<string>(next());
      for (let item = 0; item < reasons.length; item += 1) reasons[item] = wordAt(next());
      sources = new Array<SourceSpan>(next());
      for (let item = 0; item < sources.length; item += 1) {
        sources[item] = { article_id: wordAt(next()), start: next(), end: next() };
      }
      highlights = new Array<Highlight>(next());
      for (let item = 0; item < highlights.length; item += 1) {
        highlights[item] = {
          kind: wordAt(next()) as Highlight['kind'],
          article_id: wordAt(next()),
          start: next(),
          end: next(),
        };
      }
    } catch {
      // The columns end early (or name a list longer than they hold): this event and those after it are lost.
      break;
    }
    const event: ConflictEvent = {
      id: typeof ids[index] === 'string' ? (ids[index] as string) : wordAt(-1),
      event_type: wordAt(refs[r] as number) as ConflictEvent['event_type'],
      sub_event_type: wordAt(refs[r + 1] as number) as ConflictEvent['sub_event_type'],
      date: nullableWord(refs[r + 2] as number),
      time_precision: numbers[n] as ConflictEvent['time_precision'],
      location: nullableWord(refs[r + 3] as number),
      place_id: nullableWord(refs[r + 4] as number),
      admin1: nullableWord(refs[r + 5] as number),
      latitude: nullableNumber(numbers[n + 1] as number),
      longitude: nullableNumber(numbers[n + 2] as number),
      geo_precision: nullableNumber(numbers[n + 3] as number) as ConflictEvent['geo_precision'],
      actor1: nullableWord(refs[r + 6] as number),
      actor2: nullableWord(refs[r + 7] as number),
      fatalities: nullableNumber(numbers[n + 4] as number),
      fatalities_high: nullableNumber(numbers[n + 5] as number),
      injuries: nullableNumber(numbers[n + 6] as number),
      notes: typeof notes[index] === 'string' ? (notes[index] as string) : '',
      confidence: numbers[n + 7] as number,
      confidence_reasons: reasons,
      sources,
      highlights,
    };
    events[index] = damaged ? null : event;
  }
  for (const [index, text] of Array.isArray(columns.extra) ? columns.extra : []) {
    const event = events[index];
    if (!event) continue;
    try {
      const others = JSON.parse(text) as Record<string, unknown>;
      for (const key of Object.keys(others)) {
        // Only fields with no column of their own; never one that would change the object's prototype.
        if (KNOWN_FIELDS.has(key) || key === '__proto__') continue;
        (event as unknown as Record<string, unknown>)[key] = others[key];
      }
    } catch {
      events[index] = null;
    }
  }
  return events;
}

/**
 * A growing list of numbers kept as 32-bit integers while they all are (offsets and indexes always are), switching
 * to 64-bit floats the first time one is not, so any number is kept exactly.
 */
class NumberList {
  private values: Int32Array | Float64Array = new Int32Array(1024);
  private length = 0;

  push(value: number): void {
    if (this.length === this.values.length) this.grow(this.values.length * 2);
    if (this.values instanceof Int32Array && (value | 0) !== value) {
      this.values = Float64Array.from(this.values);
    }
    this.values[this.length] = value;
    this.length += 1;
  }

  finish(): Int32Array | Float64Array {
    return this.values.slice(0, this.length);
  }

  private grow(size: number): void {
    const grown = this.values instanceof Int32Array ? new Int32Array(size) : new Float64Array(size);
    grown.set(this.values);
    this.values = grown;
  }
}

/** The fields of an event not stored in their own column (such as `corrected`), or null when there are none. */
function otherFields(event: ConflictEvent): Record<string, unknown> | null {
  let others: Record<string, unknown> | null = null;
  for (const key in event) {
    if (KNOWN_FIELDS.has(key)) continue;
    const value = (event as unknown as Record<string, unknown>)[key];
    if (value === undefined) continue;
    others ??= {};
    others[key] = value;
  }
  return others;
}

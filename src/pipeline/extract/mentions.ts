/**
 * Trigger mentions: every word or phrase of the cue lexicon found in a sentence, typed (by the trigger
 * itself, by an instrument named next to a generic attack verb, or by the verb's default), and
 * checked against what rules a mention out: negation, modality and intent, overflight, habitual or
 * generic use, reference to other events, disposal of mines, and purpose ("to retake").
 */
import type { SubEventType } from '../types.ts';
import type { TriggerStrength } from './compile-lexicons.ts';
import type { ArticleContext, TextSegment } from './context.ts';
import type { CueKind } from './cue-kinds.ts';
import type { Scope } from './cue-index.ts';
import { cliticParts } from '../text/clitics.ts';
import { daysBetween } from './dates.ts';
import { tokenAt, tokensBetween } from './tokens.ts';

export type TypeSource = 'trigger' | 'instrument' | 'default' | 'context';

export interface Mention {
  /** Span of the trigger word(s) in the normalised text, clitics included. */
  start: number;
  end: number;
  type: SubEventType | null;
  typeSource: TypeSource;
  strength: TriggerStrength;
  /** Written with the article (الغارة، the strike): may refer back to an event told before. */
  definite: boolean;
  /** A plural or mass noun (غارات، اشتباكات، fighting): may sum up several incidents. */
  plural: boolean;
  segment: number;
  ruledOut: string | null;
}

const INSTRUMENT_TYPES: [CueKind, SubEventType][] = [
  ['instrument_air', 'Air/drone strike'],
  ['instrument_shelling', 'Shelling/artillery/missile attack'],
  ['instrument_explosive', 'Remote explosive/landmine/IED'],
];

const MASS_NOUNS = new Set([
  'معارك',
  'مواجهات',
  'قتال',
  'اقتتال',
  'قذائف',
  'صواريخ',
  'fighting',
  'clashes',
  'battles',
]);
const ENGLISH_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their']);

function isPlural(phrase: string): boolean {
  const words = phrase.split(' ');
  const first = words[0] ?? phrase;
  if (MASS_NOUNS.has(first)) return true;
  if (/^[a-z]/.test(first)) {
    const last = words[words.length - 1] ?? first;
    return last.endsWith('s') && !last.endsWith('ss');
  }
  return first.endsWith('ات') || first.endsWith('تين') || first.endsWith('تان');
}

function previousWord(context: ArticleContext, position: number): string {
  let end = position;
  while (end > 0 && context.text.charCodeAt(end - 1) === 32) end--;
  let start = end;
  while (start > 0 && /[a-z']/.test(context.text[start - 1] as string)) start--;
  return context.text.slice(start, end);
}

const ARABIC_LETTERS = /[\u0621-\u064a]/;

/** How many words before an attack verb its weapon may stand ("Warplanes believed to belong to the LNA struck"). */
const INSTRUMENT_BEFORE = 8;
const INSTRUMENT_AFTER = 4;

function instrumentType(
  context: ArticleContext,
  start: number,
  end: number,
  segment: TextSegment,
  triggerSpans: readonly { start: number; end: number; type: SubEventType | null }[],
): SubEventType | null {
  let best: { type: SubEventType; distance: number } | null = null;
  const free = (cue: { start: number; end: number }): boolean =>
    !triggerSpans.some((span) => span.start < cue.end && cue.start < span.end);
  for (const [kind, type] of INSTRUMENT_TYPES) {
    // A pattern holds its weapon, or its launcher: "أطلقت الطائرة الحربية صواريخها" (the aircraft first).
    if (best?.distance !== 0 && context.cues.within(kind, start, end).some(free)) {
      best = { type, distance: 0 };
      continue;
    }
    const before = context.cues.before(kind, start, INSTRUMENT_BEFORE, segment.start);
    if (before !== null && free(before)) {
      const distance = tokensBetween(context.tokens, before.end, start);
      if (best === null || distance < best.distance) best = { type, distance };
    }
    const after = context.cues.after(kind, end, INSTRUMENT_AFTER, segment.end);
    if (after !== null && free(after) && wieldedAfterVerb(context, start, end, after)) {
      const distance = tokensBetween(context.tokens, end, after.start);
      if (best === null || distance < best.distance) best = { type, distance };
    }
  }
  // A generic verb whose weapon follows it as a trigger of its own is that trigger's act, whatever aircraft or
  // air base is named a few words before it ("تعرضت قاعدة الوطية الجوية لقصف بقذائف الهاون"); an aircraft
  // right at the verb still launches what follows ("طائرات حربية قصفت بالصواريخ").
  if (best === null || best.distance > 0) {
    const weapon = triggerSpans.find(
      (span) => span.start >= end && tokensBetween(context.tokens, end, span.start) === 0,
    );
    const weaponType = weapon?.type ?? null;
    if (weaponType !== null && INSTRUMENT_TYPES.some(([, type]) => type === weaponType)) return weaponType;
  }
  return best?.type ?? null;
}

/** English prepositions that introduce the weapon after its verb: "struck with rockets", "hit by mortar fire". */
const WIELDING_PREPOSITIONS = new Set(['with', 'by', 'using', 'from', 'of']);

/** Weapons that are as often the target as the weapon: "استهدفت دبابة" is a tank hit. */
const TARGET_LIKE = /^(دبابه|دبابات|دبابتين|راجمه|راجمات|مدفع|مدافع|منصه|منصات)$/;

/**
 * Whether a weapon named after an attack verb is what the attack was made with, not its object. Arabic: a
 * weapon with بـ ("استهدفتها بصواريخ") or definite ("قصفت المدفعية الحي") is the weapon; an indefinite one
 * is the verb's subject ("استهدفت طائرة مسيرة مخزنا") unless the verb already has its subject before it
 * ("إن الضربات استهدفت دبابة", "التي استهدفت") or it names a target-like weapon ("استهدفت دبابة"). English
 * puts the subject first: only "with", "by", "using" bring the weapon after the verb ("struck with rockets").
 */
function wieldedAfterVerb(
  context: ArticleContext,
  verbStart: number,
  verbEnd: number,
  cue: { start: number; end: number },
): boolean {
  const text = context.text;
  const position = cue.start;
  if (!ARABIC_LETTERS.test(text[position] ?? ''))
    return WIELDING_PREPOSITIONS.has(previousWord(context, position));
  let wordStart = position;
  while (wordStart > 0 && position - wordStart < 4 && ARABIC_LETTERS.test(text[wordStart - 1] as string))
    wordStart--;
  const prefix = text.slice(wordStart, position);
  if (/ب/.test(prefix) || /ال$/.test(prefix) || text.startsWith('ال', position)) return true;
  if (TARGET_LIKE.test(text.slice(position, cue.end))) return false;
  // "قصفت قوات حفتر طائرة شحن": with the subject named between them, an indefinite weapon after the verb is its object.
  if (tokensBetween(context.tokens, verbEnd, wordStart) > 0) return false;
  return !subjectBefore(text, verbStart);
}

/** Whether the word right before an Arabic verb is a definite noun or a relative pronoun: its subject already stands. */
function subjectBefore(text: string, verbStart: number): boolean {
  let end = verbStart;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  let begin = end;
  while (begin > 0 && end - begin < 24 && ARABIC_LETTERS.test(text[begin - 1] as string)) begin--;
  return /^(و|ف)?ال/.test(text.slice(begin, end));
}

/** Only light words ("to launch", "بشن") stand between a cue and the trigger. */
function onlyLightWordsBetween(context: ArticleContext, from: number, to: number): boolean {
  const words = tokensBetween(context.tokens, from, to);
  if (words === 0) return true;
  let light = 0;
  for (const cue of context.cues.within('light_words', from, to)) if (cue.end - cue.start > 0) light++;
  return light >= words;
}

/** Words before an English "continued"/"ongoing" that make it an adjective ("the continued shelling", "amid ongoing clashes"). */
const ENGLISH_ATTRIBUTIVE_OPENERS = new Set([
  'the',
  'its',
  'their',
  'this',
  'amid',
  'despite',
  'of',
  'by',
  'from',
  'under',
  'with',
  'to',
]);

function isLatinAt(text: string, position: number): boolean {
  const code = text.charCodeAt(position);
  return code >= 97 && code <= 122;
}

/** Words after "fighting continued" that bound it in time, so that it tells an incident: "until dawn", "into the night". */
const ENGLISH_TIME_BOUNDS = new Set(['until', 'till', 'into', 'overnight', 'throughout', 'late', 'through']);

function nextWord(context: ArticleContext, position: number): string {
  const tokens = context.tokens;
  const index = tokenAt(tokens, position);
  if (index >= tokens.count) return '';
  return context.text.slice(tokens.starts[index] as number, tokens.ends[index] as number);
}

/**
 * "Ongoing or repeated", no single incident. An Arabic modifier follows its noun (القصف المتواصل); an
 * English one stands before it as an adjective ("the continued shelling", "amid ongoing clashes"), or
 * after it as a verb with no time of its own ("fighting continued on the outskirts"). A continuation
 * bounded in time tells an incident: "fighting continued until dawn".
 */
/** Modifiers that say fighting goes on, folded ("the ongoing clashes", "الاشتباكات المستمرة"), not that it recurs. */
const GOING_ON = /^(ongoing|continuing|continued|المستمر|المستمره|المتواصل|المتواصله)$/;

function genericModifier(context: ArticleContext, mention: Mention, scope: Scope): boolean {
  const after = context.cues.after('generic_modifiers', mention.end, 1, scope.end);
  const before = context.cues.before('generic_modifiers', mention.start, 1, scope.start);
  // "Twelve people were killed in Benghazi in the ongoing clashes": fighting going on that counts its dead today
  // is today's incident, not a habit.
  const goingOn = [after, before].some(
    (cue) => cue !== null && GOING_ON.test(context.text.slice(cue.start, cue.end)),
  );
  if (goingOn && context.cues.has('killed', scope.start, scope.end)) return false;
  if (after !== null) {
    if (!isLatinAt(context.text, after.start)) return true;
    if (!ENGLISH_TIME_BOUNDS.has(nextWord(context, after.end))) return true;
  }
  if (before === null || !isLatinAt(context.text, before.start)) return false;
  return ENGLISH_ATTRIBUTIVE_OPENERS.has(previousWord(context, before.start));
}

/**
 * "as fighting entered its third week", "مع دخول المعارك أسبوعها الثالث": an "entering" word next to the
 * trigger and the period it has reached just after it.
 */
function hasReachedAPeriod(
  context: ArticleContext,
  mention: Mention,
  floor: number,
  ceiling: number,
): boolean {
  const { cues } = context;
  const entering =
    cues.before('entering', mention.start, 2, floor) ?? cues.after('entering', mention.end, 5, ceiling);
  if (entering === null) return false;
  return cues.after('period_nouns', Math.max(entering.end, mention.end), 3, ceiling) !== null;
}

/**
 * "The current round of fighting began in early February", "اندلعت المواجهات مطلع فبراير": an onset verb next to
 * the trigger and a time no finer than part of a month right after it tell when a round of fighting started, not
 * an incident. English puts the verb after the trigger, Arabic usually before it.
 */
function startedMonthsAgo(
  context: ArticleContext,
  mention: Mention,
  floor: number,
  ceiling: number,
): boolean {
  const { cues } = context;
  // "clashes erupted" may be one trigger phrase: its own onset verb counts.
  const own = cues.within('onset', mention.start, mention.end).length > 0;
  if (own && cues.after('coarse_time', mention.end, 1, ceiling) !== null) return true;
  const after = cues.after('onset', mention.end, 2, ceiling);
  if (after !== null && cues.after('coarse_time', after.end, 1, ceiling) !== null) return true;
  const before = cues.before('onset', mention.start, 3, floor);
  return before !== null && cues.after('coarse_time', mention.end, 3, ceiling) !== null;
}

/** How far back in its clause a strike's list of targets may name a bomb ("the targets hit on Thursday were seven positions and a VBIED"). */
const DEVICE_TARGET_WORDS = 12;

/** How far after a generic attack word its period may be told ("القصف الذي يتعرض له السكان منذ أشهر"). */
const PERIOD_WORDS = 6;

/**
 * A generic attack word followed in its clause by a period ("منذ أشهر", "since weeks", "for months"):
 * what goes on, not an incident.
 */
function lastsAPeriod(context: ArticleContext, mention: Mention, ceiling: number): boolean {
  const duration = context.cues.after('durations', mention.end, PERIOD_WORDS, ceiling);
  if (duration === null) return false;
  if (context.cues.before('summary', duration.start, 1, mention.end) !== null) return true;
  return previousWord(context, duration.start) === 'for';
}

/** Verbs after which "to" + a change of control tells that it happened ("managed to retake", "forced to withdraw"). */
const ACCOMPLISHED_BEFORE_TO = new Set([
  'managed',
  'able',
  'succeeded',
  'forced',
  'compelled',
  'went',
  'came',
]);

/**
 * "fighting to regain control", "the operation to seize Gharyan", "units headed there to retake it": an English
 * change of control in the infinitive is what someone sets out to do, not what was done — unless the verb before
 * "to" says it was done.
 */
function infinitiveOfPurpose(context: ArticleContext, mention: Mention, floor: number): boolean {
  if (previousWord(context, mention.start) !== 'to') return false;
  const to = context.text.lastIndexOf('to', mention.start);
  if (to < floor) return false;
  return !ACCOMPLISHED_BEFORE_TO.has(previousWord(context, to));
}

/** Words before a participle that make it a verb of the clause ("was captured by", "had been seized by"). */
const AUXILIARIES = new Set([
  'was',
  'were',
  'is',
  'are',
  'been',
  'be',
  'being',
  'had',
  'has',
  'have',
  'and',
  'then',
  'later',
  'finally',
  'eventually',
  'recently',
  'reportedly',
  'also',
]);

/**
 * "to retake towns captured by rebels", "areas seized by the group": an English participle right after a noun and
 * before "by" describes those places (a reduced relative clause), it reports no change of control of its own.
 */
function describedPlaces(context: ArticleContext, mention: Mention, floor: number): boolean {
  if (!/(ed|en)$/.test(context.text.slice(mention.start, mention.end))) return false;
  if (nextWord(context, mention.end) !== 'by') return false;
  const before = previousWord(context, mention.start);
  if (before === '' || AUXILIARIES.has(before)) return false;
  // The noun comes right before, with no comma or other mark between ("the town, captured by rebels on Monday").
  return /^[a-z'’-]+\s+$/.test(
    context.text.slice(Math.max(floor, mention.start - before.length - 1), mention.start),
  );
}

/** "لاستعادة", "للسيطرة على": the preposition ل before a change of control reads as its purpose. */
function purposePreposition(prefix: string): boolean {
  return cliticParts(prefix)?.preposition === 'ل';
}

function ruleOut(context: ArticleContext, mention: Mention, scope: Scope, prefix: string): string | null {
  const { cues } = context;
  // Every cue is looked for in the scope of the mention (its clause, a few words around it), never the whole sentence.
  const floor = scope.start;
  const ceiling = scope.end;
  const negation = cues.before('negation', mention.start, 3, floor);
  // "لم تسفر الغارة عن", "طائرة لم تعرف هويتها قصفت": the negated verb stands between, the trigger is not negated.
  if (negation !== null && !cues.has('negation_stops', negation.end, mention.start)) return 'negated';
  const strong = cues.before('modality', mention.start, 6, floor);
  if (strong !== null) return 'announced, planned, threatened or called for, not reported as done';
  const weak = cues.before('modality_weak', mention.start, 3, floor);
  if (weak !== null && onlyLightWordsBetween(context, weak.end, mention.start))
    return 'conditional or future';
  if (cues.before('habitual', mention.start, 1, floor) !== null) return 'habitual ("they were targeting")';
  if (
    cues.before('frequency', mention.start, 3, floor) !== null ||
    cues.after('frequency', mention.end, 4, ceiling) !== null
  )
    return 'something that happens often, no single incident';
  if (
    (mention.strength === 'territory' || mention.type === 'Armed clash') &&
    (cues.before('protest', mention.start, 4, floor) !== null ||
      cues.after('protest', mention.end, 2, ceiling) !== null)
  ) {
    return 'a protest or riot, not fighting between armed forces';
  }
  const launch = cues.before('launch', mention.start, 3, floor);
  if (launch !== null && onlyLightWordsBetween(context, launch.end, mention.start))
    return 'the launch of an operation announced, no attack named';
  if (startedMonthsAgo(context, mention, floor, ceiling))
    return 'the onset of a round of fighting dated to a month or more ("began in early February"), no single incident';
  if (hasReachedAPeriod(context, mention, floor, ceiling))
    return 'fighting told by how long it has lasted ("entered its third week"), no single incident';
  if (cues.before('reference', mention.start, 3, floor) !== null) return 'a reference to other attacks';
  if (genericModifier(context, mention, scope)) return 'ongoing or repeated, no single incident';
  if (mention.strength === 'generic' && lastsAPeriod(context, mention, ceiling))
    return 'ongoing for a period ("the shelling residents have endured for months"), no single incident';
  if (mention.plural && cues.after('consequence', mention.end, 3, ceiling) !== null) {
    return 'the consequences of fighting, no single incident';
  }
  if (
    mention.strength === 'generic' &&
    cues.has('overflight', Math.max(floor, mention.start - 80), Math.min(ceiling, mention.end + 80))
  ) {
    return 'an overflight or surveillance flight';
  }
  // "gunfire and explosions rang out", "دوي انفجارات": what was heard, not a bomb that went off or a shell that fell.
  if (
    mention.strength === 'generic' &&
    (cues.before('sounds', mention.start, 3, floor) !== null ||
      cues.after('sounds', mention.end, 2, ceiling) !== null)
  ) {
    return 'sounds of fighting heard, not a bombing';
  }
  if (
    mention.type === 'Remote explosive/landmine/IED' &&
    cues.before('disposal', mention.start, 4, floor) !== null
  ) {
    return 'mines found or cleared, not an explosion';
  }
  if (
    mention.type === 'Remote explosive/landmine/IED' &&
    cues.before('device_struck', mention.start, DEVICE_TARGET_WORDS, floor) !== null
  ) {
    return 'a bomb or car bomb hit or destroyed as a target, not an explosion';
  }
  if (mention.strength === 'territory') {
    const purpose = cues.before('purpose', mention.start, 2, floor);
    if (
      purposePreposition(prefix) ||
      infinitiveOfPurpose(context, mention, floor) ||
      describedPlaces(context, mention, floor) ||
      (purpose !== null && onlyLightWordsBetween(context, purpose.end, mention.start))
    )
      return 'a purpose ("to take control"), not a change of control reported';
  }
  return null;
}

/** How many words a superlative reaches over to what it is compared with ("أسوأ أعمال عنف بالمدينة منذ أسابيع"). */
const COMPARISON_WORDS = 6;

/**
 * Whether what starts at `position` follows a superlative in its clause: "the fiercest clashes in
 * months", "Libya's worst fighting since 2011", "في أسوأ أعمال عنف بالمدينة منذ أسابيع". What it is
 * compared with sums nothing up.
 */
function compared(context: ArticleContext, position: number): boolean {
  const scope = context.cues.scope(position, position + 1);
  return context.cues.before('superlative', position, COMPARISON_WORDS, scope.start) !== null;
}

/**
 * Whether a date is what a superlative is compared with ("since 2019", "منذ أشهر"), so it dates
 * nothing: it follows "since" or opens with a summary word, after a superlative.
 */
export function inComparison(context: ArticleContext, date: { start: number; since: boolean }): boolean {
  const { cues, tokens } = context;
  const opensWithSummary = cues.after('summary', date.start, 0, date.start + 16)?.start === date.start;
  // "since 2019": "since" right before the date ("منذ أشهر يوم الخميس" ends its comparison before the day).
  const word = tokenAt(tokens, date.start);
  const previousStart = word > 0 ? (tokens.starts[word - 1] as number) : -1;
  const afterSince =
    date.since &&
    previousStart >= 0 &&
    cues.after('summary', previousStart, 0, date.start)?.start === previousStart;
  return (opensWithSummary || afterSince) && compared(context, date.start);
}

/** Summary words that span what follows them: before one day's date they name that day ("طوال يوم الجمعة"). */
const WHOLE_OF = /^(طوال|طيله|طيلة|على مدى|على مدار|throughout|all through)$/i;

/** Days before publication within which "since <day>" opens the fighting being told, not a period summed up. */
const ONSET_DAYS = 2;

/**
 * "Since Wednesday evening, fierce clashes …", "اندلعت منذ مساء الأحد اشتباكات": a day named to the day,
 * at most two days before publication, after "since" is when the fighting being told began.
 */
export function isOnset(
  context: ArticleContext,
  date: { since: boolean; date: string; precision: number },
): boolean {
  const published = context.article.published;
  if (!date.since || date.precision !== 1 || published === null) return false;
  const age = daysBetween(date.date, published);
  return age >= 0 && age <= ONSET_DAYS;
}

/**
 * Whether a summary cue, a duration or a "since" date at text[start, end) is what a superlative is
 * compared with ("the fiercest clashes in months") or opens the fighting told ("since Wednesday
 * evening"), and so does not make the sentence a running total.
 */
export function notASummary(
  context: ArticleContext,
  dates: readonly { start: number; since: boolean; date: string; precision: number }[],
  start: number,
  end: number,
): boolean {
  if (compared(context, start)) return true;
  const wholeOf = WHOLE_OF.test(context.text.slice(start, end));
  return dates.some(
    (date) =>
      date.start >= start &&
      tokensBetween(context.tokens, end, date.start) <= 1 &&
      // "طوال يوم أمس", "throughout Saturday night": the whole of one day is that day, not a period summed up.
      (isOnset(context, date) || (wholeOf && !date.since && date.precision === 1)),
  );
}

/** Words a cue standing before a mention counts extra: an outcome or a period is told after its event. */
const BEFORE_BIAS = 8;

/** Words a clause opener ("كما", "while", "في سياق متصل") between a cue and a mention counts: the cue tells of its own clause. */
const OTHER_CLAUSE_BIAS = 10;

function wordsApart(context: ArticleContext, mention: Mention, start: number, end: number): number {
  const [from, to, bias] = mention.end <= start ? [mention.end, start, 0] : [end, mention.start, BEFORE_BIAS];
  const otherClause = context.cues.has('clause_openers', from, to) ? OTHER_CLAUSE_BIAS : 0;
  return tokensBetween(context.tokens, from, to) + bias + otherClause;
}

/**
 * Whether a sentence-level cue at text[start, end) (a summary word, "no casualties were reported")
 * speaks of `group`: its nearest live mention in the sentence is one of the group's. A sentence
 * telling one event keeps every such cue; a page without punctuation, one long sentence telling many,
 * gives each cue to the event it stands by.
 */
export function speaksOf(
  context: ArticleContext,
  group: readonly Mention[],
  sentence: readonly Mention[],
  start: number,
  end: number,
): boolean {
  let nearest: Mention | null = null;
  let nearestWords = Infinity;
  for (const mention of sentence) {
    if (mention.ruledOut !== null) continue;
    const words = wordsApart(context, mention, start, end);
    if (words < nearestWords) {
      nearest = mention;
      nearestWords = words;
    }
  }
  return nearest === null || group.includes(nearest);
}

/** Whether a cue of this kind in the segment speaks of `group` (see `speaksOf`). */
export function cueSpeaksOf(
  context: ArticleContext,
  kind: CueKind,
  group: readonly Mention[],
  sentence: readonly Mention[],
  segment: Scope,
): boolean {
  return context.cues
    .within(kind, segment.start, segment.end)
    .some((cue) => speaksOf(context, group, sentence, cue.start, cue.end));
}

const OPENING_QUOTES = new Set(['«', '“']);
const CLOSING_QUOTES = new Set(['»', '”']);

/** Whether a position lies inside a quotation opened earlier in the sentence («...», “...”, "..."). */
function insideQuotes(text: string, from: number, position: number): boolean {
  let open = false;
  for (let index = from; index < position; index++) {
    const character = text[index] as string;
    if (character === '"') open = !open;
    else if (OPENING_QUOTES.has(character)) open = true;
    else if (CLOSING_QUOTES.has(character)) open = false;
  }
  return open;
}

/** The trigger mentions of one segment, in text order (ruled-out ones are kept, marked, for diagnostics). */
export function findMentions(context: ArticleContext, segmentIndex: number): Mention[] {
  const segment = context.segments[segmentIndex] as TextSegment;
  const matches = context.matches.triggersIn(segment.start, segment.end);
  if (matches.length === 0) return [];
  const triggerSpans = matches
    .filter((match) => match.value.role === 'trigger' && match.value.strength !== 'generic')
    .map((match) => ({ start: match.start, end: match.end, type: match.value.type }));
  const mentions: Mention[] = [];
  for (const match of matches) {
    if (match.value.role === 'blocker') continue;
    // A longer trigger and a generic verb of the same span both come back: keep the most specific.
    const previous = mentions[mentions.length - 1];
    const start = match.start - match.prefix.length;
    const end = match.end;
    if (previous !== undefined && previous.start === start && previous.end === end) {
      if (previous.strength !== 'generic' || match.value.strength === 'generic') continue;
      mentions.pop();
    }
    const phrase = context.text.slice(match.start, match.end);
    let type = match.value.type;
    let typeSource: TypeSource = 'trigger';
    if (match.value.strength === 'generic') {
      const instrument = instrumentType(context, start, end, segment, triggerSpans);
      if (instrument !== null) {
        type = instrument;
        typeSource = 'instrument';
      } else typeSource = type === null ? 'context' : 'default';
    }
    const arabicDefinite =
      match.prefix.endsWith('ال') || match.prefix.endsWith('لل') || phrase.startsWith('ال');
    const englishDefinite = ENGLISH_DETERMINERS.has(previousWord(context, start));
    const mention: Mention = {
      start,
      end,
      type,
      typeSource,
      strength: match.value.strength,
      definite: arabicDefinite || englishDefinite,
      plural: isPlural(phrase),
      segment: segmentIndex,
      ruledOut: null,
    };
    const scope = context.cues.scope(start, end);
    mention.ruledOut = context.cues.has('sports', scope.start, scope.end)
      ? 'sports or other non-military use'
      : mention.type === null && insideQuotes(context.text, segment.start, start)
        ? 'a generic word in a quotation'
        : ruleOut(context, mention, scope, match.prefix);
    mentions.push(mention);
  }
  return mentions;
}

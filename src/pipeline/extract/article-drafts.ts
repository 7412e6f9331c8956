/**
 * From the groups of each sentence to the events of the article: a group that retells an event told
 * before (a definite "the strike", or a report with no date of its own, at a compatible place) is
 * merged into it — "ونُفذ الهجوم الثلاثاء" dates the strike near Murzuq told just before; otherwise it
 * becomes a new event, completed from its neighbours where the text leaves a gap (the place of the
 * event told just before, the date of the sentence), or from the publication day.
 */
import type { ArticleContext } from './context.ts';
import { dateWindow, dayNumber } from './dates.ts';
import { distanceKm } from './distance.ts';
import { isTerritory, strongerType, typesCompatible, type Draft, type DraftDate } from './draft.ts';
import type { SubEventType } from '../types.ts';
import { differentPlaces } from './places.ts';
import { SAME_PLACE_KM } from './merge-events.ts';
import { dateFromOvernight, dateFromPreviousSentence, dateFromReference } from './reference-dates.ts';
import type { GroupResult } from './sentence-groups.ts';
import { framedBy } from './retelling.ts';

/** How many sentences back a retelling may refer. */
const ANTECEDENT_SEGMENTS = 6;
/** How many sentences back an event lends its place or actors to one that names none. */
const CONTEXT_SEGMENTS = 2;
const REGION_KM = 300;

const KIND_RANK: Record<string, number> = {
  neighbourhood: 0,
  base: 0,
  landmark: 0,
  oil_facility: 0,
  crossing: 0,
  village: 1,
  town: 2,
  wadi: 2,
  city: 3,
  district: 4,
  region: 5,
};

function lastSegment(draft: Draft): number {
  return draft.segments[draft.segments.length - 1] as number;
}

function placesCompatible(a: Draft, b: Draft, lenient: boolean): boolean {
  if (a.place === null || b.place === null || a.placeFromContext || b.placeFromContext) return true;
  if (a.place.lat === null || b.place.lat === null || a.place.lon === null || b.place.lon === null)
    return true;
  const namedWith = (draft: Draft, other: Draft): boolean =>
    draft.placeIds.includes(other.place?.place?.id ?? '');
  const regional = a.place.geo_precision === 3 || b.place.geo_precision === 3;
  const far = regional ? REGION_KM : lenient ? 2 * SAME_PLACE_KM : SAME_PLACE_KM;
  // Two different quarters, villages, towns or bases named outright are two places, however close ("shells also
  // landed on Tajoura" after Abu Salim); a city and a quarter of it are one place told at two granularities.
  if (namedWith(a, b) || namedWith(b, a))
    return distanceKm(a.place.lat, a.place.lon, b.place.lat, b.place.lon) <= far;
  return !differentPlaces(a.place, b.place, far);
}

/** The days a draft's date allows: a statement's day allows the week before it. */
function window(date: DraftDate): [number, number] {
  const day = dayNumber(date.date);
  if (date.source === 'report') return [day - 7, day];
  if (date.source !== 'text') return [day - 30, day];
  return dateWindow(date.date, date.precision);
}

/** Both name a place (not only a region) within ~25 km of each other. */
function sameSpot(a: Draft, b: Draft): boolean {
  const x = a.place;
  const y = b.place;
  if (x === null || y === null || a.placeFromContext || b.placeFromContext) return false;
  if (x.geo_precision === 3 || y.geo_precision === 3) return false;
  if (x.lat === null || x.lon === null || y.lat === null || y.lon === null) return false;
  return distanceKm(x.lat, x.lon, y.lat, y.lon) <= SAME_PLACE_KM;
}

/** "late on Saturday" and "the early hours of Sunday", "overnight" and "on Saturday": one night told from either side. */
function oneNight(a: DraftDate, b: DraftDate): boolean {
  if (a.source !== 'text' || b.source !== 'text' || a.precision !== 1 || b.precision !== 1) return false;
  const gap = dayNumber(b.date) - dayNumber(a.date);
  if (gap === 1) return (a.edge?.late ?? false) || (b.edge?.early ?? false);
  if (gap === -1) return (b.edge?.late ?? false) || (a.edge?.early ?? false);
  return false;
}

function datesCompatible(earlier: Draft, later: Draft): boolean {
  const a = earlier.date;
  const b = later.date;
  if (a === null || b === null) return true;
  const [aStart, aEnd] = window(a);
  const [bStart, bEnd] = window(b);
  return (aStart <= bEnd && bStart <= aEnd) || oneNight(a, b);
}

/** A date the text states for the event itself, to the day or the week. */
function ownDate(draft: Draft): boolean {
  return draft.date?.source === 'text' && draft.date.precision < 3;
}

function killedCompatible(a: Draft, b: Draft): boolean {
  if (a.killed.length === 0 || b.killed.length === 0) return true;
  const low = (draft: Draft): number =>
    draft.killed.reduce((largest, number) => (number.total ? largest : Math.max(largest, number.value)), 0);
  const x = low(a);
  const y = low(b);
  return x === 0 || y === 0 || Math.abs(x - y) <= Math.max(2, 0.3 * Math.max(x, y));
}

const REMOTE_VIOLENCE = new Set<SubEventType | null>([
  'Air/drone strike',
  'Shelling/artillery/missile attack',
]);

/** The same type, day and named place told again in the article: one place on one day is one event. */
function sameDayAndPlace(drafts: readonly Draft[], group: Draft): Draft | null {
  const placeId = group.placeFromContext ? null : (group.place?.place?.id ?? null);
  if (group.date?.source !== 'text' || group.date.precision !== 1) return null;
  // "Since Monday evening, the Motard district has seen clashes": the same fighting on the same day at a spot
  // the gazetteer does not know (no place of its own) is the incident already told, not another one.
  const placeless = group.place === null && !group.undisclosedPlace;
  if (placeId === null && !placeless) return null;
  // "four explosions rocked the capital" on the day of air raids on it: blasts typed only by default are the
  // raids heard from the city, not bombs of their own.
  const blasts = group.typeSource === 'default' && group.type === 'Remote explosive/landmine/IED';
  for (let index = drafts.length - 1; index >= 0; index--) {
    const draft = drafts[index] as Draft;
    const sameKind = draft.type === group.type || (blasts && REMOTE_VIOLENCE.has(draft.type));
    if (!sameKind) continue;
    if (!placeless && !blasts && (draft.placeFromContext || draft.place?.place?.id !== placeId)) continue;
    if (blasts && !placeless && !placesCompatible(draft, group, true)) continue;
    if (draft.date?.source === 'text' && draft.date.precision === 1 && draft.date.date === group.date.date)
      return draft;
  }
  return null;
}

function findAntecedent(
  drafts: readonly Draft[],
  group: Draft,
  heading: boolean,
  aircraftMissiles: boolean,
): Draft | null {
  if (group.distinct) return null;
  const segment = group.segments[0] as number;
  // "This week, forces loyal to Haftar bombed a transport aircraft": a generic verb dated only to the week
  // retells the attack told to the day, when one fits.
  const weekOnly =
    group.date?.source === 'text' && group.date.precision === 2 && group.typeSource === 'default';
  const retelling =
    heading || group.refersBack || group.typeSource === 'context' || !ownDate(group) || weekOnly;
  if (!retelling) return sameDayAndPlace(drafts, group);
  for (let index = drafts.length - 1; index >= 0; index--) {
    const draft = drafts[index] as Draft;
    if (group.split !== null && draft.split === group.split) continue;
    // Far back in the article, only a retelling that names the same place can still refer to an event.
    const samePlace = sameSpot(draft, group);
    // "The bombing wrecked cars": a definite reference with no day and no place of its own starts no incident,
    // however far back the one it retells was told.
    const bare = group.refersBack && !ownDate(group) && group.place === null;
    if (!heading && !samePlace && !bare && segment - lastSegment(draft) > ANTECEDENT_SEGMENTS) continue;
    // "وجاء القصف ...", "the bombing", "قصف قاعدة الوطية": a generic word typed only by default ("قصف" as
    // shelling, "bombing" as a bomb) that refers back, or names no date or no place of its own, retells whatever
    // was told before rather than a new attack of its default type.
    const generic =
      group.typeSource === 'default' &&
      (group.refersBack || !ownDate(group) || group.place === null || weekOnly);
    const groupType = generic ? null : group.type;
    // Fighting and a change of control are joined later, under stricter conditions.
    const crossesTerritory =
      isTerritory(draft.type) !== isTerritory(groupType) && draft.type !== null && groupType !== null;
    // "عندما سقطت الصواريخ" after a drone strike: the strike's own missiles, told again.
    const strikesMissiles = aircraftMissiles && draft.type === 'Air/drone strike';
    if ((!typesCompatible(draft.type, groupType) && !strikesMissiles) || crossesTerritory) continue;
    if (!datesCompatible(draft, group)) continue;
    if (!placesCompatible(draft, group, group.refersBack)) continue;
    // "غير أن مصادر طبية قالت إن حصيلة القتلى لم تتجاوز 15": a reference back may carry another source's toll.
    if (!group.refersBack && !killedCompatible(draft, group)) continue;
    return draft;
  }
  return null;
}

/** Missiles and rockets with no ground launcher named (not mortars, artillery or Grad). */
const MISSILES = /(صاروخ|صواريخ|missile|rocket)/;
const GROUND_LAUNCHERS = /(غراد|جراد|grad|هاون|mortar|مدفع|artillery|كاتيوشا|katyusha|ارض ارض)/;

/** A definite "the missiles" with no date of its own: may be the missiles of an air strike told before. */
function toldMissiles(context: ArticleContext, draft: Draft): boolean {
  if (!draft.refersBack || ownDate(draft) || draft.type !== 'Shelling/artillery/missile attack') return false;
  const span = context.segments[draft.segments[0] as number];
  if (span === undefined) return false;
  // The trigger, and for an attack verb typed by its weapon ("the missiles hit") the words just before it.
  const from =
    draft.primary.typeSource === 'instrument'
      ? Math.max(span.start, draft.primary.start - 24)
      : draft.primary.start;
  const words = context.text.slice(from, draft.primary.end);
  return MISSILES.test(words) && !GROUND_LAUNCHERS.test(context.text.slice(span.start, span.end));
}

function morePrecisePlace(current: Draft, incoming: Draft): boolean {
  if (incoming.place === null) return false;
  if (current.place === null || current.placeFromContext) return true;
  if (incoming.place.geo_precision !== current.place.geo_precision)
    return incoming.place.geo_precision < current.place.geo_precision;
  const rank = (draft: Draft): number => KIND_RANK[draft.place?.place?.kind ?? 'region'] ?? 5;
  return rank(incoming) < rank(current);
}

/** Lower is better: a day stated for the event, then a week, then a statement's day, then the vaguer ones. */
function dateRank(date: DraftDate): number {
  if (date.source === 'text') return date.precision === 3 ? 3 : date.precision;
  if (date.source === 'report') return 2.5;
  return date.source === 'context' ? 3.5 : 4;
}

export function mergeDraft(target: Draft, incoming: Draft): void {
  // A generic word typed by default or from context ("the bombing") names no type of its own for the event it retells.
  const typed = incoming.typeSource === 'trigger' || incoming.typeSource === 'instrument';
  if (target.type === null || typed) target.type = strongerType(target.type, incoming.type);
  if (incoming.primary.strength !== 'generic' && target.primary.strength === 'generic') {
    target.primary = incoming.primary;
    target.typeSource = incoming.typeSource;
  }
  for (const mention of incoming.mentions) target.mentions.push(mention);
  for (const id of incoming.placeIds) if (!target.placeIds.includes(id)) target.placeIds.push(id);
  // Segments stay sorted; a retelling usually comes after every segment of its event (no search, no sort then).
  for (const segment of incoming.segments) {
    const last = target.segments[target.segments.length - 1];
    if (last !== undefined && segment > last) target.segments.push(segment);
    else if (!target.segments.includes(segment)) {
      target.segments.push(segment);
      target.segments.sort((a, b) => a - b);
    }
  }
  if (incoming.date !== null && (target.date === null || dateRank(incoming.date) < dateRank(target.date))) {
    target.date = incoming.date;
  }
  if (morePrecisePlace(target, incoming)) {
    target.place = incoming.place;
    target.placeFromContext = incoming.placeFromContext;
  }
  for (const number of incoming.killed) target.killed.push(number);
  for (const number of incoming.injured) target.injured.push(number);
  target.zeroCasualties ||= incoming.zeroCasualties;
  if (target.actor1 === null || target.actor1.fromContext) target.actor1 = incoming.actor1 ?? target.actor1;
  if (target.actor2 === null || target.actor2.fromContext) target.actor2 = incoming.actor2 ?? target.actor2;
  target.undisclosedPlace ||= incoming.undisclosedPlace;
  for (const highlight of incoming.highlights) target.highlights.push(highlight);
}

function fillFromContext(context: ArticleContext, drafts: readonly Draft[], draft: Draft): void {
  const segment = draft.segments[0] as number;
  const span = context.segments[segment];
  // "من جهة أخرى", "Elsewhere," open another story: nothing carries over into it.
  const turnsAway = span !== undefined && context.cues.after('topic_shift', span.start, 1, span.end) !== null;
  const neighbours = turnsAway
    ? []
    : drafts.filter(
        (other) =>
          other !== draft &&
          segment - lastSegment(other) <= CONTEXT_SEGMENTS &&
          segment >= lastSegment(other),
      );
  const latest = neighbours[neighbours.length - 1];
  if (draft.place === null && !draft.undisclosedPlace) {
    const source = [...neighbours].reverse().find((other) => other.place !== null);
    if (source !== undefined) {
      draft.place = source.place;
      draft.placeFromContext = true;
    } else if (context.datelinePlace) {
      // "UBARI, Libya (AP) — Heavy fighting broke out within hours of the deal": told from the town it names.
      draft.place = context.datelinePlace;
      draft.placeFromContext = true;
      draft.placeFromDateline = true;
    }
  }
  if (draft.date === null) {
    const source = [...neighbours]
      .reverse()
      .find((other) => other.date !== null && segment - lastSegment(other) <= 1);
    if (source?.date) draft.date = { ...source.date, source: 'context' };
    else if (context.article.published !== null)
      draft.date = { date: context.article.published, precision: 3, source: 'published' };
  }
  // The attacker carries over only within a sentence or when the same speaker goes on ("وأوضح أن المدفعية ...").
  const segmentSpan = context.segments[segment];
  const continues =
    segmentSpan !== undefined &&
    context.cues.after('continuation', segmentSpan.start, 1, segmentSpan.end) !== null;
  const sameSentence = latest !== undefined && latest.segments.includes(segment);
  // "The forces also seized the conference centre": a change of control with no side named is the side just told.
  const unattributedTerritory = isTerritory(draft.type) && draft.actor2 === null;
  if (draft.actor1 === null && latest?.actor1 && (continues || sameSentence || unattributedTerritory)) {
    draft.actor1 = { ...latest.actor1, fromContext: true };
  }
}

/**
 * A trigger framed by "during the …" or "killed in the …" ({@link framedBy}) refers to fighting already told:
 * it joins the latest event of a compatible type within reach (without the place of its own clause, which is
 * where the bodies arrived or the inmates fled, not where the fighting was). With none, a frame that counts no
 * dead of its own is no incident ("inmates escaped during the fighting last week"), while a toll's setting
 * stays the incident it names.
 */
function framedFighting(context: ArticleContext, drafts: readonly Draft[], draft: Draft): string | null {
  const segment = draft.segments[0] as number;
  const span = context.segments[segment];
  if (span === undefined || draft.distinct) return null;
  const frame = framedBy(context, draft.primary, span);
  if (frame === null) return null;
  for (let index = drafts.length - 1; index >= 0; index--) {
    const target = drafts[index] as Draft;
    if (segment - lastSegment(target) > ANTECEDENT_SEGMENTS) break;
    if (!typesCompatible(target.type, draft.type) || !datesCompatible(target, draft)) continue;
    // The frame's own place is where the bodies arrived or the inmates fled: the fighting keeps the place it was told at.
    if (draft.place !== null && (draft.place.start < draft.primary.start || target.place !== null)) {
      draft.place = null;
      draft.placeIds = [];
    }
    mergeDraft(target, draft);
    return 'folded';
  }
  const ownDead = draft.killed.some((number) => !number.total && !number.unknown && number.value > 0);
  // A toll's setting told alone ("a man wounded in the shelling of Abu Salim died on Friday") still tells that
  // incident.
  // Without a day of its own, a toll's setting with nothing told before it is remembered fighting ("relatives
  // killed in the battles for Ajdabiya"), not an incident of this report.
  const dated = draft.date?.source === 'text' || draft.date?.source === 'report';
  if ((ownDead || frame === 'setting') && dated) return null;
  if (ownDead && frame === 'time') return null;
  // "seized vehicles during the fighting in Sirte on Thursday": a frame with a place named after it and a day
  // of its own names the fighting itself.
  const ownPlace = draft.place !== null && !draft.placeFromContext && draft.place.start > draft.primary.start;
  if (ownPlace && draft.date?.source === 'text' && draft.date.precision === 1) return null;
  return 'fighting named only as the frame of something else';
}

/** "حصيلة سابقة", "حصيلة أولية", "an earlier toll", "a preliminary death toll" (folded spelling). */
const EARLIER_TOLL =
  /(حصيله|الحصيله|حصيلتها|حصيلته)\s+(سابقه|اوليه|اولي|السابقه|الاوليه)|\b(earlier|previous|initial|preliminary)\s+(death\s+)?toll|\bearlier reports?\s+(said|put|gave)/;

/** The event an earlier toll told in this sentence counts: the latest one told before it, close by. */
function earlierToll(context: ArticleContext, draft: Draft, drafts: readonly Draft[]): Draft | null {
  const segment = draft.segments[0] as number;
  const span = context.segments[segment];
  if (span === undefined || drafts.length === 0) return null;
  if (!EARLIER_TOLL.test(context.text.slice(span.start, span.end))) return null;
  const latest = drafts[drafts.length - 1] as Draft;
  return segment - lastSegment(latest) <= ANTECEDENT_SEGMENTS ? latest : null;
}

/** A sentence that gives a toll ("the toll rose to", "حصيلة") or a source's account of the dead ("said that"). */
function countsTheDead(context: ArticleContext, draft: Draft): boolean {
  const span = context.segments[draft.segments[0] as number];
  if (span === undefined) return false;
  const { cues } = context;
  return (
    cues.has('toll', span.start, span.end) ||
    (cues.has('reporting', span.start, span.end) && cues.has('complementisers', span.start, span.end))
  );
}

/** "two days of fighting", "four days of clashes", "يومين من المعارك", "ثلاثة أيام من الاشتباكات" (folded). */
const FEW_DAYS =
  /\b(two|three|four|five|six|several|2|3|4|5|6)\s+days\s+of\b|(يومين|يومان|(ثلاثه|اربعه|خمسه|سته|عده|[2-6])\s+ايام)\s+(من\s+)?(المعارك|الاشتباكات|القتال|المواجهات|معارك|اشتباكات|قتال|مواجهات)/;

function fewDays(context: ArticleContext, segment: number): boolean {
  const span = context.segments[segment];
  return span !== undefined && FEW_DAYS.test(context.text.slice(span.start, span.end));
}

/**
 * "Two days of fighting in Kufra have killed 17 people": a total over a few days is a summary when the article
 * tells those days' incidents one by one, but when it is the only report of that fighting it is the incident —
 * coded at its place, dated to the week of the report, with its toll. Anything the article tells at that place
 * already counts the days, and the total stays a summary.
 */
function promoteShortSpan(context: ArticleContext, drafts: Draft[], span: Draft, summaries: number[]): void {
  if (span.type === null || span.place === null || span.place.lat === null) return;
  if (drafts.some((draft) => typesCompatible(draft.type, span.type) && placesCompatible(draft, span, true)))
    return;
  const segment = span.segments[0] as number;
  const published = context.article.published;
  if (published === null) return;
  span.killed = span.killed.map((number) => ({ ...number, total: false }));
  span.date = {
    date: span.date?.source === 'report' ? span.date.date : published,
    precision: 2,
    source: 'report',
  };
  drafts.push(span);
  const at = summaries.indexOf(segment);
  if (at >= 0) summaries.splice(at, 1);
}

export interface ArticleDrafts {
  drafts: Draft[];
  summaries: number[];
  ruledOut: { segment: number; reason: string }[];
}

/** Folds the groups of each sentence, in reading order, into the article's events. */
export function buildArticleDrafts(
  context: ArticleContext,
  sentences: readonly GroupResult[][],
): ArticleDrafts {
  const drafts: Draft[] = [];
  const ghosts = new Map<Draft, string>();
  const bySegment = (a: Draft, b: Draft): number => lastSegment(a) - lastSegment(b);
  const summaries: number[] = [];
  const ruledOut: { segment: number; reason: string }[] = [];
  // Headings come last: they repeat what the body tells, so they only add to its events.
  const isHeading = (groups: readonly GroupResult[]): boolean =>
    context.segments[groups[0]?.draft.segments[0] ?? -1]?.kind === 'heading';
  const ordered = [...sentences.filter((groups) => !isHeading(groups)), ...sentences.filter(isHeading)];
  let bodyEvents = 0;
  const shortSpans: Draft[] = [];
  for (const groups of ordered) {
    const heading = isHeading(groups);
    if (heading && bodyEvents === 0) bodyEvents = drafts.length;
    for (const { draft, summary, ruledOut: reason } of groups) {
      const segment = draft.segments[0] as number;
      if (summary) {
        if (!summaries.includes(segment)) summaries.push(segment);
        if (!heading && fewDays(context, segment)) shortSpans.push(draft);
        continue;
      }
      if (reason !== null) {
        ruledOut.push({ segment, reason });
        ghosts.set(draft, reason);
        continue;
      }
      // "وكانت حصيلة سابقة تحدثت عن مقتل خمسة … إثر قصف منزلهم", "an earlier toll put the dead at five": an
      // earlier count of the incident just told, whatever word it uses for the attack or the day it names.
      const earlier = earlierToll(context, draft, drafts);
      if (earlier !== null) {
        draft.place = null;
        draft.placeIds = [];
        draft.date = null;
        draft.type = null;
        // The earlier count is superseded by the one told first (the newer), not another account of it.
        if (earlier.killed.length > 0) draft.killed = [];
        mergeDraft(earlier, draft);
        continue;
      }
      dateFromReference(context, drafts, draft);
      // "killed in the battle", "escaped during the fighting last week": fighting named only as the frame of
      // something else is the fighting told before (its toll joins it), or no incident of its own.
      const frame = framedFighting(context, drafts, draft);
      if (frame === 'folded') continue;
      if (frame !== null) {
        ruledOut.push({ segment, reason: frame });
        continue;
      }
      // A retelling of something ruled out ("In 2016 ... The fighting killed 700") is ruled out with it.
      // A ghost without a place (a foreign one) cannot claim a retelling that names a Libyan place; nor can any
      // ghost claim an indefinite report with a place of its own ("a warplane struck ... in Wadi al-Hatiya").
      const claimable = draft.refersBack || draft.place === null;
      const candidates = claimable
        ? [...ghosts.keys()].filter((ghost) => ghost.place !== null || draft.place === null)
        : [];
      const antecedent = findAntecedent(
        [...drafts, ...candidates].sort(bySegment),
        draft,
        heading,
        toldMissiles(context, draft),
      );
      const ghost = antecedent === null ? undefined : ghosts.get(antecedent);
      if (ghost !== undefined) {
        ruledOut.push({ segment, reason: `tells again what was ruled out: ${ghost}` });
        continue;
      }
      if (antecedent !== null) {
        // "جثث طفلين على الأقل" seen at the hospital after a toll of nine: a count told in passing in a retelling
        // is part of the dead already counted; only a toll or a source's account is another count of them.
        if (antecedent.killed.length > 0 && draft.refersBack && !countsTheDead(context, draft))
          draft.killed = draft.killed.filter((number) => number.more);
        mergeDraft(antecedent, draft);
        continue;
      }
      // A headline sums up the story its body tells: with events in the body, it names no incident of its own.
      // It joins the body's event of its kind (its place and toll are the headline's rounding of the lede's),
      // or nothing.
      if (heading && bodyEvents > 0) {
        // The latest news first: of the body's events of its kind at a place it allows, the most recent.
        const fitting = drafts.filter(
          (other) => typesCompatible(other.type, draft.type) && placesCompatible(other, draft, true),
        );
        const target = fitting.reduce<Draft | undefined>(
          (best, other) =>
            best === undefined || (other.date?.date ?? '') > (best.date?.date ?? '') ? other : best,
          undefined,
        );
        if (target !== undefined) {
          if (target.place !== null) {
            draft.place = null;
            draft.placeIds = [];
          }
          if (target.killed.length > 0) draft.killed = [];
          mergeDraft(target, draft);
        }
        continue;
      }
      if (draft.type === null) {
        const recent = drafts[drafts.length - 1];
        // A bare "the strike" that matched nothing before it needs a place or a date of its own to stand alone.
        const standsAlone = draft.place !== null || ownDate(draft);
        if (recent !== undefined && recent.type !== null && standsAlone) {
          draft.type = recent.type;
          draft.typeSource = 'context';
        } else if (
          draft.place !== null &&
          (draft.actor1 !== null || draft.actor2 !== null) &&
          draft.actor1?.kind !== 'civilians'
        ) {
          // "تصدت لهجوم شنته قوات حفتر على محور طريق المطار": an attack by an armed force with no weapon named is a ground attack.
          draft.type = 'Armed clash';
          draft.typeSource = 'default';
        } else continue; // A bare "strike"/"attack" with nothing to go on is not enough to code an event.
      }
      // A heading alone codes an event only when it names a place or a date.
      if (heading && draft.place === null && draft.date?.source !== 'text') continue;
      dateFromOvernight(context, draft);
      fillFromContext(context, drafts, draft);
      dateFromPreviousSentence(context, draft);
      drafts.push(draft);
    }
  }
  for (const span of shortSpans) promoteShortSpan(context, drafts, span, summaries);
  foldPlaceless(drafts);
  foldGenericRemote(drafts);
  placeAtTopic(context, drafts);
  absorbFightingIntoTerritory(drafts);
  return { drafts, summaries, ruledOut };
}

/** No place of its own (or only the dateline's): the body told where, or the story's place will do. */
function placeless(draft: Draft): boolean {
  return (draft.place === null || draft.placeFromDateline === true) && !draft.undisclosedPlace;
}

/**
 * "The fighting between the two groups started on Sunday", "several homes were hit by rockets": a report with no
 * place of its own, in an article that places an incident of its kind on a day it allows, is that incident told
 * again — however far from it in the text (the nearest such incident takes it).
 */
function foldPlaceless(drafts: Draft[]): void {
  for (let index = drafts.length - 1; index >= 0; index--) {
    const draft = drafts[index] as Draft;
    if (!placeless(draft) || draft.distinct) continue;
    const at = draft.segments[0] as number;
    let target: Draft | undefined;
    let distance = Infinity;
    for (const other of drafts) {
      if (other === draft || placeless(other) || other.placeFromContext) continue;
      // The parts one sentence was split into (one per place or day) are distinct events by construction.
      if (draft.split !== null && other.split === draft.split) continue;
      if (!typesCompatible(other.type, draft.type) || isTerritory(other.type) !== isTerritory(draft.type))
        continue;
      const [earlier, later] = (other.segments[0] as number) <= at ? [other, draft] : [draft, other];
      if (!datesCompatible(earlier, later) || !killedCompatible(other, draft)) continue;
      const gap = Math.abs((other.segments[0] as number) - at);
      if (gap < distance) {
        target = other;
        distance = gap;
      }
    }
    if (target === undefined) continue;
    draft.place = null;
    draft.placeFromDateline = false;
    mergeDraft(target, draft);
    drafts.splice(index, 1);
  }
}

/** Words for remote violence that name no kind of their own ("an explosion", "the bombardment", "قصف"). */
const GENERIC_REMOTE = new Set<SubEventType | null>([
  'Remote explosive/landmine/IED',
  'Shelling/artillery/missile attack',
]);

/**
 * "a strong explosion rocked Tripoli as NATO airstrikes hit", "the compound was under continuous bombardment": a
 * generic word for remote violence typed only by default, on a day and at a place where the article tells an air
 * strike or shelling by name, is that attack heard or seen from the ground, anywhere in the article.
 */
function foldGenericRemote(drafts: Draft[]): void {
  for (let index = drafts.length - 1; index >= 0; index--) {
    const draft = drafts[index] as Draft;
    if (draft.typeSource !== 'default' || !GENERIC_REMOTE.has(draft.type) || draft.distinct) continue;
    const target = drafts.find(
      (other) =>
        other !== draft &&
        (other.typeSource === 'trigger' || other.typeSource === 'instrument') &&
        REMOTE_VIOLENCE.has(other.type) &&
        other.type !== draft.type &&
        (draft.split === null || other.split !== draft.split) &&
        datesCompatible(other, draft) &&
        placesCompatible(other, draft, true),
    );
    if (target === undefined) continue;
    mergeDraft(target, draft);
    drafts.splice(index, 1);
  }
}

/** What is still without a place happened where the story is, as far as the text tells (not pinned by it). */
function placeAtTopic(context: ArticleContext, drafts: readonly Draft[]): void {
  const topic = context.topicPlace;
  if (topic === null || topic === undefined) return;
  const told = context.segments.findIndex(
    (segment) => segment.start <= topic.start && topic.end <= segment.end,
  );
  for (const draft of drafts) {
    if (draft.place !== null || draft.undisclosedPlace) continue;
    // Its own sentence named the place and read it as something else (a distance's reference, where fighters came from).
    if (draft.segments.includes(told)) continue;
    draft.place = topic;
    draft.placeFromContext = true;
    draft.placeFromDateline = true;
  }
}

/** A change of control and the fighting for it, same day and place, are one event (the territory one). */
function absorbFightingIntoTerritory(drafts: Draft[]): void {
  for (const territory of drafts.filter((draft) => isTerritory(draft.type))) {
    for (let index = drafts.length - 1; index >= 0; index--) {
      const clash = drafts[index] as Draft;
      if (clash.type !== 'Armed clash') continue;
      const sameDay =
        clash.date === null ||
        territory.date === null ||
        clash.date.source !== 'text' ||
        (territory.date.source === 'text' && clash.date.date === territory.date.date);
      const near = clash.segments.some((at) => territory.segments.some((other) => Math.abs(at - other) <= 1));
      if (!sameDay || !near || !placesCompatible(territory, clash, false)) continue;
      if (clash.place !== null && !clash.placeFromContext && territory.place === null) continue;
      mergeDraft(territory, clash);
      drafts.splice(index, 1);
    }
  }
}

/**
 * Who attacked and who was hit: actor names from the actor lexicon, given a role by where they stand
 * around the trigger and by the words before them ("by", "التابع ل" mark the attacker; "against",
 * "ضد", "مقتل 7 عناصر من" mark the target; a nationality adjective right after the trigger, "ضربة جوية
 * أمريكية", names the attacker).
 *
 * An attacker is coded only when the text attributes the act to it. Parties named in a claim ("accused",
 * "blamed", "denied", "اتهم", "حمّل", "نفى") are left out, as are the sources of the report ("the media
 * office of", "the GNA's health ministry", "قال المتحدث باسم", "X said that ...") and the party a foreign
 * force backs ("Emirati drones supporting Haftar": the attacker is the UAE, not Haftar).
 */
import type { EventType } from '../types.ts';
import type { ActorKind } from './lexicon-types.ts';
import type { ArticleContext, TextSegment } from './context.ts';
import { tokensBetween } from './tokens.ts';

export interface ActorMention {
  start: number;
  end: number;
  name: string;
  kind: ActorKind;
  adjective: boolean;
}

export interface ActorRoles {
  actor1: ActorMention | null;
  actor2: ActorMention | null;
}

const ACTOR_WINDOW = 30;
/** How many words may stand between the one hit and "was"/"came under"/"تعرض" before the trigger. */
const UNDERGOING_WORDS = 8;

export function findActors(context: ArticleContext, segment: TextSegment): ActorMention[] {
  const result: ActorMention[] = [];
  let lastStart = -1;
  let lastEnd = -1;
  // Matches come sorted by span, so several values of one span stand together: keep the first.
  for (const match of context.matches.actorsIn(segment.start, segment.end)) {
    if (match.start === lastStart && match.end === lastEnd) continue;
    lastStart = match.start;
    lastEnd = match.end;
    result.push({
      start: match.start - match.prefix.length,
      end: match.end,
      name: match.value.name,
      kind: match.value.kind,
      adjective: match.value.adjective,
    });
  }
  addGroupAnaphors(context, segment, result);
  return result;
}

/**
 * "عناصر التنظيم", "مسلحي الجماعة", "the group's fighters": a definite "the organisation" or "the group" with no
 * name of its own refers to the armed group last named before it, within a few paragraphs (folded spelling).
 */
const GROUP_ANAPHOR =
  /(^|[\s،,(«"])(و?لل|و?بال|و?ال)(تنظيم|جماعه)(?![\u0621-\u064a])|\bthe (militant |jihadist |extremist |terrorist )?group\b/g;
/** How far back (characters) the group a "the group" stands for may have been named. */
const ANAPHOR_REACH = 2500;

function addGroupAnaphors(context: ArticleContext, segment: TextSegment, found: ActorMention[]): void {
  const text = context.text.slice(segment.start, segment.end);
  if (!text.includes('تنظيم') && !text.includes('جماعه') && !text.includes('group')) return;
  let named: ActorMention | null = null;
  let searched = false;
  for (const match of text.matchAll(GROUP_ANAPHOR)) {
    const start = segment.start + (match.index ?? 0) + (match[1]?.length ?? 0);
    const end = segment.start + (match.index ?? 0) + match[0].length;
    // "تنظيم الدولة", "the group Ansar al-Sharia": a name follows and was matched on its own.
    if (found.some((actor) => actor.start < end + 2 && start < actor.end + 2)) continue;
    if (!searched) {
      searched = true;
      let latest: PhraseMatchOf<typeof context.matches.actorsIn> | undefined;
      for (const candidate of context.matches.actorsIn(Math.max(0, segment.start - ANAPHOR_REACH), start))
        if (candidate.value.kind === 'non_state') latest = candidate;
      if (latest !== undefined)
        named = {
          start,
          end,
          name: latest.value.name,
          kind: latest.value.kind,
          adjective: false,
        };
    }
    if (named === null) return;
    found.push({ ...named, start, end });
  }
  found.sort((a, b) => a.start - b.start);
}

type PhraseMatchOf<F> = F extends (...args: never[]) => (infer M)[] ? M : never;

/** none: named in the sentence but not a side of the event (a source, a claim, the party a force backs). */
/** speaker: a party that tells of its own act ("the LNA said it had struck"); it comes before other attackers. */
type Role = 'attacker' | 'speaker' | 'target' | 'none';

/** Claim words that only hedge ("believed to be", "يعتقد أنهم"): they say nothing of the party before them. */
const HEDGE = /(يعتقد|يرجح|believed|thought|presumably|allegedly)/;

/** How many words a claim ("accused", "نفى", "blamed the attack on") reaches forward to the party it names. */
const CLAIM_WORDS = 6;
/** How many words may stand between a party and the reporting verb it is the subject of ("the GNA said on Monday"). */
const REPORTING_WORDS = 2;

/** An actor phrase that names a weapon or an air force ("Turkish drones", "طائرات إماراتية", "مدفعية"): the one that fired. */
const INSTRUMENT_ACTOR_AR = /(طاير|طيران|مسير|سلاح الجو|مدفعي|مقاتلات|القوات الجويه)/;
const INSTRUMENT_ACTOR_EN =
  /\b(drones?|aircraft|warplanes?|jets?|air force|airstrikes?|strikes?|artillery|planes?)\b/i;

/** After "X said ...": words by which the speaker tells of its own act ("it had targeted", "أنها استهدفت", "قواتنا"). */
const SELF_REFERENCE_EN = /\b(it|they|its|their|his|we|our)\b/i;
// "إنه تم التعرف على…" is impersonal ("it was done"), not the speaker's own act.
const SELF_REFERENCE_AR =
  /(^|[\s،,"«])(و?انها|و?انهم|و?انه(?!\s+(تم|قد تم|جرى|لم|لا|من))|سلاح الجو|القوات|قوات(ها|نا|ه|هم)|مدفعيت(ها|نا|ه)|طايرات(ها|نا)|طيران(ها|نا|ه)|سلاح(ها|نا)|وحدات(ها|نا)|عناصر(ها|نا))(?=$|[\s،,.])/;
/** "claimed responsibility", "أعلن مسؤوليته": the speaker takes the act as its own. */
const RESPONSIBILITY = /^\W*(responsibility|credit|مسووليت|المسووليه)/;

/** "بطائرات تركية", "with Turkish drones", "using UAE drones": the actor phrase is the weapon of the act. */
const WIELDED = /(^|\s)(و?ب[^\s]*$|(with|using)\s+(the\s+)?[^\s]*$)/;

/** Right after an actor: it backed, funded or built the weapon ("UAE-backed", "Turkish-made", "تركية الصنع"). */
const MAKER_OR_BACKER = /^(-(backed|supported|sponsored|funded|made|built|manufactured|supplied)\b|\s+الصنع)/;

/** English verbs right after a party that make it the subject of another clause, not the one hit. */
const SUBJECT_OF_VERB =
  /^\s+(launched|began|started|took|captured|seized|has|have|had|said|says|claimed|controls|announced|denied|leads|led)\b/;

/** An Arabic verb that opens its clause ("استهدفت طائرات ..."): the actor after it is its subject, not its object. */
const ARABIC_TARGETING_VERB = /^[وف]?استهدف/;

function isInstrumentActor(context: ArticleContext, actor: ActorMention): boolean {
  const phrase = context.text.slice(actor.start, actor.end);
  return INSTRUMENT_ACTOR_AR.test(phrase) || INSTRUMENT_ACTOR_EN.test(phrase);
}

/** What may join an office to its party: nothing, "the", "of the", "'s" ("spokesman for the GNA", "GNA's health ministry"). */
const OFFICE_LINK = /^\s*((the|of|for|'s|’s)\s*)*$/;

/** A cue found right next to an actor, with no comma or semicolon in between. */
function adjacent(context: ArticleContext, from: number, to: number): boolean {
  return !/[,،;؛]/.test(context.text.slice(from, to));
}

/**
 * "the media office of Volcano of Rage", "المتحدث باسم قوات حفتر", "the GNA's health ministry", "according
 * to the LNA": the party the report comes from, not a side of the event.
 */
function sourceSpan(
  context: ArticleContext,
  actor: ActorMention,
  segment: TextSegment,
): { start: number; end: number; office: boolean } | null {
  const { cues } = context;
  if (cues.before('sourcing', actor.start, 1, segment.start) !== null)
    return { start: actor.start, end: actor.end, office: false };
  const officeBefore = cues.before('offices', actor.start, 1, segment.start);
  if (officeBefore !== null && OFFICE_LINK.test(context.text.slice(officeBefore.end, actor.start)))
    return { start: officeBefore.start, end: actor.end, office: true };
  const officeAfter = cues.after('offices', actor.end, 1, segment.end);
  if (officeAfter !== null && OFFICE_LINK.test(context.text.slice(actor.end, officeAfter.start)))
    return { start: actor.start, end: officeAfter.end, office: true };
  return null;
}

/**
 * "The GNA accused Haftar's forces of shelling", "اتهمت حكومة الوفاق قوات حفتر بقصف", "blamed the attack on
 * X", "the LNA denied", "نفى الجيش الوطني": both the accuser and the accused are named in a claim, which does
 * not make either of them the attacker.
 */
function isInClaim(context: ArticleContext, actor: ActorMention, segment: TextSegment): boolean {
  const { cues } = context;
  const before = cues.before('blame', actor.start, CLAIM_WORDS, segment.start);
  if (before !== null && !/[;؛.]/.test(context.text.slice(before.end, actor.start))) return true;
  const after = cues.after('blame', actor.end, REPORTING_WORDS, segment.end);
  // "مسلحون يعتقد أنهم من داعش": a hedge after a party describes it; only a verb of claiming makes it the claimant.
  return (
    after !== null &&
    adjacent(context, actor.end, after.start) &&
    !HEDGE.test(context.text.slice(after.start, after.end))
  );
}

/** How many words (a day, "أمس الاثنين", or the rest of a name) may stand between "announced" and the act it announces as its own. */
const OWN_ACT_WORDS = 4;
/**
 * Verbs that announce an act as one's own without "that" ("أعلنت قوات الوفاق سيطرتها", "GNA forces announced
 * the capture of"); verbs of saying and informing take someone else's ("قال", "أفاد بسقوط", "said shells hit").
 */
const ANNOUNCING = /^(و?(اعلن|اعلنت|يعلن|تعلن)|announced|announces|announce|claimed|claims)$/;

/**
 * The subject of a reporting verb that tells the event ("the GNA said shells hit", "قالت حكومة الوفاق إن
 * قذائف سقطت", "..., the ministry said") is a source, unless it tells of its own act ("the LNA said it had
 * targeted", "أعلنت قوات الوفاق أن مدفعيتها استهدفت", "أعلنت قوات الوفاق سيطرتها"): then it is the attacker.
 * The speaker may be an office of the party ("المركز الإعلامي لعملية بركان الغضب"): [from, to) spans it.
 */
function reportingRole(
  context: ArticleContext,
  from: number,
  to: number,
  triggerStart: number,
  triggerEnd: number,
  segment: TextSegment,
): Role | null {
  const { cues, text } = context;
  const after = cues.after('reporting', to, REPORTING_WORDS, segment.end);
  const speaksAfter = after !== null && adjacent(context, to, after.start) ? after : null;
  const opening = cues.before('reporting', from, 1, segment.start);
  const speaksBefore = opening !== null && adjacent(context, opening.end, from) ? opening : null;
  const arabic = /[\u0600-\u06ff]/.test(text.slice(triggerStart, triggerEnd));
  // English puts the verb first only after the event ("..., said the ministry"); "said GNA drones struck" is SVO.
  const verb = speaksAfter ?? (arabic || from >= triggerEnd ? speaksBefore : null);
  if (verb === null) return null;
  // "اتهمت وزارة الصحة بحكومة الوفاق قوات حفتر": an accusation is a claim, not a report of one's own act.
  if (cues.within('blame', verb.start, verb.end).length > 0) return 'none';
  const verbEnd = Math.max(to, speaksAfter?.end ?? 0);
  // "claimed responsibility", "أعلن تنظيم داعش مسؤوليته".
  if (RESPONSIBILITY.test(text.slice(verbEnd, verbEnd + 24))) return 'attacker';
  // "..., the GNA said", "..., said the ministry": told after the event.
  if (from >= triggerEnd) return 'none';
  if (to > triggerStart || verbEnd > triggerStart) return null;
  const told = text.slice(verbEnd, triggerStart);
  if (arabic ? SELF_REFERENCE_AR.test(told) : SELF_REFERENCE_EN.test(told)) return 'attacker';
  if (cues.within('complementisers', verbEnd, triggerStart).length > 0) return 'none';
  // "أعلنت وزارة الصحة مقتل ثلاثة في قصف" tells of others' dead, not of its own act.
  if (
    tokensBetween(context.tokens, verbEnd, triggerStart) > OWN_ACT_WORDS ||
    cues.has('killed', verbEnd, triggerStart) ||
    cues.has('injured', verbEnd, triggerStart)
  )
    return 'none';
  return ANNOUNCING.test(text.slice(verb.start, verb.end)) ? 'attacker' : 'none';
}

/**
 * Arabic puts the subject after the verb ("قصفت مدفعية الجيش الوطني") and the doer after a verbal noun
 * ("قصف قوات حفتر لأحياء طرابلس", "غارة للطيران التركي"): an actor right after the trigger, without a
 * preposition of its own other than ل, is the attacker.
 */
function isArabicBareFollower(context: ArticleContext, actor: ActorMention, triggerEnd: number): boolean {
  if (actor.start < triggerEnd) return false;
  const code = context.text.charCodeAt(actor.start);
  if (code < 0x0621 || code > 0x064a) return false;
  if (tokensBetween(context.tokens, triggerEnd, actor.start) > 2) return false;
  const prefix = context.text.slice(actor.start, actor.start + 2);
  if (prefix.startsWith('ب') || prefix.startsWith('وب') || prefix.startsWith('عل')) return false;
  const between = context.text.slice(triggerEnd, actor.start);
  return !/(^|\s)(على|ضد|في|من|مع|بين|عن|الى|إلى)\s*$/.test(between);
}

function roleOf(
  context: ArticleContext,
  actor: ActorMention,
  triggerStart: number,
  triggerEnd: number,
  segment: TextSegment,
  /** A strike or a bombing, not a battle: a battle's parties may stand anywhere in the sentence. */
  remote: boolean,
): Role {
  const { cues } = context;
  if (actor.kind === 'civilians') return 'target';
  // "Y was targeted by X", "Y came under fire", "تعرضت مواقع Y لقصف": the subject before the verb was hit.
  if (
    actor.end <= triggerStart &&
    tokensBetween(context.tokens, actor.end, triggerStart) <= UNDERGOING_WORDS
  ) {
    // The cue stands just before the verb ("were targeted", "came under heavy shelling") or opens it.
    const undergoing = cues.after('undergoing', actor.end, UNDERGOING_WORDS, triggerEnd);
    // "were shelling" is the attacker's progressive, "were shelled" and "came under shelling" the target's.
    const progressive =
      undergoing !== null &&
      /^(was|were)$/.test(context.text.slice(undergoing.start, undergoing.end)) &&
      context.text.slice(triggerStart, triggerEnd).endsWith('ing');
    if (
      undergoing !== null &&
      !progressive &&
      undergoing.start <= triggerStart &&
      tokensBetween(context.tokens, undergoing.end, triggerStart) <= 1
    )
      return 'target';
  }
  const source = sourceSpan(context, actor, segment);
  if (source !== null) {
    // "المركز الإعلامي لعملية بركان الغضب أعلن أن سلاح الجو دمر": an office telling of its own side's act.
    const own =
      source.office && reportingRole(context, source.start, source.end, triggerStart, triggerEnd, segment);
    return own === 'attacker' ? 'speaker' : 'none';
  }
  // "Haftar's UAE-backed air force", "a Turkish-made drone", "طائرة تركية الصنع": who backs or built, not who fired.
  if (MAKER_OR_BACKER.test(context.text.slice(actor.end, actor.end + 16))) return 'none';
  // "Emirati drones supporting Haftar", "طائرات إماراتية داعمة لحفتر": Haftar is backed, the UAE attacked.
  if (cues.before('backing', actor.start, 1, segment.start) !== null) return 'none';
  if (cues.before('attacker_markers', actor.start, 1, segment.start) !== null) return 'attacker';
  if (isInClaim(context, actor, segment)) return 'none';
  const reported = reportingRole(context, actor.start, actor.end, triggerStart, triggerEnd, segment);
  if (reported !== null) return reported === 'attacker' ? 'speaker' : reported;
  if (
    actor.adjective &&
    actor.start >= triggerEnd &&
    tokensBetween(context.tokens, triggerEnd, actor.start) <= 2
  )
    return 'attacker';
  // "attack on the GNA", but not "On Thursday, government forces ...": a comma closes the phrase.
  const targetMarker = cues.before('target_markers', actor.start, 2, segment.start);
  const instrument = isInstrumentActor(context, actor);
  if (targetMarker !== null && !/[,،]/.test(context.text.slice(targetMarker.end, actor.start))) {
    // "استهدفت طائرات إماراتية مصنعا": the verb opens the clause and the aircraft are its subject.
    const verbFirst =
      instrument && ARABIC_TARGETING_VERB.test(context.text.slice(targetMarker.start, targetMarker.end));
    if (!verbFirst) return 'target';
  }
  // "ضربات جوية بطائرات تركية", "strikes with Turkish drones": the weapon used names who used it.
  if (
    instrument &&
    WIELDED.test(context.text.slice(Math.max(segment.start, actor.start - 12), actor.start + 2))
  )
    return 'attacker';
  if (isArabicBareFollower(context, actor, triggerEnd)) return 'attacker';
  // "a drone strike on Murzuq, ... since Khalifa Haftar launched an offensive": the subject of a later clause.
  if (
    remote &&
    actor.start >= triggerEnd &&
    SUBJECT_OF_VERB.test(context.text.slice(actor.end, actor.end + 12))
  )
    return 'none';
  if (cues.before('killed', actor.start, 4, segment.start) !== null) return 'target';
  if (cues.before('injured', actor.start, 4, segment.start) !== null) return 'target';
  return actor.end <= triggerStart ? 'attacker' : 'target';
}

function distance(context: ArticleContext, actor: ActorMention, start: number, end: number): number {
  return actor.end <= start
    ? tokensBetween(context.tokens, actor.end, start)
    : tokensBetween(context.tokens, end, actor.start);
}

export function assignActors(
  context: ArticleContext,
  actors: readonly ActorMention[],
  triggerStart: number,
  triggerEnd: number,
  segment: TextSegment,
  eventType: EventType,
  clash: boolean,
): ActorRoles {
  // "according to GNA officials", "بحسب الجيش": a source of the report, not a party to the event.
  // "residents said", "the hospital said": civilians who tell of the event, not its victims.
  const nearby = actors.filter(
    (actor) =>
      distance(context, actor, triggerStart, triggerEnd) <= ACTOR_WINDOW &&
      !(actor.kind === 'civilians' && context.cues.after('reporting', actor.end, 0, segment.end) !== null),
  );
  const near: ActorMention[] = [];
  const speakers: ActorMention[] = [];
  const others: ActorMention[] = [];
  const targets: ActorMention[] = [];
  for (const actor of nearby) {
    const role = roleOf(
      context,
      actor,
      triggerStart,
      triggerEnd,
      segment,
      eventType === 'Explosions/Remote violence',
    );
    if (role === 'none') continue;
    near.push(actor);
    (role === 'speaker' ? speakers : role === 'attacker' ? others : targets).push(actor);
  }
  const byDistance = (a: ActorMention, b: ActorMention): number =>
    distance(context, a, triggerStart, triggerEnd) - distance(context, b, triggerStart, triggerEnd);
  // "The LNA said it had destroyed a Turkish drone in an air strike": the party telling of its own act first.
  const attackers = [...speakers.sort(byDistance), ...others.sort(byDistance)];
  targets.sort(byDistance);
  if (eventType === 'Battles' && clash) {
    // Both sides of a clash are parties: take them in reading order.
    const parties = [...near].filter((actor) => actor.kind !== 'civilians').sort((a, b) => a.start - b.start);
    const first = parties[0] ?? null;
    const second = parties.find((actor) => first !== null && actor.name !== first.name) ?? null;
    // Civilians caught in fighting are its victims, not a side of it.
    const fallback = targets.find((actor) => actor.name !== first?.name && actor.kind !== 'civilians');
    return { actor1: first, actor2: second ?? fallback ?? null };
  }
  const actor1 = attackers[0] ?? null;
  const actor2 = targets.find((actor) => actor.name !== actor1?.name) ?? null;
  return { actor1, actor2 };
}

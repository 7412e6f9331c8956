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
import actorsData from '../../../data/lexicons/actors.json';
import { outletOf } from '../export/outlets.ts';
import { normaliseTerm } from '../text/normalise.ts';
import type { EventType } from '../types.ts';
import type { ActorKind } from './lexicon-types.ts';
import type { ArticleContext, TextSegment } from './context.ts';
import { tokenAt, tokensBetween } from './tokens.ts';

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

interface ContestedNames {
  name: string;
  alternative: string;
  no_side_before: string;
  name_before: string;
  alternative_from: string;
  alternative_to: string;
  alternative_outlets: string[];
  ar: string[];
  en: string[];
  leader: { ar: string[]; en: string[] };
  enemy_words: { ar: string[]; en: string[] };
}

/** "The Libyan army", "الجيش الليبي": a name both sides gave their forces in 2019-2021 (data/lexicons/actors.json). */
const contested = (actorsData as unknown as { contested: ContestedNames }).contested;
const CONTESTED_PHRASES = new Set([...contested.ar, ...contested.en].map(normaliseTerm));
const ALTERNATIVE_OUTLETS = new Set(contested.alternative_outlets);

function alternation(words: readonly string[]): string {
  return words.map((word) => normaliseTerm(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
const LEADER = alternation([...contested.leader.ar, ...contested.leader.en]);
const ENEMY = alternation([...contested.enemy_words.ar, ...contested.enemy_words.en]);
/**
 * Haftar's side named as the enemy: "قوات حفتر", "مرتزقة خليفة حفتر", "Haftar's militias", "militants loyal to
 * warlord Khalifa Haftar", "warlord". "الجيش الليبي بقيادة المشير خليفة حفتر" names him as the army's leader.
 */
const ENEMY_OF_ALTERNATIVE = new RegExp(
  `(^|[^a-z\u0621-\u064a])((${ENEMY})\\s+((of|loyal to)\\s+)?(the\\s+)?(warlord\\s+)?(خليفه\\s+|khalifa\\s+)?(${LEADER})|(${LEADER})('s)?\\s+(${ENEMY})|warlord)(?![a-z\u0621-\u064a])`,
);

const contestedSides = new WeakMap<ArticleContext, string>();

/**
 * Which side a contested name stands for in this article: the state's army of the time before the war of 2014;
 * in 2019-2021, the GNA's forces when the article calls Haftar's side the enemy or comes from
 * an outlet that named the GNA's forces so; the LNA otherwise. Read once per article.
 */
function contestedSide(context: ArticleContext): string {
  const known = contestedSides.get(context);
  if (known !== undefined) return known;
  const published = context.article.published;
  let side = contested.name;
  if (published !== null && published < contested.no_side_before) side = contested.name_before;
  else if (
    published !== null &&
    published >= contested.alternative_from &&
    published <= contested.alternative_to
  ) {
    const { text } = context;
    const enemyNamed = context.matches
      .actorsIn(0, text.length)
      .some(
        (match) =>
          match.value.name === contested.name &&
          ENEMY_OF_ALTERNATIVE.test(text.slice(Math.max(0, match.start - 40), match.end + 24)),
      );
    if (enemyNamed || ALTERNATIVE_OUTLETS.has(outletOf(context.article).name)) side = contested.alternative;
  }
  contestedSides.set(context, side);
  return side;
}

export function findActors(context: ArticleContext, segment: TextSegment): ActorMention[] {
  const result: ActorMention[] = [];
  let lastStart = -1;
  let lastEnd = -1;
  // Matches come sorted by span, so several values of one span stand together: keep the first.
  for (const match of context.matches.actorsIn(segment.start, segment.end)) {
    if (match.start === lastStart && match.end === lastEnd) continue;
    lastStart = match.start;
    lastEnd = match.end;
    // "a bombing in Egypt", "هجوم في مصر": a country after "in" is where it happened, not a party.
    if (match.value.kind === 'foreign' && namesWhere(context, match.start - match.prefix.length)) continue;
    let name = match.value.name;
    if (name === contested.name && CONTESTED_PHRASES.has(context.text.slice(match.start, match.end))) {
      name = contestedSide(context);
    }
    result.push({
      start: match.start - match.prefix.length,
      end: match.end,
      name,
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

/** A locative preposition right before a name (folded spelling): "in Egypt", "inside Tunisia", "في مصر", "داخل تونس". */
const LOCATIVE_BEFORE = /(^|\s)(in|inside|within|في|داخل)\s+$/;
/** Country names, as places (the actor lexicon also names forces by their country). */
const COUNTRY_NAME =
  /^(و?ب)?(egypt|tunisia|algeria|chad|sudan|niger|turkey|russia|france|italy|مصر|تونس|الجزاير|تشاد|السودان|النيجر|تركيا|روسيا|فرنسا|ايطاليا)\b/;

function namesWhere(context: ArticleContext, start: number): boolean {
  const word = context.text.slice(start, start + 12);
  if (!COUNTRY_NAME.test(word)) return false;
  if (/^(و?ب)(مصر|تونس|الجزاير|تشاد|السودان|النيجر|تركيا|روسيا|فرنسا|ايطاليا)/.test(word)) return true;
  return LOCATIVE_BEFORE.test(context.text.slice(Math.max(0, start - 8), start));
}

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

/**
 * A party's name inside a media outlet's ("قناة «إم بي سي مصر»", "Egyptian TV", "Turkish state media"): the
 * channel the event was told on, not a side of it (folded spelling).
 */
const MEDIA_BEFORE =
  /(قناه|القناه|فضائيه|الفضائيه|تلفزيون|التلفزيون|صحيفه|الصحيفه|جريده|الجريده|وكاله|اذاعه|الاذاعه|برنامج|channel|television|newspaper|daily|broadcaster)\s*["«“]?(\s*[^\s"«»“”.,،;:|\-–—]+){0,3}\s*$/i;
const MEDIA_AFTER =
  /^["»”]?\s*(tv|television|channel|state media|media|newspapers?|news agency|press|radio|broadcaster|state tv)\b/i;

function isMediaName(context: ArticleContext, actor: ActorMention, segment: TextSegment): boolean {
  const before = context.text.slice(Math.max(segment.start, actor.start - 48), actor.start);
  if (MEDIA_BEFORE.test(before)) return true;
  return MEDIA_AFTER.test(context.text.slice(actor.end, Math.min(segment.end, actor.end + 24)));
}

/**
 * The party that holds the place hit ("Derna, which is controlled by the Islamic State", "IS-held Sirte",
 * "درنة الخاضعة لسيطرة داعش", "المناطق التي يسيطر عليها حفتر"): in a strike or a bombing it is the side hit, not
 * the one that struck, though "by" stands before it (folded spelling).
 */
const HOLDER_BEFORE =
  /((controlled|held|run|occupied|dominated|seized|taken) by|under the control of|in the hands of|الخاضعه ل?سيطره|الخاضعه ل|الخاضع ل?سيطره|الخاضع ل|تحت سيطره|التي يسيطر عليها|الذي يسيطر عليه|التي تسيطر عليها|الذي تسيطر عليه|التي يتحصن فيها|معقل|معاقل|stronghold of|bastion of)\s*(the\s+)?(ل|ال|لل)?$/;
const HOLDER_AFTER = /^-(held|controlled|run|occupied)\b/;

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

/** How many words an appositive between a party and its verb may hold ("The LNA, under Gen Khalifa Haftar, denied"). */
const APPOSITIVE_WORDS = 7;

/**
 * "The LNA, under Gen Khalifa Haftar, denied …", "الجيش الوطني، بقيادة حفتر، نفى …": where the clause of a party
 * goes on once an appositive set off by two commas right after it is passed; `end` itself when none follows.
 */
function afterAppositive(context: ArticleContext, end: number, ceiling: number): number {
  const { text } = context;
  let at = end;
  while (at < ceiling && text.charCodeAt(at) === 32) at++;
  const mark = text[at];
  if (mark !== ',' && mark !== '،') return end;
  const limit = Math.min(ceiling, at + 1 + APPOSITIVE_WORDS * 16);
  for (let index = at + 1; index < limit; index++) {
    const character = text[index] as string;
    if (character === ',' || character === '،') {
      return tokensBetween(context.tokens, at, index) <= APPOSITIVE_WORDS ? index + 1 : end;
    }
    if (/[.;؛:!?؟"«»“”()]/.test(character)) return end;
  }
  return end;
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
  // "The LNA, under Gen Khalifa Haftar, denied that it was behind the strike": the appositive is passed over.
  const clauseGoesOn = afterAppositive(context, actor.end, segment.end);
  const after = cues.after('blame', clauseGoesOn, REPORTING_WORDS, segment.end);
  // "مسلحون يعتقد أنهم من داعش": a hedge after a party describes it; only a verb of claiming makes it the claimant.
  return (
    after !== null &&
    adjacent(context, clauseGoesOn, after.start) &&
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
/** A finished Arabic verb with its ending (قصفت، استهدفت، شنوا), not a plural noun (غارات، ضربات). */
const FINITE_VERB = /^[وف]?[\u0621-\u064a]{2,}(?<!ا)(ت|وا)$/;
/** The word before such a verb is its subject when it is definite or possessed ("القوات قصفت", "إن قواتهم قصفت"). */
const SUBJECT_WORD = /^([وف]?(ال|لل)[\u0621-\u064a]{2,}|[\u0621-\u064a]{2,}(هم|ها|نا|كم))$/;

/**
 * "إن قواتهم قصفت طائرة تركية مسيرة", "القوات الجوية استهدفت مقاتلين من داعش": a finite verb whose subject stands
 * before it takes what follows it as its object, the side hit.
 */
function verbHasSubjectBefore(context: ArticleContext, triggerStart: number, triggerEnd: number): boolean {
  const { text, tokens } = context;
  const verb = text.slice(triggerStart, triggerEnd);
  if (verb.includes(' ') || !FINITE_VERB.test(verb)) return false;
  const index = tokenAt(tokens, triggerStart);
  if (index === 0) return false;
  const start = tokens.starts[index - 1] as number;
  const end = tokens.ends[index - 1] as number;
  if (/[.,،;؛:"«»]/.test(text.slice(end, triggerStart))) return false;
  return SUBJECT_WORD.test(text.slice(start, end));
}

/** Whether a word opens its clause: first in its sentence, after a clause mark, or with و/ف before it. */
function opensClause(context: ArticleContext, start: number, segment: TextSegment): boolean {
  const { text } = context;
  let at = start;
  // "واستهدفت", "فاستهدفت": a conjunction glued to the verb starts a clause.
  if (at > segment.start && /[وف]/.test(text[at - 1] as string)) {
    if (at - 1 <= segment.start || !/[\u0621-\u064a]/.test(text[at - 2] as string)) return true;
  }
  while (at > segment.start && text.charCodeAt(at - 1) === 32) at--;
  return at <= segment.start || /[.,،;؛:"«»\n]/.test(text[at - 1] as string);
}

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
  if (isMediaName(context, actor, segment)) return 'none';
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
  if (
    remote &&
    (HOLDER_BEFORE.test(context.text.slice(Math.max(segment.start, actor.start - 32), actor.start)) ||
      HOLDER_AFTER.test(context.text.slice(actor.end, actor.end + 12)))
  )
    return 'target';
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
    // "استهدفت طائرات إماراتية مصنعا", "واستهدفت قوات حفتر مواقع": the verb opens the clause and the party
    // right after it is its subject.
    const marker = context.text.slice(targetMarker.start, targetMarker.end);
    const verbFirst =
      ARABIC_TARGETING_VERB.test(marker) &&
      (instrument ||
        (tokensBetween(context.tokens, targetMarker.end, actor.start) === 0 &&
          opensClause(context, targetMarker.start, segment)));
    if (!verbFirst) return 'target';
  }
  // "ضربات جوية بطائرات تركية", "strikes with Turkish drones": the weapon used names who used it.
  if (
    instrument &&
    WIELDED.test(context.text.slice(Math.max(segment.start, actor.start - 12), actor.start + 2))
  )
    return 'attacker';
  if (isArabicBareFollower(context, actor, triggerEnd))
    return verbHasSubjectBefore(context, triggerStart, triggerEnd) ? 'target' : 'attacker';
  // "a drone strike on Murzuq, ... since Khalifa Haftar launched an offensive": the subject of a later clause.
  if (
    remote &&
    actor.start >= triggerEnd &&
    SUBJECT_OF_VERB.test(context.text.slice(actor.end, actor.end + 12))
  )
    return 'none';
  if (cues.before('killed', actor.start, 4, segment.start) !== null) return 'target';
  if (cues.before('injured', actor.start, 4, segment.start) !== null) return 'target';
  if (actor.end <= triggerStart && sufferedBefore(context, actor, triggerStart)) return 'target';
  return actor.end <= triggerStart ? 'attacker' : 'target';
}

/** What opens an appositive naming a party's leader or command ("the LNA, under Gen Khalifa Haftar,", "، بقيادة حفتر،"). */
const LEADER_APPOSITIVE =
  /^\s*[,،]\s*(under|led by|commanded by|headed by|loyal to|بقياده|يقودها|يقوده|بزعامه|التابعه ل|التابع ل)\s/;

/**
 * Parties named inside an appositive that describes the party before it ("The LNA, under Gen Khalifa Haftar,
 * denied …"): they are that party told again, not another side, and take no role of their own.
 */
function describingOthers(
  context: ArticleContext,
  actors: readonly ActorMention[],
  ceiling: number,
): Set<ActorMention> {
  const describing = new Set<ActorMention>();
  for (let index = 1; index < actors.length; index++) {
    const head = actors[index - 1] as ActorMention;
    const actor = actors[index] as ActorMention;
    if (actor.start < head.end || actor.start - head.end > 60) continue;
    if (!LEADER_APPOSITIVE.test(context.text.slice(head.end, actor.start + 1))) continue;
    if (afterAppositive(context, head.end, ceiling) > head.end) describing.add(actor);
  }
  return describing;
}

/** How many words may stand between a party and "were killed" ("eight pro-government fighters were killed"). */
const SUFFERED_WORDS = 3;
/** An English passive or "died" before the trigger: its subject is the side that lost people. */
const PASSIVE_BEFORE = /\b(was|were|been|are|is|be)\s+$/;

/**
 * "At least eight pro-government fighters were killed on Tuesday in a drone attack by …": the party whose
 * people were killed or wounded, told before the strike, is the side hit, not the attacker.
 */
function sufferedBefore(context: ArticleContext, actor: ActorMention, triggerStart: number): boolean {
  const { cues, text } = context;
  for (const kind of ['killed', 'injured'] as const) {
    const cue = cues.after(kind, actor.end, SUFFERED_WORDS, triggerStart);
    if (cue === null || cue.end > triggerStart) continue;
    if (!/^[a-z]/.test(text.slice(cue.start, cue.start + 1))) continue;
    const before = text.slice(Math.max(actor.end, cue.start - 12), cue.start);
    if (PASSIVE_BEFORE.test(before) || /^died\b/.test(text.slice(cue.start, cue.end))) return true;
  }
  return false;
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
  const describing = describingOthers(context, actors, segment.end);
  const nearby = actors.filter(
    (actor) =>
      distance(context, actor, triggerStart, triggerEnd) <= ACTOR_WINDOW &&
      !describing.has(actor) &&
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

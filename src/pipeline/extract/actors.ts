/**
 * Who attacked and who was hit: actor names from the actor lexicon, given a role by where they stand
 * around the trigger and by the words before them ("by", "التابع ل" mark the attacker; "against",
 * "ضد", "مقتل 7 عناصر من" mark the target; "blaming" names the attacker; a nationality adjective right
 * after the trigger, "ضربة جوية أمريكية", names the attacker).
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
  return result;
}

type Role = 'attacker' | 'target';

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
  if (cues.before('attacker_markers', actor.start, 1, segment.start) !== null) return 'attacker';
  if (cues.before('blame', actor.start, 3, segment.start) !== null) return 'attacker';
  if (
    actor.adjective &&
    actor.start >= triggerEnd &&
    tokensBetween(context.tokens, triggerEnd, actor.start) <= 2
  )
    return 'attacker';
  // "attack on the GNA", but not "On Thursday, government forces ...": a comma closes the phrase.
  const targetMarker = cues.before('target_markers', actor.start, 2, segment.start);
  if (targetMarker !== null && !/[,،]/.test(context.text.slice(targetMarker.end, actor.start)))
    return 'target';
  if (isArabicBareFollower(context, actor, triggerEnd)) return 'attacker';
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
  const near = actors.filter(
    (actor) =>
      distance(context, actor, triggerStart, triggerEnd) <= ACTOR_WINDOW &&
      context.cues.before('sourcing', actor.start, 1, segment.start) === null &&
      !(actor.kind === 'civilians' && context.cues.after('reporting', actor.end, 0, segment.end) !== null),
  );
  const attackers: ActorMention[] = [];
  const targets: ActorMention[] = [];
  for (const actor of near) {
    (roleOf(context, actor, triggerStart, triggerEnd, segment) === 'attacker' ? attackers : targets).push(
      actor,
    );
  }
  const byDistance = (a: ActorMention, b: ActorMention): number =>
    distance(context, a, triggerStart, triggerEnd) - distance(context, b, triggerStart, triggerEnd);
  attackers.sort(byDistance);
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

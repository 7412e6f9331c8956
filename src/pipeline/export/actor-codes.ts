/**
 * ACLED's actor-type ("inter") codes for Marsad's canonical actors, and the interaction code of a pair: 1 state
 * forces, 2 rebel groups, 3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians,
 * 8 external/other forces; 0 where there is no actor. The table is data (data/lexicons/actor-kinds.json); an actor
 * it does not list takes the code of its kind in data/lexicons/actors.json, and a name neither knows (a user's own
 * wording) is coded as a political militia, ACLED's code for an unnamed armed group.
 */
import actorKindsData from '../../../data/lexicons/actor-kinds.json';
import actorsData from '../../../data/lexicons/actors.json';

interface ActorKinds {
  by_kind: Record<string, number>;
  actors: Record<string, number>;
}

const kinds = actorKindsData as unknown as ActorKinds;
const UNKNOWN_ACTOR_CODE = 3;

const codeByName = new Map<string, number>();
for (const actor of (actorsData as unknown as { actors: { name: string; kind?: string }[] }).actors) {
  const byKind = actor.kind === undefined ? undefined : kinds.by_kind[actor.kind];
  if (byKind !== undefined) codeByName.set(actor.name.toLowerCase(), byKind);
}
for (const [name, code] of Object.entries(kinds.actors)) codeByName.set(name.toLowerCase(), code);

/** The inter code of an actor name; 0 for no actor. */
export function interCode(actor: string | null): number {
  if (actor === null || actor.trim() === '') return 0;
  return codeByName.get(actor.trim().toLowerCase()) ?? UNKNOWN_ACTOR_CODE;
}

/**
 * ACLED's interaction code: the two inter codes as a two-digit number, the lower first (state forces against
 * civilians: 17); an actor acting alone gives its code followed by 0 (10, 80); no actor at all gives 0.
 */
export function interactionCode(inter1: number, inter2: number): number {
  if (inter1 === 0 && inter2 === 0) return 0;
  if (inter1 === 0 || inter2 === 0) return Math.max(inter1, inter2) * 10;
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
}

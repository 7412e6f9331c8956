import type { EventType, SubEventType } from '../pipeline/types';

/** ACLED's sub-event types Marsad codes, each with its event type (the editor picks the sub-type only). */
export const SUB_EVENT_TYPES: readonly { sub: SubEventType; type: EventType }[] = [
  { sub: 'Air/drone strike', type: 'Explosions/Remote violence' },
  { sub: 'Shelling/artillery/missile attack', type: 'Explosions/Remote violence' },
  { sub: 'Remote explosive/landmine/IED', type: 'Explosions/Remote violence' },
  { sub: 'Suicide bomb', type: 'Explosions/Remote violence' },
  { sub: 'Armed clash', type: 'Battles' },
  { sub: 'Government regains territory', type: 'Battles' },
  { sub: 'Non-state actor overtakes territory', type: 'Battles' },
];

export function eventTypeOf(sub: SubEventType): EventType {
  return SUB_EVENT_TYPES.find((entry) => entry.sub === sub)?.type ?? 'Battles';
}

/** The canonical actor names of shared/spec/events.md, offered first in the editor. */
export const CANONICAL_ACTORS = [
  'US Forces',
  'Islamic State',
  'GNA Forces',
  'LNA',
  'Wagner Group',
  'Turkish Forces',
  'UAE Forces',
  'Egyptian Forces',
  'Civilians',
] as const;

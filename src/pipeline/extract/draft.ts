/** An event under construction, before it is merged, completed from context and turned into a ConflictEvent. */
import type { Highlight, SubEventType, TimePrecision } from '../types.ts';
import type { CasualtyNumber } from './casualties.ts';
import type { ActorKind } from './lexicon-types.ts';
import type { Mention, TypeSource } from './mentions.ts';
import type { PlaceInput } from './places.ts';
import type { DayEdge } from './retelling.ts';

export interface DraftDate {
  date: string;
  precision: TimePrecision;
  /** text: stated for this event; report: the day of the statement; context: from a neighbouring event; published: the article's day. */
  source: 'text' | 'report' | 'context' | 'published';
  /** Told at a time of day that reaches into the next day ("late on Saturday") or the one before ("early Sunday"). */
  edge?: DayEdge;
}

export interface DraftActor {
  name: string;
  kind: ActorKind | null;
  fromContext: boolean;
}

export interface Draft {
  type: SubEventType | null;
  typeSource: TypeSource;
  primary: Mention;
  mentions: Mention[];
  segments: number[];
  date: DraftDate | null;
  /** The place is only the opening dateline's: it places the event but does not pin a bare mention down. */
  placeFromDateline?: boolean;
  place: PlaceInput | null;
  /** Every Libyan place the text ties to this event (the chosen one and the others named with it). */
  placeIds: string[];
  placeFromContext: boolean;
  killed: CasualtyNumber[];
  injured: CasualtyNumber[];
  zeroCasualties: boolean;
  actor1: DraftActor | null;
  actor2: DraftActor | null;
  undisclosedPlace: boolean;
  /** Told as "another"/"a separate" strike: never the same as an event told before. */
  distinct: boolean;
  /** Told as something already named: "the strike", "these raids", "قصف قاعدة الوطية", "Saturday's raid". */
  refersBack: boolean;
  /** Set on the events one sentence's group was split into (one per place or per day): they never fold into each other. */
  split: string | null;
  highlights: Omit<Highlight, 'article_id'>[];
}

const TYPE_PRIORITY: Record<SubEventType, number> = {
  'Government regains territory': 7,
  'Non-state actor overtakes territory': 6,
  'Suicide bomb': 5,
  'Remote explosive/landmine/IED': 4,
  'Air/drone strike': 3,
  'Shelling/artillery/missile attack': 2,
  'Armed clash': 1,
};

export function typePriority(type: SubEventType | null): number {
  return type === null ? 0 : TYPE_PRIORITY[type];
}

export function isTerritory(type: SubEventType | null): boolean {
  return type === 'Government regains territory' || type === 'Non-state actor overtakes territory';
}

/** Types that one incident can be told with: a change of control absorbs the fighting for it, a suicide attack its bomb. */
export function typesCompatible(a: SubEventType | null, b: SubEventType | null): boolean {
  if (a === null || b === null || a === b) return true;
  if ((isTerritory(a) && (isTerritory(b) || b === 'Armed clash')) || (isTerritory(b) && a === 'Armed clash'))
    return true;
  const bombs = new Set<SubEventType>(['Suicide bomb', 'Remote explosive/landmine/IED']);
  return bombs.has(a) && bombs.has(b);
}

/** The more specific of two compatible types. */
export function strongerType(a: SubEventType | null, b: SubEventType | null): SubEventType | null {
  return typePriority(a) >= typePriority(b) ? a : b;
}

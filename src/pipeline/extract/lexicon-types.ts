/** The shapes of the cue and actor lexicons in data/lexicons/ (data, passed in or bundled as defaults). */
import type { SubEventType } from '../types.ts';

export interface CueList {
  ar: string[];
  en: string[];
}

export interface TriggerEntry extends CueList {
  sub_event_type: SubEventType;
  /** strong: names the kind of attack by itself; territory: a change of control. */
  strength: 'strong' | 'territory';
}

export interface GenericAttackEntry extends CueList {
  /** The type when no instrument is named nearby; null: the instrument or the context must tell. */
  default: SubEventType | null;
}

/** A slot of the trigger patterns: the words it may hold, at most `max_words` of them. */
export interface SlotList extends CueList {
  max_words: number;
  /** Digits are words of the slot too. */
  numbers?: boolean;
  /** Any word fills the slot (the lists are then empty). */
  any?: boolean;
}

export interface TriggerLexicon {
  /** Trigger phrases may hold slots, "{name}", defined here: "سقطت {quantity} صواريخ". */
  slots?: Record<string, SlotList>;
  triggers: TriggerEntry[];
  generic_attacks: GenericAttackEntry[];
  instruments: Partial<Record<SubEventType, CueList>>;
  blockers: CueList;
  negation: CueList;
  modality: CueList;
  modality_weak: CueList;
  light_words: CueList;
  overflight: CueList;
  summary: CueList;
  same_day: CueList;
  durations: CueList;
  ordinal_period: CueList;
  history: CueList;
  reference: CueList;
  generic_modifiers: CueList;
  habitual: CueList;
  reporting: CueList;
  complementisers: CueList;
  undisclosed_place: CueList;
  disposal: CueList;
  blame: CueList;
  title_words: CueList;
  distinct: CueList;
  sports: CueList;
  /** Words that make a change of control the aim of an attack: "بهدف", "in a bid to". */
  purpose: CueList;
  /** Superlatives and "first" before a trigger: "the fiercest clashes in months" compares, it does not sum up. */
  superlative: CueList;
  /** Verbs that take a negation for themselves (لم تسفر الغارة، طائرة لم تعرف هويتها قصفت, did not say): a trigger after them is not negated. */
  negation_stops: CueList;
  /** "entered its", دخلت: with a period noun after a trigger, how long the fighting has lasted. */
  entering: CueList;
  /** "week", أسبوعها: the period an ongoing fight has reached ("entered its third week"). */
  period_nouns: CueList;
  clause_openers: CueList;
  launch: CueList;
  repeated: CueList;
  toll: CueList;
  continuation: CueList;
  consequence: CueList;
  sourcing: CueList;
  /** "supporting", "الداعم ل": the party named after it is backed by the attacker, not the attacker. */
  backing: CueList;
  /** Offices that report ("media office of", "المتحدث باسم", "health ministry"): the party they belong to is a source, not a side. */
  offices: CueList;
  protest: CueList;
  frequency: CueList;
  imperfect: CueList;
  topic_shift: CueList;
  attacker_markers: CueList;
  target_markers: CueList;
  /** Words that make a place name part of another name: "Tripoli Street", "شارع طرابلس", "the Misrata hospital". */
  named_after: CueList;
  /** Sounds heard ("explosions were heard", "دوي انفجارات"): not a bombing by themselves. */
  sounds: CueList;
  /** "began", "broke out", "اندلعت": the start of a round of fighting (with a coarse time, background). */
  onset?: CueList;
  /** "in early February", "مطلع فبراير", "last month": a time no finer than part of a month. */
  coarse_time?: CueList;
  /** "the targets hit were … a vehicle-borne IED", "دمرت الغارة سيارة مفخخة": a bomb hit as a target, not one that went off. */
  device_struck?: CueList;
  /** What makes the subject the one hit: "came under", "was", "تعرضت ل". */
  undergoing: CueList;
  /** "a day after X": X happened one day before the event it is told with. */
  day_before_reference: CueList;
  /** "two days after X": X happened two days before. */
  two_days_before_reference: CueList;
  /** "overnight": the night before publication, when no day is named. */
  overnight: CueList;
  /** "based in", "took off from", "ومقرها", "القادمين من": the place named next is a seat, a base or an origin, not where the event happened. */
  side_place: CueList;
  /** "ثوار مصراتة", "the Misrata Military Council", "Tarhuna-based": a place naming a group (Arabic: the word before it; English: the word after). */
  place_modifier: CueList;
  /** "the government in Tripoli", "حكومة الوفاق في طرابلس": an institution whose seat the place after "in" names. */
  seat_of?: CueList;
  fatality: {
    killed: CueList;
    injured: CueList;
    subset: CueList;
    others: CueList;
    none: CueList;
    single_victim: CueList;
  };
}

export type ActorKind = 'state' | 'foreign' | 'non_state' | 'civilians';

export interface ActorEntry extends CueList {
  name: string;
  kind: ActorKind;
}

export interface ActorLexicon {
  actors: ActorEntry[];
}

export interface Lexicons {
  triggers: TriggerLexicon;
  actors: ActorLexicon;
}

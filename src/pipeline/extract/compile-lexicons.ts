/**
 * Compiles the lexicons into two phrase matchers (one automaton each), once per set of resources:
 * the triggers, read over every sentence, and the cue words and actors, read only in the sentences
 * a trigger makes worth reading. Each phrase carries the lexicon it came from. Phrases are
 * normalised by the matcher itself.
 */
import { PhraseMatcher } from '../text/index.ts';
import { PatternMatcher, type SlotDefinition } from '../text/phrase-patterns.ts';
import type { SubEventType } from '../types.ts';
import type { CueKind } from './cue-kinds.ts';
import type { ActorKind, CueList, Lexicons, SlotList } from './lexicon-types.ts';

/** An optional cue list the lexicon leaves out. */
const NO_CUES: CueList = { ar: [], en: [] };

export type TriggerStrength = 'strong' | 'territory' | 'generic';

export interface TriggerCue {
  lexicon: 'trigger';
  role: 'trigger' | 'blocker';
  type: SubEventType | null;
  strength: TriggerStrength;
}

export interface ActorCue {
  lexicon: 'actor';
  name: string;
  kind: ActorKind;
  /** A one-word nationality adjective (أمريكية، تركية, Turkish): names the attacker when it follows a trigger. */
  adjective: boolean;
}

export interface CueEntry {
  lexicon: 'cue';
  cue: CueKind;
}

/** A phrase of the cue or the actor lexicon, tagged with its lexicon. */
export type ContextEntry = CueEntry | ActorCue;

export interface CompiledLexicons {
  /** Trigger phrases and patterns with slots ("سقطت {quantity} صواريخ"). */
  triggers: PatternMatcher<TriggerCue>;
  /** Cues, then actors: the values of a phrase in both lexicons keep that order. */
  context: PhraseMatcher<ContextEntry>;
  /**
   * Only the cues of a death, a wound or no casualties (kinds killed, injured, none), a small automaton: a sentence
   * after an event is read in full only when it names one (the same matches as `context` finds for them).
   */
  casualtyCues: PhraseMatcher<CueEntry>;
}

/** The cue kinds `casualtyCues` holds. */
export const CASUALTY_CUE_KINDS: ReadonlySet<CueKind> = new Set<CueKind>(['killed', 'injured', 'none']);

function* phrases(list: CueList | undefined): Generator<string> {
  if (list === undefined) return;
  yield* list.ar;
  yield* list.en;
}

const INSTRUMENT_CUES: [SubEventType, CueKind][] = [
  ['Air/drone strike', 'instrument_air'],
  ['Shelling/artillery/missile attack', 'instrument_shelling'],
  ['Remote explosive/landmine/IED', 'instrument_explosive'],
];

/** Attached pronouns an Arabic noun or verb of attack takes: غاراتها، قصفهم، استهدفته. */
const PRONOUN_SUFFIXES = ['ها', 'ه', 'هم', 'هما'];

/**
 * A one-word Arabic trigger with its attached pronouns (the matcher handles prefixes, not suffixes):
 * "غارات" → "غاراتها", "غارة" → "غارتها" (ta marbuta becomes ta before a suffix).
 */
function withPronouns(phrase: string): string[] {
  // A pattern: its last word, after the last slot, takes the pronouns ("أطلقت {subject} صواريخها").
  const lastSlot = phrase.lastIndexOf('}');
  if (lastSlot >= 0) {
    const head = phrase.slice(0, lastSlot + 1);
    return withPronouns(phrase.slice(lastSlot + 1)).map((tail) => `${head} ${tail}`);
  }
  const word = phrase.trim();
  if (word.includes(' ') || !/^[\u0621-\u064a]+$/.test(word) || word.length < 3) return [word];
  const stem = word.endsWith('ة') ? `${word.slice(0, -1)}ت` : word;
  if (word.endsWith('ى') || word.endsWith('ا')) return [word];
  return [word, ...PRONOUN_SUFFIXES.map((suffix) => stem + suffix)];
}

function triggerPhrases(list: CueList): string[] {
  return [...new Set([...list.ar.flatMap(withPronouns), ...list.en])];
}

/** The slots trigger patterns may use, from the lexicon's "slots" section. */
function slotDefinitions(slots: Record<string, SlotList> | undefined): Record<string, SlotDefinition> {
  const result: Record<string, SlotDefinition> = {};
  for (const [name, slot] of Object.entries(slots ?? {})) {
    result[name] = {
      words: [...slot.ar, ...slot.en],
      maxWords: slot.max_words,
      ...(slot.numbers === true ? { numbers: true } : {}),
      ...(slot.any === true ? { any: true } : {}),
    };
  }
  return result;
}

function isAdjective(phrase: string): boolean {
  const trimmed = phrase.trim();
  if (trimmed.includes(' ')) return false;
  return /(ية|يه|ي|يا)$/.test(trimmed) || /(ish|ian|can|ese|ati)$/i.test(trimmed);
}

export function compileLexicons(lexicons: Lexicons): CompiledLexicons {
  const triggerEntries: [string, TriggerCue][] = [];
  const addTrigger = (phrase: string, trigger: Omit<TriggerCue, 'lexicon'>): void => {
    triggerEntries.push([phrase, { lexicon: 'trigger', ...trigger }]);
  };
  for (const entry of lexicons.triggers.triggers) {
    for (const phrase of triggerPhrases(entry)) {
      addTrigger(phrase, { role: 'trigger', type: entry.sub_event_type, strength: entry.strength });
    }
  }
  for (const entry of lexicons.triggers.generic_attacks) {
    for (const phrase of triggerPhrases(entry)) {
      addTrigger(phrase, { role: 'trigger', type: entry.default, strength: 'generic' });
    }
  }
  for (const phrase of phrases(lexicons.triggers.blockers)) {
    addTrigger(phrase, { role: 'blocker', type: null, strength: 'generic' });
  }

  const lexicon = lexicons.triggers;
  const simple: [CueKind, CueList][] = [
    ['negation', lexicon.negation],
    ['modality', lexicon.modality],
    ['modality_weak', lexicon.modality_weak],
    ['light_words', lexicon.light_words],
    ['overflight', lexicon.overflight],
    ['summary', lexicon.summary],
    ['same_day', lexicon.same_day],
    ['durations', lexicon.durations],
    ['ordinal_period', lexicon.ordinal_period],
    ['history', lexicon.history],
    ['reference', lexicon.reference],
    ['generic_modifiers', lexicon.generic_modifiers],
    ['habitual', lexicon.habitual],
    ['reporting', lexicon.reporting],
    ['complementisers', lexicon.complementisers],
    ['undisclosed_place', lexicon.undisclosed_place],
    ['disposal', lexicon.disposal],
    ['blame', lexicon.blame],
    ['title_words', lexicon.title_words],
    ['distinct', lexicon.distinct],
    ['sports', lexicon.sports],
    ['purpose', lexicon.purpose],
    ['superlative', lexicon.superlative],
    ['negation_stops', lexicon.negation_stops],
    ['entering', lexicon.entering],
    ['period_nouns', lexicon.period_nouns],
    ['clause_openers', lexicon.clause_openers],
    ['launch', lexicon.launch],
    ['repeated', lexicon.repeated],
    ['toll', lexicon.toll],
    ['continuation', lexicon.continuation],
    ['consequence', lexicon.consequence],
    ['sourcing', lexicon.sourcing],
    ['backing', lexicon.backing],
    ['offices', lexicon.offices],
    ['protest', lexicon.protest],
    ['frequency', lexicon.frequency],
    ['imperfect', lexicon.imperfect],
    ['topic_shift', lexicon.topic_shift],
    ['attacker_markers', lexicon.attacker_markers],
    ['target_markers', lexicon.target_markers],
    ['named_after', lexicon.named_after],
    ['sounds', lexicon.sounds],
    ['onset', lexicon.onset ?? NO_CUES],
    ['coarse_time', lexicon.coarse_time ?? NO_CUES],
    ['device_struck', lexicon.device_struck ?? NO_CUES],
    ['undergoing', lexicon.undergoing],
    ['day_before_reference', lexicon.day_before_reference],
    ['two_days_before_reference', lexicon.two_days_before_reference],
    ['overnight', lexicon.overnight],
    ['side_place', lexicon.side_place],
    ['place_modifier', lexicon.place_modifier],
    ['seat_of', lexicon.seat_of ?? NO_CUES],
    ['killed', lexicon.fatality.killed],
    ['injured', lexicon.fatality.injured],
    ['subset', lexicon.fatality.subset],
    ['others', lexicon.fatality.others],
    ['none', lexicon.fatality.none],
    ['single_victim', lexicon.fatality.single_victim],
  ];
  const entries: [string, ContextEntry][] = [];
  const casualtyEntries: [string, CueEntry][] = [];
  const cueEntry = new Map<CueKind, CueEntry>();
  const addCue = (phrase: string, cue: CueKind): void => {
    let entry = cueEntry.get(cue);
    if (entry === undefined) {
      entry = { lexicon: 'cue', cue };
      cueEntry.set(cue, entry);
    }
    entries.push([phrase, entry]);
    if (CASUALTY_CUE_KINDS.has(cue)) casualtyEntries.push([phrase, entry]);
  };
  for (const [kind, list] of simple) for (const phrase of phrases(list)) addCue(phrase, kind);
  for (const [type, kind] of INSTRUMENT_CUES) {
    for (const phrase of phrases(lexicon.instruments[type])) addCue(phrase, kind);
  }

  for (const actor of lexicons.actors.actors) {
    for (const phrase of phrases(actor)) {
      const adjective = isAdjective(phrase);
      entries.push([phrase, { lexicon: 'actor', name: actor.name, kind: actor.kind, adjective }]);
    }
  }
  return {
    triggers: new PatternMatcher(triggerEntries, slotDefinitions(lexicon.slots)),
    context: new PhraseMatcher(entries),
    casualtyCues: new PhraseMatcher(casualtyEntries),
  };
}

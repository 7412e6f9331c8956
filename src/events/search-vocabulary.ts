/**
 * The search vocabulary (loaded on first search, in the gazetteer's lazy chunk): events and queries are folded as
 * the pipeline folds article text (normaliseTerm), a query that is a full place name also finds every other
 * spelling of the place in the gazetteers ("murzuk", "Murzuq", "مرزق", "مرزوق"), a query inside an actor's
 * alias finds the actor's events ("الجيش الوطني" → LNA), and one inside a type's label finds that type ("drone",
 * "مسيرة", "clash").
 */
import type { SubEventType } from '../pipeline/types';
import { normaliseTerm } from '../pipeline/text/normalise';
import { SUB_EVENT_TYPES } from '../store/event-index';
import { typeLabel } from './event-labels';
import type { SearchVocabulary } from './search-fold';

interface NamedPlace {
  id: string;
  names_ar: string[];
  names_en: string[];
}

interface ActorEntry {
  name: string;
  ar_name?: string;
  ar?: string[];
  en?: string[];
}

/** Aliases and labels shorter than this are matched only in full (a two-letter query names no actor). */
const MIN_PART = 3;

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

export function buildSearchVocabulary(
  places: readonly NamedPlace[],
  actors: readonly ActorEntry[],
): SearchVocabulary {
  const fold = (text: string) => normaliseTerm(text);
  // Every folded name of a place → the folded names of every place called so.
  const spellings = new Map<string, Set<string>>();
  for (const place of places) {
    const names = [...new Set([...place.names_en, ...place.names_ar].map(fold).filter(Boolean))];
    for (const name of names) for (const other of names) addTo(spellings, name, other);
  }
  const actorAliases = actors.map((actor) => ({
    canonical: fold(actor.name),
    aliases: [actor.name, actor.ar_name ?? '', ...(actor.ar ?? []), ...(actor.en ?? [])]
      .map(fold)
      .filter(Boolean),
  }));
  const typeLabels = SUB_EVENT_TYPES.map((type: SubEventType) => ({
    canonical: fold(type),
    labels: [type, typeLabel(type, 'en'), typeLabel(type, 'ar')].map(fold),
  }));

  return {
    fold,
    alternatives(query) {
      const folded = fold(query.trim());
      if (!folded) return [];
      const found = new Set([folded]);
      // A leading Arabic article is part of some names and not of others ('القطرون' / 'قطرون').
      const bare = folded.startsWith('ال') ? folded.slice(2) : `ال${folded}`;
      for (const key of [folded, bare]) for (const name of spellings.get(key) ?? []) found.add(name);
      const partial = folded.length >= MIN_PART;
      for (const actor of actorAliases) {
        if (actor.aliases.some((alias) => alias === folded || (partial && alias.includes(folded))))
          found.add(actor.canonical);
      }
      for (const type of typeLabels) {
        if (type.labels.some((label) => label === folded || (partial && label.includes(folded))))
          found.add(type.canonical);
      }
      return [...found];
    },
  };
}

let loading: Promise<SearchVocabulary> | null = null;

/** The vocabulary from the gazetteers and the actor lexicon, loaded once. */
export function loadSearchVocabulary(): Promise<SearchVocabulary> {
  loading ??= Promise.all([
    import('../../data/gazetteer/libya.json'),
    import('../../data/gazetteer/world.json'),
    import('../../data/lexicons/actors.json'),
  ]).then(([libya, world, actors]) =>
    buildSearchVocabulary(
      [
        ...(libya.default as unknown as { places: NamedPlace[] }).places,
        ...(world.default as unknown as { places: NamedPlace[] }).places,
      ],
      (actors.default as unknown as { actors: ActorEntry[] }).actors,
    ),
  );
  return loading;
}

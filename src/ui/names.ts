/**
 * Place and actor names in the interface's script. Events carry the English (ACLED-style) names, which the
 * exports keep; in Arabic the interface shows the gazetteer's Arabic name of the place (by its id, else by its
 * English name) and the actor's `ar_name` from the actor lexicon. The tables arrive with the gazetteer, loaded
 * only when the interface is Arabic (the chunk the place search and the export already share), so the first
 * view of the English interface fetches nothing more. A name with no Arabic form (one the user typed) is shown
 * as it was given, marked as the user's.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { UiLanguage } from '../store/ui-slice';
import { useMarsad } from '../store/store-context';
import { setArabicDiagnostics } from './diagnostic-text';

interface NameTables {
  placeById: ReadonlyMap<string, string>;
  placeByEnglish: ReadonlyMap<string, string>;
  /** Districts by their English admin1 name ('Murzuq' → 'مرزق'). */
  admin1ByEnglish: ReadonlyMap<string, string>;
  actorByName: ReadonlyMap<string, string>;
}

interface PlaceRecord {
  id: string;
  name_en: string;
  name_ar: string;
  kind?: string;
  admin1?: string;
}

let tables: NameTables | null = null;
let loading: Promise<NameTables> | null = null;
const listeners = new Set<() => void>();

function build(libya: PlaceRecord[], world: PlaceRecord[], actors: { name: string; ar_name?: string }[]) {
  const placeById = new Map<string, string>();
  const placeByEnglish = new Map<string, string>();
  const admin1ByEnglish = new Map<string, string>();
  for (const place of [...world, ...libya]) {
    if (!place.name_ar) continue;
    placeById.set(place.id, place.name_ar);
    placeByEnglish.set(place.name_en, place.name_ar);
    if (place.kind === 'district' && place.admin1) {
      admin1ByEnglish.set(place.admin1, place.name_ar.replace(/^شعبية /, ''));
    }
  }
  const actorByName = new Map<string, string>();
  for (const actor of actors) if (actor.ar_name) actorByName.set(actor.name, actor.ar_name);
  return { placeById, placeByEnglish, admin1ByEnglish, actorByName };
}

/** Loads the Arabic names once (the gazetteers, the actor lexicon, the wording of the pipeline's messages). */
export function loadArabicNames(): Promise<NameTables> {
  loading ??= Promise.all([
    import('../../data/gazetteer/libya.json'),
    import('../../data/gazetteer/world.json'),
    import('../../data/lexicons/actors.json'),
    import('./diagnostic-arabic'),
  ]).then(([libya, world, actors, diagnostics]) => {
    setArabicDiagnostics(diagnostics.ARABIC);
    tables = build(
      (libya.default as unknown as { places: PlaceRecord[] }).places,
      (world.default as unknown as { places: PlaceRecord[] }).places,
      (actors.default as unknown as { actors: { name: string; ar_name?: string }[] }).actors,
    );
    for (const listener of listeners) listener();
    return tables;
  });
  return loading;
}

/** A name as shown: its text, and whether it is the user's own (no name of the interface's language exists). */
export interface ShownName {
  text: string;
  supplied: boolean;
}

/** The Arabic tables if loaded (null before): for code outside React, such as the map's popup. */
export function loadedArabicNames(): NameTables | null {
  return tables;
}

/** A place's name in the language: by gazetteer id, else by its English name; as given otherwise. */
export function placeName(
  location: string,
  placeId: string | null | undefined,
  language: UiLanguage,
  names: NameTables | null = tables,
): ShownName {
  if (language === 'en') return { text: location, supplied: false };
  const arabic =
    (placeId ? names?.placeById.get(placeId) : undefined) ??
    names?.placeByEnglish.get(location) ??
    names?.admin1ByEnglish.get(location);
  return arabic ? { text: arabic, supplied: false } : { text: location, supplied: /[A-Za-z]/.test(location) };
}

/** An actor's name in the language (the lexicon's Arabic name); as given otherwise. */
export function actorName(actor: string, language: UiLanguage, names: NameTables | null = tables): ShownName {
  if (language === 'en') return { text: actor, supplied: false };
  const arabic = names?.actorByName.get(actor);
  return arabic ? { text: arabic, supplied: false } : { text: actor, supplied: /[A-Za-z]/.test(actor) };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The name tables for the current language: null in English (names are shown as the events give them) and until
 * the Arabic names have loaded; the component renders again when they arrive.
 */
export function useNameTables(): NameTables | null {
  const language = useMarsad((state) => state.language);
  const loaded = useSyncExternalStore(subscribe, () => tables);
  useEffect(() => {
    if (language === 'ar') void loadArabicNames();
  }, [language]);
  return language === 'ar' ? loaded : null;
}

/** Names for the current language: `place(location, placeId)` and `actor(name)`. */
export function useNames(): {
  place: (location: string, placeId?: string | null) => ShownName;
  actor: (name: string) => ShownName;
} {
  const language = useMarsad((state) => state.language);
  const names = useNameTables();
  return {
    place: (location, placeId) => placeName(location, placeId, language, names),
    actor: (name) => actorName(name, language, names),
  };
}

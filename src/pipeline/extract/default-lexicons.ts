/** The bundled lexicons (data/lexicons/), used when the caller passes none. */
import actorsData from '../../../data/lexicons/actors.json';
import triggersData from '../../../data/lexicons/triggers.json';
import type { ActorLexicon, Lexicons, TriggerLexicon } from './lexicon-types.ts';

export const defaultLexicons: Lexicons = {
  triggers: triggersData as unknown as TriggerLexicon,
  actors: actorsData as unknown as ActorLexicon,
};

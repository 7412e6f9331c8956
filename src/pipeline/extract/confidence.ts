/**
 * How sure the machine is of an event, with its reasons, so the interface can show them: the kind of
 * trigger, whether the date and place were stated or only inferred, named actors, a count of the dead,
 * and whether the article tells the event more than once.
 */
import type { Draft } from './draft.ts';

export interface Confidence {
  value: number;
  reasons: string[];
}

/** Below this an event is not emitted: a bare "attack" with nothing else to go on. */
export const MINIMUM_CONFIDENCE = 0.45;

export function scoreDraft(draft: Draft, inHeading: boolean): Confidence {
  const reasons: string[] = [];
  let value: number;
  switch (draft.typeSource) {
    case 'trigger':
      value = 0.55;
      reasons.push('named as a strike or clash by its trigger word');
      break;
    case 'instrument':
      value = 0.5;
      reasons.push('attack verb with the weapon named next to it');
      break;
    case 'default':
      value = 0.42;
      reasons.push('attack verb without a named weapon (type assumed)');
      break;
    default:
      value = 0.38;
      reasons.push('generic "attack" typed from the events around it');
  }
  const date = draft.date;
  if (date === null) reasons.push('no date known');
  else if (date.source === 'text') {
    value += 0.12;
    reasons.push(date.precision === 1 ? 'date stated for the event' : 'approximate date stated');
  } else if (date.source === 'report') {
    value += 0.06;
    reasons.push('dated by the statement that reported it');
  } else if (date.source === 'context') {
    value += 0.06;
    reasons.push('date taken from the same passage');
  } else reasons.push('no date stated: publication day used');
  if (draft.place === null)
    reasons.push(draft.undisclosedPlace ? 'the place is not disclosed' : 'no place found');
  else if (draft.placeFromContext) {
    value += 0.04;
    reasons.push('place taken from the events told just before');
  } else if (draft.place.geo_precision === 3) {
    value += 0.05;
    reasons.push('only a region is named');
  } else {
    value += 0.12;
    reasons.push('place named next to the trigger');
  }
  if (draft.actor1 !== null && !draft.actor1.fromContext) {
    value += 0.05;
    reasons.push(`attacker named (${draft.actor1.name})`);
  }
  if (draft.killed.some((number) => !number.total)) {
    value += 0.05;
    reasons.push('the dead are counted');
  }
  const sentences = new Set(draft.mentions.map((mention) => mention.segment)).size;
  if (sentences > 1) {
    value += 0.05;
    reasons.push(`told in ${sentences} sentences`);
  }
  if (inHeading) {
    value -= 0.1;
    reasons.push('found only in a heading');
  }
  return { value: Math.round(Math.min(0.95, Math.max(0.05, value)) * 100) / 100, reasons };
}

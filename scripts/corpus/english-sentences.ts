/**
 * English sentence templates in wire and newspaper style: incident reports by type, follow-ups, quotes, and
 * sentences that are not events.
 */
import type { IncidentKind } from './theatres';

export const ENGLISH_REPORTS: Record<IncidentKind, readonly string[]> = {
  air: [
    '{attacker} said {when} that an airstrike {place} killed {killed}.',
    'A drone strike {place} {when} killed {killed}{injured}, local officials said.',
    'Warplanes struck {facility} {place} {when}, according to a military source.',
    '{attacker} carried out an air raid {when} against {target} {place}, killing {killed}.',
    'An air strike hit {facility} {place} {when}, residents said, without giving a toll.',
    'Drones believed to be operated by {attacker} struck {target} positions {place} {when}.',
  ],
  shelling: [
    'Mortar rounds slammed into {facility} {place} {when}, killing {killed}{injured}.',
    'Artillery shelling by {attacker} hit {target} positions {place} {when}.',
    'Rockets fell on residential districts {place} {when}, killing {killed}, the health ministry said.',
    'Heavy shelling {place} {when} damaged {facility}, witnesses said.',
    'Grad rockets fired by {attacker} struck {place} {when}.',
  ],
  explosive: [
    'A car bomb exploded at a checkpoint {place} {when}, killing {killed}{injured}.',
    'A roadside bomb hit a patrol of {target} {place} {when}, killing {killed}.',
    'A landmine blast {place} {when} killed {killed}, a medical source said.',
    'A suicide bomber blew himself up among {target} {place} {when}, killing {killed}.',
  ],
  clash: [
    'Heavy clashes broke out {when} between {attacker} and {target} {place}.',
    'Fighting between {attacker} and {target} {place} {when} killed {killed}{injured}.',
    'Fierce battles raged {when} on the front line {place}, with both sides using heavy weapons.',
    '{attacker} clashed with {target} {place} {when}, residents said.',
  ],
  capture: [
    '{attacker} said {when} they had taken full control of {placeName} after fighting {target}.',
    '{attacker} retook {placeName} from {target} {when}.',
    '{attacker} seized {placeName} {when}, pushing {target} back towards the south.',
  ],
};

export const ENGLISH_FACILITIES = [
  'an operations room',
  'an ammunition depot',
  'a convoy of armoured vehicles',
  'a military camp',
  'an air defence system',
  'Mitiga airport',
  'a field hospital',
  'a school',
  'a house',
  'a checkpoint',
];

export const ENGLISH_FOLLOW_UPS = [
  'A medical source at the hospital in {city} said it had received bodies and several wounded.',
  'The ambulance and emergency service said the toll could rise.',
  'There was no immediate claim of responsibility.',
  'The toll could not be independently verified.',
  '{target} suffered heavy losses, a spokesman said, without giving figures.',
  'Images shared on social media showed plumes of smoke rising over the area.',
];

export const ENGLISH_QUOTES = [
  'We will continue to deny terrorists safe haven in Libya',
  'The situation is under control and our forces are advancing as planned',
  'Targeting civilians is a war crime that will not go unpunished',
  'The other side bears full responsibility for breaking the ceasefire',
  'Our forces acted in self-defence',
];

export const ENGLISH_SPEAKERS = [
  'a spokesman for {attacker}',
  'the head of operations of {attacker}',
  'a military source who asked not to be named',
  'a member of the municipal council in {city}',
];

export const ENGLISH_NON_EVENTS = [
  '{attacker} threatened to launch a major offensive on {placeName} unless {target} withdrew.',
  'A commander announced a new operation, dubbed {operation}, to "liberate" the area.',
  'Drones were seen flying over {placeName} throughout the night, but no strikes were reported.',
  'The UN Support Mission in Libya called on both sides to observe an immediate ceasefire.',
  'The two sides had agreed a humanitarian truce that lasted only a few days.',
  'That brings the number of strikes since the start of the month to {count}, killing at least {total} people, according to a local monitor.',
  'A spokesman for {target} denied that his forces had suffered any losses.',
  'Analysts said the war of words between the rivals reflected a deepening political crisis.',
  'In Washington, a Pentagon official said operations would continue as long as the threat remained.',
  'Aircraft tracking websites showed surveillance planes circling over western Libya.',
];

export const ENGLISH_BACKGROUND = [
  'Libya has been mired in chaos since the NATO-backed uprising that toppled Muammar Gaddafi in 2011.',
  'Islamic State lost its stronghold in the coastal city of Sirte in late 2016.',
  'Haftar launched an offensive to seize Tripoli in April 2019, which collapsed in June 2020.',
  'The country has been split since 2014 between rival administrations in the east and west.',
  'Libya holds the largest proven oil reserves in Africa, and its oil ports have often been fought over.',
  'The south lies largely beyond the reach of the internationally recognised government in Tripoli.',
  'UN experts say Libya holds the largest unsecured stockpile of weapons in the world.',
];

export const ENGLISH_OPERATIONS = [
  '"Storm of Peace"',
  '"Volcano of Rage"',
  '"Operation Dignity"',
  '"Solid Structure"',
];

export const ENGLISH_CAPTIONS = [
  'FILE PHOTO: Smoke rises after an air strike. (Archive)',
  'US bombers over Guam, in a file photo.',
  'Members of the security forces in Tripoli.',
  'Military vehicles on the coastal road, in an archive image.',
];

export const ENGLISH_CALM_TOPICS: readonly (readonly string[])[] = [
  [
    'The UN envoy to Libya met members of the House of Representatives and the High Council of State in {city} {when} to discuss election laws.',
    'The envoy told reporters that agreement on a constitutional basis was needed before elections could be held.',
    'Disputes over who may run for president have stalled the process since the vote was postponed in December 2021.',
  ],
  [
    'The National Oil Corporation said {when} that output had risen to {barrels} barrels per day after exports resumed from the port of {port}.',
    'Revenues will be held at the Libyan Foreign Bank until a mechanism to share them is agreed, the chairman said.',
    'The oil sector has been hit by repeated shutdowns linked to political disputes.',
  ],
  [
    'The coast guard rescued {migrants} migrants off the coast of {city} {when}, including women and children.',
    'The International Organization for Migration said the migrants were taken to detention centres in poor conditions.',
    'Libya is a major transit point for migrants trying to reach Europe across the Mediterranean.',
  ],
  [
    'The national meteorological centre warned {when} of heavy rain over the Green Mountain and {city}.',
    'Local authorities urged residents to keep away from valleys, after Storm Daniel devastated Derna in September 2023.',
  ],
  [
    'Health authorities recorded {cases} new coronavirus cases {when}, most of them in {city}.',
    'The health ministry extended a partial curfew by two weeks, calling the fight against the pandemic a battle not yet won.',
  ],
];

/** Reactions and humanitarian context: long, common in real reports, never events themselves. */
export const ENGLISH_CONTEXT = [
  'The foreign ministry condemned the attack on {placeName} and urged the international community to protect civilians.',
  'The UN refugee agency said more than {displaced} families had fled the area since the fighting began.',
  'European ambassadors voiced deep concern at the escalation and called for a return to talks.',
  'Schools in {city} stayed closed for a second day and the streets were largely empty.',
  'Residents complain of severe shortages of fuel and medicine and of frequent power cuts.',
  'The municipal council in {city} declared a state of emergency and asked the warring parties to spare vital facilities.',
  'Each side accuses the other of relying on foreign fighters and mercenaries from neighbouring countries.',
  'A UN panel of experts has reported repeated violations of the arms embargo imposed on Libya in 2011.',
  'Neighbouring states, especially Egypt, Tunisia and Algeria, have pushed for a political settlement.',
  'Flights at the airport in {city} were suspended for several hours before resuming in the evening.',
];

/** Headlines of ENGLISH_CALM_TOPICS, in the same order. */
export const ENGLISH_CALM_TITLES = [
  'UN envoy presses rivals on Libya election laws',
  'Libya oil output rises as exports resume',
  'Migrants rescued off Libyan coast',
  'Heavy rain warning for eastern Libya',
  'Libya records new coronavirus cases',
];

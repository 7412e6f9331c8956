/**
 * Who fought whom, where and when: the phases of Libya's wars since 2011, so a generated article pairs actors,
 * places and dates the way real reporting does. Written for Marsad from general knowledge of the conflict.
 */
import { dayNumber } from './calendar';

export interface Actor {
  /** Arabic ways outlets name the actor (alias spellings included). */
  ar: readonly string[];
  en: readonly string[];
}

export const ACTORS = {
  usForces: {
    ar: [
      'القوات الأميركية',
      'القوات الأمريكية',
      'القيادة العسكرية الأمريكية في أفريقيا',
      'أفريكوم',
      'القيادة الأميركية في إفريقيا',
    ],
    en: ['US forces', 'US Africa Command', 'AFRICOM', 'the US military'],
  },
  islamicState: {
    ar: ['تنظيم داعش', 'تنظيم الدولة الإسلامية', 'داعش الإرهابي', 'تنظيم الدولة', 'عناصر داعش الارهابي'],
    en: ['Islamic State', 'ISIS', 'the Islamic State group', 'IS militants'],
  },
  gna: {
    ar: ['قوات حكومة الوفاق', 'قوات الوفاق الوطني', 'قوات عملية بركان الغضب', 'القوات التابعة لحكومة الوفاق'],
    en: [
      'GNA forces',
      'forces loyal to the Government of National Accord',
      'Volcano of Rage forces',
      'the Tripoli government',
    ],
  },
  lna: {
    ar: [
      'الجيش الوطني الليبي',
      'قوات حفتر',
      'مليشيات حفتر',
      'قوات القيادة العامة',
      'قوات الجيش الليبي بقيادة خليفة حفتر',
    ],
    en: ['the Libyan National Army', 'Haftar forces', 'LNA forces', "Khalifa Haftar's forces"],
  },
  wagner: {
    ar: ['مرتزقة فاغنر', 'مرتزقة روس', 'عناصر شركة فاغنر الروسية', 'مرتزقة الفاغنر'],
    en: ['Wagner Group mercenaries', 'Russian mercenaries', 'Wagner fighters'],
  },
  turkey: { ar: ['القوات التركية', 'الطائرات التركية المسيرة'], en: ['Turkish forces', 'Turkish drones'] },
  uae: { ar: ['الطيران الإماراتي', 'طائرات إماراتية مسيرة'], en: ['UAE aircraft', 'Emirati drones'] },
  egypt: {
    ar: ['سلاح الجو المصري', 'المقاتلات المصرية'],
    en: ['Egyptian warplanes', 'the Egyptian air force'],
  },
  nato: {
    ar: ['حلف شمال الأطلسي', 'طائرات الناتو', 'الحلف الأطلسي'],
    en: ['NATO', 'NATO warplanes', 'alliance jets'],
  },
  gaddafiForces: {
    ar: ['كتائب القذافي', 'القوات الموالية للقذافي', 'كتائب العقيد'],
    en: ['Gaddafi forces', 'pro-Gaddafi troops', "Muammar Gaddafi's brigades"],
  },
  rebels: {
    ar: ['الثوار', 'قوات المجلس الوطني الانتقالي', 'مقاتلو المعارضة'],
    en: ['rebels', 'opposition fighters', 'NTC forces'],
  },
  shuraCouncil: {
    ar: ['مجلس شورى ثوار بنغازي', 'أنصار الشريعة', 'مجلس شورى مجاهدي درنة', 'سرايا الدفاع عن بنغازي'],
    en: [
      'the Benghazi Revolutionaries Shura Council',
      'Ansar al-Sharia',
      'the Derna Mujahideen Shura Council',
    ],
  },
  bunyan: {
    ar: ['قوات البنيان المرصوص', 'قوات عملية البنيان المرصوص'],
    en: ['Bunyan al-Marsous forces', 'Misrata-led forces'],
  },
  tripoliArmedGroups: {
    ar: ['جهاز الردع', 'اللواء 444 قتال', 'جهاز دعم الاستقرار', 'كتيبة ثوار طرابلس', 'اللواء السابع'],
    en: [
      'the Radaa force',
      'the 444th Brigade',
      'the Stability Support Apparatus',
      'the Tripoli Revolutionaries Brigade',
    ],
  },
  chadianRebels: {
    ar: ['المعارضة التشادية المسلحة', 'متمردون تشاديون'],
    en: ['Chadian rebels', 'Chadian armed opposition'],
  },
  civilians: {
    ar: ['المدنيين', 'الأحياء السكنية', 'السكان'],
    en: ['civilians', 'residential areas', 'residents'],
  },
} as const satisfies Record<string, Actor>;

export type ActorName = keyof typeof ACTORS;

export type IncidentKind = 'air' | 'shelling' | 'explosive' | 'clash' | 'capture';

export interface Theatre {
  name: string;
  start: number;
  end: number;
  /** English gazetteer names of the places the fighting clustered around. */
  anchors: readonly string[];
  /** [attacker, target, kind, weight] */
  pairs: readonly (readonly [ActorName, ActorName, IncidentKind, number])[];
}

export const THEATRES: readonly Theatre[] = [
  {
    name: 'uprising-2011',
    start: dayNumber('2011-02-15'),
    end: dayNumber('2011-10-31'),
    anchors: [
      'Misrata',
      'Ajdabiya',
      'Brega',
      'Zawiya',
      'Sirte',
      'Zintan',
      'Yafran',
      'Nalut',
      'Bani Walid',
      'Tripoli',
    ],
    pairs: [
      ['nato', 'gaddafiForces', 'air', 4],
      ['gaddafiForces', 'rebels', 'shelling', 4],
      ['rebels', 'gaddafiForces', 'clash', 3],
      ['rebels', 'gaddafiForces', 'capture', 1],
      ['gaddafiForces', 'civilians', 'shelling', 1],
    ],
  },
  {
    name: 'second-civil-war-2014',
    start: dayNumber('2014-05-16'),
    end: dayNumber('2016-12-31'),
    anchors: ['Benghazi', 'Derna', 'Sirte', 'Ajdabiya', 'Tripoli', 'Kikla', 'Ras Lanuf', 'Sidra', 'Harawa'],
    pairs: [
      ['lna', 'shuraCouncil', 'air', 3],
      ['lna', 'shuraCouncil', 'clash', 4],
      ['shuraCouncil', 'lna', 'explosive', 2],
      ['egypt', 'islamicState', 'air', 1],
      ['usForces', 'islamicState', 'air', 2],
      ['bunyan', 'islamicState', 'clash', 3],
      ['islamicState', 'bunyan', 'explosive', 1],
      ['lna', 'shuraCouncil', 'capture', 1],
    ],
  },
  {
    name: 'south-and-east-2017',
    start: dayNumber('2017-01-01'),
    end: dayNumber('2019-04-03'),
    anchors: ['Derna', 'Sabha', 'Murzuq', 'Ubari', 'Tripoli', 'Ghadduwah', 'Tazirbu', 'Jufra'],
    pairs: [
      ['usForces', 'islamicState', 'air', 3],
      ['lna', 'shuraCouncil', 'clash', 2],
      ['islamicState', 'lna', 'explosive', 1],
      ['tripoliArmedGroups', 'tripoliArmedGroups', 'clash', 2],
      ['lna', 'chadianRebels', 'clash', 1],
      ['lna', 'shuraCouncil', 'shelling', 1],
    ],
  },
  {
    name: 'tripoli-offensive-2019',
    start: dayNumber('2019-04-04'),
    end: dayNumber('2020-06-30'),
    anchors: [
      'Tripoli',
      'Qasr Bin Ghashir',
      'Ain Zara',
      'Gharyan',
      'Tarhuna',
      'Sirte',
      'Misrata',
      'Murzuq',
      'Zawiya',
      'Sabratha',
    ],
    pairs: [
      ['lna', 'gna', 'shelling', 4],
      ['gna', 'lna', 'air', 3],
      ['uae', 'gna', 'air', 2],
      ['turkey', 'lna', 'air', 2],
      ['gna', 'lna', 'clash', 4],
      ['wagner', 'gna', 'shelling', 1],
      ['gna', 'lna', 'capture', 1],
      ['usForces', 'islamicState', 'air', 1],
      ['lna', 'civilians', 'shelling', 1],
    ],
  },
  {
    name: 'armed-groups-2020',
    start: dayNumber('2020-07-01'),
    end: dayNumber('2025-12-31'),
    anchors: ['Tripoli', 'Zawiya', 'Misrata', 'Sabha', 'Ubari', 'Zuwara', 'Janzur', 'Gharyan'],
    pairs: [
      ['tripoliArmedGroups', 'tripoliArmedGroups', 'clash', 5],
      ['gna', 'tripoliArmedGroups', 'air', 1],
      ['islamicState', 'lna', 'explosive', 1],
      ['lna', 'chadianRebels', 'air', 1],
    ],
  },
];

export function theatreFor(day: number): Theatre {
  for (const theatre of THEATRES) if (day >= theatre.start && day <= theatre.end) return theatre;
  return THEATRES[THEATRES.length - 1] as Theatre;
}

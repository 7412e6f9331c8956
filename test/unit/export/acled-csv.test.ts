import { describe, expect, it } from 'vitest';
import { eventsToCsv } from '../../../src/pipeline/export/csv.ts';
import type { ConflictEvent } from '../../../src/pipeline/types.ts';
import { makeEvent } from '../extract/make-event.ts';
import {
  PUBLISHED_ACLED_COLUMNS,
  exportGazetteer,
  readCsv,
  reutersArticle,
  wasatArticle,
} from './export-fixtures.ts';

const now = new Date('2026-01-02T03:04:05Z');

const watiyaStrike = makeEvent({
  id: 'wasat-1:ev0',
  article: 'wasat-1',
  date: '2020-07-04',
  location: 'Al-Watiya Air Base',
  place_id: 'ly-base-watiya',
  admin1: 'An Nuqat al Khams',
  latitude: 32.47222,
  longitude: 11.9,
  actor1: 'Unidentified military forces',
  fatalities: null,
  notes: wasatArticle.text,
  sources: [
    { article_id: 'wasat-1', start: 0, end: wasatArticle.text.length },
    { article_id: 'reuters-1', start: 0, end: reutersArticle.text.length },
  ],
});

const abuSalimShelling = makeEvent({
  id: 'user-en035-1078-1275',
  article: 'reuters-1',
  sub_event_type: 'Shelling/artillery/missile attack',
  date: '2019-05-12',
  location: 'Abu Salim',
  place_id: 'ly-tripoli-abu-salim',
  admin1: 'Tripoli',
  latitude: 32.84955,
  longitude: 13.17122,
  actor1: 'LNA',
  actor2: 'Civilians',
  fatalities: 2,
  fatalities_high: 4,
  injuries: 7,
  corrected: ['added'],
});

const clash = makeEvent({
  id: 'x:ev3',
  article: 'reuters-1',
  event_type: 'Battles',
  sub_event_type: 'Armed clash',
  actor1: 'GNA Forces',
  actor2: 'Wagner Group',
  fatalities: 0,
  geo_precision: 2,
  place_id: 'ly-murzuq',
});

const unlocated = makeEvent({
  id: 'x:ev4',
  article: 'nowhere',
  location: null,
  place_id: null,
  admin1: null,
  latitude: null,
  longitude: null,
  geo_precision: null,
  date: null,
});

function exported(arabicNotes = false): ReturnType<typeof readCsv> {
  return readCsv(
    eventsToCsv([watiyaStrike, abuSalimShelling, clash, unlocated], {
      articles: [wasatArticle, reutersArticle],
      gazetteer: exportGazetteer(),
      modifiedAt: new Map([[abuSalimShelling.id, Date.UTC(2025, 10, 3, 12)]]),
      now,
      arabicNotes,
    }),
  );
}

describe('ACLED CSV export', () => {
  it("starts with ACLED's 31 published columns in ACLED's order, then Marsad's own", () => {
    const { header } = exported();
    expect(header.slice(0, 31)).toEqual(PUBLISHED_ACLED_COLUMNS);
    expect(header.slice(31)).toEqual([
      'fatalities_high',
      'injuries',
      'confidence',
      'user_corrected',
      'source_url',
      'evidence',
      'marsad_id',
    ]);
  });

  it('reads the same values by column name and by ACLED position', () => {
    const { rows, records } = exported();
    for (const [index, row] of rows.entries()) {
      const record = records[index] ?? {};
      PUBLISHED_ACLED_COLUMNS.forEach((column, position) => expect(row[position]).toBe(record[column]));
    }
    const strike = records[0] ?? {};
    expect(strike['event_date']).toBe('2020-07-04');
    expect(strike['year']).toBe('2020');
    expect(strike['disorder_type']).toBe('Political violence');
    expect(strike['event_type']).toBe('Explosions/Remote violence');
    expect(strike['sub_event_type']).toBe('Air/drone strike');
    expect(strike['iso']).toBe('434');
    expect(strike['region']).toBe('Northern Africa');
    expect(strike['country']).toBe('Libya');
    expect(strike['latitude']).toBe('32.47222');
    expect(strike['longitude']).toBe('11.9');
    expect(strike['geo_precision']).toBe('1');
  });

  it('names each source by its outlet (from the address) with the outlets scale, never by file name', () => {
    const strike = exported().records[0] ?? {};
    expect(strike['source']).toBe('Al Wasat; Reuters');
    expect(strike['source_scale']).toBe('National-International');
    expect(strike['source_url']).toBe(`${wasatArticle.url}; ${reutersArticle.url}`);
    expect(JSON.stringify(strike)).not.toMatch(/upload 3\.html|reuters-watiya\.txt/);
  });

  it('codes actor types and their interaction as ACLED does, flagging civilian targeting', () => {
    const [strike, shelling, fight] = exported().records;
    expect([strike?.['inter1'], strike?.['inter2'], strike?.['interaction']]).toEqual(['8', '0', '80']);
    expect([shelling?.['inter1'], shelling?.['inter2'], shelling?.['interaction']]).toEqual(['1', '7', '17']);
    expect(shelling?.['civilian_targeting']).toBe('Civilian targeting');
    expect([fight?.['inter1'], fight?.['inter2'], fight?.['interaction']]).toEqual(['1', '8', '18']);
    expect(fight?.['civilian_targeting']).toBe('');
    expect(strike?.['assoc_actor_1']).toBe('');
  });

  it('gives admin1 and admin2 from the gazetteer: a quarter of Tripoli lies in the city of Tripoli', () => {
    const [strike, shelling, fight] = exported().records;
    expect([shelling?.['admin1'], shelling?.['admin2'], shelling?.['admin3']]).toEqual([
      'Tripoli',
      'Tripoli',
      '',
    ]);
    expect(strike?.['admin1']).toBe('An Nuqat al Khams');
    expect(fight?.['admin2']).toBe('Murzuq');
  });

  it('writes 0 for an unknown toll and says so in tags; 0 for none; the low end of a range, flagged', () => {
    const [strike, shelling, fight, nowhere] = exported().records;
    expect(strike?.['fatalities']).toBe('0');
    expect(strike?.['tags']).toBe('fatalities unknown');
    expect(shelling?.['fatalities']).toBe('2');
    expect(shelling?.['fatalities_high']).toBe('4');
    expect(shelling?.['injuries']).toBe('7');
    expect(shelling?.['tags']).toBe('fatalities range 2-4; user corrected');
    expect(fight?.['fatalities']).toBe('0');
    expect(fight?.['tags']).toBe('geo approximate');
    expect(nowhere?.['tags']).toBe('fatalities unknown; location unknown; date unknown');
    expect([nowhere?.['latitude'], nowhere?.['longitude'], nowhere?.['event_date']]).toEqual(['', '', '']);
  });

  it('gives every event a stable numeric-looking id, hand-added events too', () => {
    const first = exported().records.map((record) => record['event_id_cnty']);
    for (const id of first) expect(id).toMatch(/^LBY\d{1,16}$/);
    expect(new Set(first).size).toBe(first.length);
    const alone = readCsv(eventsToCsv([abuSalimShelling], { now })).records[0]?.['event_id_cnty'];
    expect(alone).toBe(first[1]);
    expect(exported().records[1]?.['marsad_id']).toBe('user-en035-1078-1275');
  });

  it('stamps each row with when the event last changed, else the export time (unix seconds)', () => {
    const [strike, shelling] = exported().records;
    expect(shelling?.['timestamp']).toBe(String(Date.UTC(2025, 10, 3, 12) / 1000));
    expect(strike?.['timestamp']).toBe(String(Math.floor(now.getTime() / 1000)));
  });

  it('writes English notes from the coded fields and keeps the article sentence in evidence', () => {
    const [strike, shelling] = exported().records;
    expect(strike?.['notes']).toBe(
      'On 4 July 2020, unidentified military forces struck Al-Watiya Air Base (An Nuqat al Khams). ' +
        'Fatalities unknown. Sources: Al Wasat, Arabic; Reuters, English.',
    );
    expect(strike?.['evidence']).toBe(wasatArticle.text);
    expect(shelling?.['notes']).toBe(
      'On 12 May 2019, LNA shelled civilians in Abu Salim (Tripoli). 2-4 fatalities reported. 7 injured. ' +
        'Source: Reuters, English.',
    );
  });

  it('adds an Arabic note as the last column for an Arabic interface', () => {
    const { header, records } = exported(true);
    expect(header.at(-1)).toBe('notes_ar');
    expect(records[0]?.['notes_ar']).toBe(
      'في 4 يوليو 2020، غارة جوية من جانب قوات عسكرية مجهولة في قاعدة الوطية (النقاط الخمس). عدد القتلى غير معروف. ' +
        'المصادر: بوابة الوسط، بالعربية؛ رويترز، بالإنجليزية.',
    );
  });

  it('puts a byte order mark first when asked, for Excel', () => {
    const text = eventsToCsv([clash], { now }, { bom: true });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).startsWith('"event_id_cnty",')).toBe(true);
    expect(eventsToCsv([clash], { now }).charCodeAt(0)).toBe('"'.charCodeAt(0));
  });

  it('defuses cells a spreadsheet would run as a formula and quotes commas and quotes', () => {
    const csv = eventsToCsv([makeEvent({ id: 'e1', article: 'A', notes: '=HYPERLINK("x"), 2' })], { now });
    expect(csv).toContain(`"'=HYPERLINK(""x""), 2"`);
    expect(readCsv(csv).records[0]?.['evidence']).toBe(`'=HYPERLINK("x"), 2`);
  });
});

describe('ACLED CSV export of hostile values', () => {
  const payloads = ['=1+1', '+SUM(A1)', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '\0=1', ';=1', ' =1', '＝1'];
  // A spreadsheet runs a cell that starts (after spaces or NULs) with one of these; a plain number is safe.
  const runnable = /^(?:[\s\0]*[=+\-@;＝＋－＠]|[\t\r\0])/;

  it('defuses a formula in every column, whatever field of an imported or edited event carries it', () => {
    for (const payload of payloads) {
      // An event as a malformed workspace or an edit could leave it: wrong types in numeric fields too.
      const hostile = {
        ...makeEvent({ id: payload, article: payload, notes: payload }),
        date: `${payload}-01-01`,
        time_precision: payload,
        geo_precision: payload,
        location: payload,
        admin1: payload,
        actor1: payload,
        actor2: { name: payload },
        fatalities: payload,
        corrected: [payload, payload],
        confidence_reasons: [payload],
      } as unknown as ConflictEvent;
      const article = {
        id: payload,
        title: payload,
        published: null,
        lang: 'en' as const,
        source: payload,
        url: payload,
        text: payload,
      };
      const csv = eventsToCsv([hostile], { articles: [article], now, arabicNotes: true });
      const { header, rows } = readCsv(csv);
      const row = rows[0] ?? [];
      expect(row).toHaveLength(header.length);
      header.forEach((column, index) => {
        const value = row[index] ?? '';
        if (/^-?\d+(\.\d+)?$/.test(value)) return;
        expect(runnable.test(value), `${column} = ${JSON.stringify(value)}`).toBe(false);
      });
      expect(row[header.indexOf('marsad_id')]).toBe(`'${payload}`);
      expect(row[header.indexOf('user_corrected')]).toBe(`'${payload} ${payload}`);
      // Every field is quoted: a separator of any locale inside a cell stays in its cell.
      const line = csv.split('\r\n')[1] ?? '';
      expect(line.startsWith('"')).toBe(true);
      expect(line.endsWith('"')).toBe(true);
    }
  });

  it('keeps a semicolon inside its quoted cell and writes the rest of a malformed event blank, not an error', () => {
    const odd = {
      ...makeEvent({ id: 'odd', article: 'A', notes: 'a;b;c' }),
      sources: [null],
      actor1: { name: 'x' },
      latitude: 400,
      highlights: 'none',
      corrected: 'not a list',
    } as unknown as ConflictEvent;
    const csv = eventsToCsv([odd], { now });
    const record = readCsv(csv).records[0];
    expect(record?.['evidence']).toBe('a;b;c');
    expect(csv).toContain('"a;b;c"');
    expect(record?.['actor1']).toBe('');
    expect(record?.['latitude']).toBe('');
    expect(record?.['tags']).toContain('location unknown');
  });
});

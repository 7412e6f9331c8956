import { describe, expect, it } from 'vitest';
import { unwrapHardLines } from '../../../src/pipeline/ingest/unwrap-lines.ts';

describe('joining hard-wrapped lines', () => {
  it('joins the lines of wire copy wrapped in the middle of sentences, keeping the paragraphs', () => {
    const wrapped =
      'Rockets hit Tripoli\n\n' +
      'Grad rockets fell on a residential street in the Abu Salim\n' +
      'district of Tripoli on Monday, killing two civilians and\n' +
      'wounding five others, the health ministry said.\n\n' +
      'Clashes broke out near Gharyan on Monday evening, a medical\n' +
      'source said.';
    expect(unwrapHardLines(wrapped)).toBe(
      'Rockets hit Tripoli\n\n' +
        'Grad rockets fell on a residential street in the Abu Salim district of Tripoli on Monday, killing two civilians and wounding five others, the health ministry said.\n\n' +
        'Clashes broke out near Gharyan on Monday evening, a medical source said.',
    );
  });

  it('joins wrapped Arabic lines', () => {
    const wrapped =
      'وسقطت صواريخ غراد مساء الاثنين على شارع سكني في منطقة\n' +
      'أبوسليم بالعاصمة طرابلس، ما أدى إلى مقتل امرأتين وإصابة\n' +
      'خمسة آخرين، وفق وزارة الصحة.';
    expect(unwrapHardLines(wrapped)).toBe(
      'وسقطت صواريخ غراد مساء الاثنين على شارع سكني في منطقة أبوسليم بالعاصمة طرابلس، ما أدى إلى مقتل امرأتين وإصابة خمسة آخرين، وفق وزارة الصحة.',
    );
  });

  it('glues a word hyphenated at the line end and keeps a title on its own line', () => {
    const copied =
      'Strike near Sirte\n' +
      'A drone struck a convoy of fighters near Sirte on Sunday, according to resi-\n' +
      'dents of the town who saw the vehicles burning on the coastal road.\n' +
      'The LNA denied that its aircraft had been flying over the area that day.';
    expect(unwrapHardLines(copied)).toBe(
      'Strike near Sirte\n' +
        'A drone struck a convoy of fighters near Sirte on Sunday, according to residents of the town who saw the vehicles burning on the coastal road.\n' +
        'The LNA denied that its aircraft had been flying over the area that day.',
    );
  });

  it('leaves text with one paragraph a line as it is', () => {
    const text =
      'Clashes in Zawiya\nFighting broke out on Friday.\nThree people were killed, residents said.';
    expect(unwrapHardLines(text)).toBe(text);
  });

  it('keeps the lines of a list', () => {
    const text =
      'Events reported this week in the west of the country and near the capital\n' +
      '- a drone strike near Tarhuna on Sunday morning, killing four fighters\n' +
      '- rockets on Abu Salim on Monday evening, killing two civilians there';
    expect(unwrapHardLines(text)).toBe(text);
  });
});

describe('joining hard-wrapped lines in a huge file', () => {
  it('reads a text of two hundred thousand wrapped lines without failing', () => {
    const line = 'rockets fell on the district of Abu Salim in the south of Tripoli and';
    const text = Array.from({ length: 200_000 }, () => line).join('\n');
    expect(unwrapHardLines(text)).toHaveLength(text.length);
  });
});

describe('a list of headlines is not wrapped text', () => {
  it('keeps one headline a line when each starts with a capital after a full word', () => {
    const text =
      'Clashes in Zawiya leave three fighters dead on Friday night\n' +
      'Airstrike on a farm near Tarhuna kills a shepherd and his son\n' +
      'Rockets land on the Abu Salim district for the second day';
    expect(unwrapHardLines(text)).toBe(text);
  });
});

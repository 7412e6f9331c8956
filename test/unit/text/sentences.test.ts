import { describe, it, expect } from 'vitest';
import { normalise } from '../../../src/pipeline/text/normalise.ts';
import { splitClauses, splitSentences } from '../../../src/pipeline/text/sentences.ts';
import type { Segment } from '../../../src/pipeline/text/sentences.ts';

function segments(text: string): string[] {
  return splitSentences(text).map((segment) => `${segment.kind}: ${text.slice(segment.start, segment.end)}`);
}

function sentences(text: string): string[] {
  return splitSentences(text).map((segment) => text.slice(segment.start, segment.end));
}

function clauses(text: string): string[] {
  const sentence: Segment = { start: 0, end: text.length, kind: 'sentence' };
  return splitClauses(text, sentence).map((clause) => text.slice(clause.start, clause.end));
}

describe('sentences: full stops and other terminators', () => {
  it('splits two Arabic sentences', () => {
    expect(sentences('قتل 11 عنصرا. وأصيب آخرون.')).toEqual(['قتل 11 عنصرا.', 'وأصيب آخرون.']);
  });
  it('splits at a full stop with no space after it (الماضي.قتل)', () => {
    expect(sentences('أعلن الجيش الأسبوع الماضي.قتل 5 أشخاص')).toEqual([
      'أعلن الجيش الأسبوع الماضي.',
      'قتل 5 أشخاص',
    ]);
  });
  it('splits at the Arabic question mark', () => {
    expect(sentences('من المسؤول؟ لا أحد يعرف.')).toEqual(['من المسؤول؟', 'لا أحد يعرف.']);
  });
  it('splits at an exclamation mark', () => {
    expect(sentences('انتهى! ثم غادر.')).toEqual(['انتهى!', 'ثم غادر.']);
  });
  it('keeps "?!" together', () => {
    expect(sentences('حقا؟! نعم.')).toEqual(['حقا؟!', 'نعم.']);
  });
  it('keeps a closing guillemet with its sentence', () => {
    expect(sentences('قال: «انتهى الأمر.» ثم غادر.')).toEqual(['قال: «انتهى الأمر.»', 'ثم غادر.']);
  });
  it('does not split inside a short quotation', () => {
    expect(sentences('قال: «انتهى الأمر. سنعود قريبا» ثم غادر. وبعدها صمت.')).toEqual([
      'قال: «انتهى الأمر. سنعود قريبا» ثم غادر.',
      'وبعدها صمت.',
    ]);
  });
  it('does not split inside a short English quotation', () => {
    expect(sentences('He said "It is over. We will return" and left. Then silence.')).toEqual([
      'He said "It is over. We will return" and left.',
      'Then silence.',
    ]);
  });
  it('splits inside a long quotation', () => {
    const long = 'كلام طويل جدا '.repeat(25);
    expect(sentences(`قال: «${long}. ${long}» ثم غادر.`)).toHaveLength(2);
  });
  it('keeps a closing quote with its sentence', () => {
    expect(sentences('He said: "It is over." Then he left.')).toEqual([
      'He said: "It is over."',
      'Then he left.',
    ]);
  });
  it('keeps a closing bracket with its sentence', () => {
    expect(sentences('(قتل 5 أشخاص.) وأصيب آخرون.')).toEqual(['(قتل 5 أشخاص.)', 'وأصيب آخرون.']);
  });
  it('does not split inside a decimal number', () => {
    expect(sentences('على بعد 3.5 كم من المدينة.')).toEqual(['على بعد 3.5 كم من المدينة.']);
  });
  it('does not split after the initials U.S.', () => {
    expect(sentences('The U.S. military said it struck.')).toEqual(['The U.S. military said it struck.']);
  });
  it('does not split after "U.S." followed by a proper name', () => {
    expect(sentences('said the U.S. Africa Command in a statement.')).toEqual([
      'said the U.S. Africa Command in a statement.',
    ]);
  });
  it('splits after "U.S." at the end of a sentence followed by "The"', () => {
    expect(sentences('They flew to the U.S. The talks ended.')).toEqual([
      'They flew to the U.S.',
      'The talks ended.',
    ]);
  });
  it('does not split after an abbreviated title (Gen.)', () => {
    expect(sentences('Gen. Thomas Waldhauser said so.')).toEqual(['Gen. Thomas Waldhauser said so.']);
  });
  it('does not split after an abbreviated month (Sept.)', () => {
    expect(sentences('Since Sept. 22 the strikes continued.')).toEqual([
      'Since Sept. 22 the strikes continued.',
    ]);
  });
  it('does not split after an Arabic initial (د. محمد)', () => {
    expect(sentences('قال د. محمد إن الوضع صعب.')).toEqual(['قال د. محمد إن الوضع صعب.']);
  });
  it('does not split inside a web address', () => {
    expect(sentences('Read more at libyaobserver.ly today.')).toEqual([
      'Read more at libyaobserver.ly today.',
    ]);
  });
  it('splits English sentences glued by scraping', () => {
    expect(sentences('The strike hit Sirte.Officials said five died.')).toEqual([
      'The strike hit Sirte.',
      'Officials said five died.',
    ]);
  });
  it('treats an ellipsis as the end of a sentence', () => {
    expect(sentences('وانتظر… ثم عاد.')).toEqual(['وانتظر…', 'ثم عاد.']);
  });
  it('keeps a sentence without a final stop', () => {
    expect(
      sentences(
        'وقال المتحدث باسم الجيش إن القوات تقدمت نحو المدينة من ثلاثة محاور مختلفة خلال الساعات الماضية، وإن الاشتباكات ما زالت مستمرة حتى الآن',
      ),
    ).toHaveLength(1);
  });
  it('gives nothing for empty text', () => {
    expect(splitSentences('')).toEqual([]);
  });
  it('gives nothing for whitespace only', () => {
    expect(splitSentences('  \n\n  ')).toEqual([]);
  });
});

describe('sentences: headlines, captions and lines', () => {
  it('reads a short line without final punctuation as a heading', () => {
    expect(segments('غارة أمريكية على سرت\nقتل 11 عنصرا في الغارة.')).toEqual([
      'heading: غارة أمريكية على سرت',
      'sentence: قتل 11 عنصرا في الغارة.',
    ]);
  });
  it('reads an English headline', () => {
    expect(segments('US strike kills 17 in Libya\n\nThe strike hit a camp.')[0]).toBe(
      'heading: US strike kills 17 in Libya',
    );
  });
  it('reads a short line ending with a full stop as a sentence', () => {
    expect(segments('قتل 11 عنصرا.')).toEqual(['sentence: قتل 11 عنصرا.']);
  });
  it('reads a long line without punctuation as a sentence', () => {
    const line = 'كلمة '.repeat(30).trim();
    expect(splitSentences(line)[0]?.kind).toBe('sentence');
  });
  it('reads a photo caption with a credit as a caption', () => {
    expect(segments('A U.S. Reaper drone at Sigonella (Getty Images)\nThe drone took off.')[0]).toBe(
      'caption: A U.S. Reaper drone at Sigonella (Getty Images)',
    );
  });
  it('reads an Arabic archive-photo caption as a caption', () => {
    expect(segments('عناصر من قوات البنيان المرصوص (صورة أرشيفية)\nتقدمت القوات.')[0]).toBe(
      'caption: عناصر من قوات البنيان المرصوص (صورة أرشيفية)',
    );
  });
  it('reads a line ending with "- أرشيف" as a caption', () => {
    expect(splitSentences('قاذفتان أميركيتان فوق جزيرة غوام - أرشيف\nنص.')[0]?.kind).toBe('caption');
  });
  it('reads a line starting with "صورة:" as a caption', () => {
    expect(splitSentences('صورة: دخان يتصاعد من سرت')[0]?.kind).toBe('caption');
  });
  it('does not take "بصورة" (in a manner) for a caption', () => {
    expect(splitSentences('تحسن الوضع بصورة كبيرة')[0]?.kind).toBe('heading');
  });
  it('keeps paragraphs apart', () => {
    expect(sentences('الفقرة الأولى.\n\nالفقرة الثانية.')).toEqual(['الفقرة الأولى.', 'الفقرة الثانية.']);
  });
  it('splits at a single line break', () => {
    expect(sentences('السطر الأول.\nالسطر الثاني.')).toEqual(['السطر الأول.', 'السطر الثاني.']);
  });
  it('handles Windows line breaks', () => {
    expect(sentences('عنوان\r\nنص الخبر.')).toEqual(['عنوان', 'نص الخبر.']);
  });
});

describe('sentences: datelines', () => {
  it('separates an Arabic dateline with a quoted source', () => {
    expect(segments('طرابلس - «الجزيرة»: قتل 11 عنصرا.')).toEqual([
      'dateline: طرابلس - «الجزيرة»:',
      'sentence: قتل 11 عنصرا.',
    ]);
  });
  it('separates the dateline in normalised text, where the tatweel dash is gone', () => {
    const text = normalise('طرابلس ـ «الجزيرة»: قتل 11 عنصرا.').text;
    expect(segments(text)).toEqual(['dateline: طرابلس «الجزيره»:', 'sentence: قتل 11 عنصرا.']);
  });
  it('separates "TRIPOLI (Reuters) -"', () => {
    expect(segments('TRIPOLI (Reuters) - U.S. forces struck a camp.')).toEqual([
      'dateline: TRIPOLI (Reuters) -',
      'sentence: U.S. forces struck a camp.',
    ]);
  });
  it('separates "TRIPOLI, Libya (AP) —"', () => {
    expect(segments('TRIPOLI, Libya (AP) — Forces advanced.')[0]).toBe('dateline: TRIPOLI, Libya (AP) —');
  });
  it('separates "WASHINGTON —"', () => {
    expect(segments('WASHINGTON — The Pentagon said.')[0]).toBe('dateline: WASHINGTON —');
  });
  it('separates "بنغازي (ليبيا) - أ ف ب:"', () => {
    expect(segments('بنغازي (ليبيا) - أ ف ب: تقدمت القوات.')[0]).toBe('dateline: بنغازي (ليبيا) - أ ف ب:');
  });
  it('separates "القاهرة - وكالات:"', () => {
    expect(segments('القاهرة - وكالات: أعلن الجيش.')[0]).toBe('dateline: القاهرة - وكالات:');
  });
  it('finds the dateline after a headline', () => {
    expect(segments('غارة على سرت\nطرابلس - «الجزيرة»: قتل 11 عنصرا.')[1]).toBe(
      'dateline: طرابلس - «الجزيرة»:',
    );
  });
  it('does not take a sentence with a colon for a dateline', () => {
    expect(splitSentences('وأضاف المتحدث باسم القوات في بيان صدر اليوم: إن العملية انتهت.')[0]?.kind).toBe(
      'sentence',
    );
  });
  it('does not look for datelines deep in the article', () => {
    const text = 'أ.\nب.\nج.\nطرابلس - «الجزيرة»: نص.';
    expect(splitSentences(text).some((segment) => segment.kind === 'dateline')).toBe(false);
  });
});

describe('clauses', () => {
  it('splits at Arabic commas', () => {
    expect(clauses('قتل 11 عنصرا، وأصيب آخرون')).toEqual(['قتل 11 عنصرا', 'وأصيب آخرون']);
  });
  it('splits at the Arabic semicolon', () => {
    expect(clauses('قتل 11 عنصرا؛ وأصيب آخرون')).toEqual(['قتل 11 عنصرا', 'وأصيب آخرون']);
  });
  it('splits at English commas and semicolons', () => {
    expect(clauses('Five died, three were hurt; none fled')).toEqual([
      'Five died',
      'three were hurt',
      'none fled',
    ]);
  });
  it('does not split inside a number with a thousands comma', () => {
    expect(clauses('killed 1,500 fighters')).toEqual(['killed 1,500 fighters']);
  });
  it('splits before فيما', () => {
    expect(clauses('قتل 43 مسلحا فيما أصيب آخرون')).toEqual(['قتل 43 مسلحا', 'فيما أصيب آخرون']);
  });
  it('splits before بينما', () => {
    expect(clauses('تقدمت القوات بينما انسحب المسلحون')).toEqual(['تقدمت القوات', 'بينما انسحب المسلحون']);
  });
  it('splits before "في حين"', () => {
    expect(clauses('تقدمت القوات في حين لم تعلق الحكومة')).toEqual([
      'تقدمت القوات',
      'في حين لم تعلق الحكومة',
    ]);
  });
  it('splits before "إلا أن"', () => {
    expect(clauses('أعلن الجيش النصر إلا أن الاشتباكات استمرت')).toEqual([
      'أعلن الجيش النصر',
      'إلا أن الاشتباكات استمرت',
    ]);
  });
  it('splits before "while" and "but"', () => {
    expect(clauses('Forces advanced while militants fled but snipers stayed')).toEqual([
      'Forces advanced',
      'while militants fled',
      'but snipers stayed',
    ]);
  });
  it('splits before "meanwhile"', () => {
    expect(clauses('Troops advanced meanwhile rebels regrouped')).toEqual([
      'Troops advanced',
      'meanwhile rebels regrouped',
    ]);
  });
  it('splits before an opener written with its vowel marks (بَيْنَمَا) in the original text', () => {
    expect(clauses('تقدمت القوات بَيْنَمَا انسحب المسلحون')).toEqual(['تقدمت القوات', 'بَيْنَمَا انسحب المسلحون']);
  });
  it('splits before an opener written with a tatweel (فيـما)', () => {
    expect(clauses('تقدمت القوات فيـما انسحب المسلحون')).toEqual(['تقدمت القوات', 'فيـما انسحب المسلحون']);
  });
  it('splits before an opener written in capitals in the original text (While)', () => {
    expect(clauses('Forces advanced, While militants fled')).toEqual([
      'Forces advanced',
      'While militants fled',
    ]);
  });
  it('does not split before a longer word that starts like an opener (كمائن)', () => {
    expect(clauses('نصب المسلحون كمائن للقوات')).toEqual(['نصب المسلحون كمائن للقوات']);
  });
  it('does not split at a clause opener that starts the sentence', () => {
    expect(clauses('فيما أصيب آخرون بجروح')).toEqual(['فيما أصيب آخرون بجروح']);
  });
  it('works on a sentence inside a longer text', () => {
    const text = 'عنوان. قتل 5، وأصيب 3. نهاية.';
    const sentence = splitSentences(text)[1] as Segment;
    expect(splitClauses(text, sentence).map((clause) => text.slice(clause.start, clause.end))).toEqual([
      'قتل 5',
      'وأصيب 3.',
    ]);
  });
  it('marks every part as a clause', () => {
    const text = 'أ، ب';
    expect(
      splitClauses(text, { start: 0, end: text.length, kind: 'sentence' }).every((c) => c.kind === 'clause'),
    ).toBe(true);
  });
  it('clamps a sentence outside the text', () => {
    expect(clauses('')).toEqual([]);
    expect(splitClauses('abc', { start: -5, end: 99, kind: 'sentence' })).toEqual([
      { start: 0, end: 3, kind: 'clause' },
    ]);
  });
});

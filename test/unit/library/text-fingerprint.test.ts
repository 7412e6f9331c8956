import { describe, expect, it } from 'vitest';
import { textFingerprint } from '../../../src/library/text-fingerprint';
import { normalise } from '../../../src/pipeline/text/normalise';

describe('recognising the same text', () => {
  it('gives the same fingerprint whatever the spacing and line breaks', () => {
    expect(textFingerprint('Clashes  in\nSirte on Monday.\n')).toBe(
      textFingerprint(' Clashes in Sirte on Monday.'),
    );
  });

  it('gives the same fingerprint with and without tatweel', () => {
    expect(textFingerprint('اشتباكات في سـرت')).toBe(textFingerprint('اشتباكات في سرت'));
  });

  it('tells apart texts that differ by one number', () => {
    expect(textFingerprint('killing 3 fighters')).not.toBe(textFingerprint('killing 4 fighters'));
  });
});

describe('fingerprints saved by earlier versions', () => {
  // The earlier fingerprint hashed the normalised text; libraries saved with it must still find their texts.
  function fingerprintOfNormalisedText(text: string): string {
    const folded = normalise(text).text;
    let first = 0xdeadbeef;
    let second = 0x41c6ce57;
    let length = 0;
    let pendingSpace = false;
    for (let index = 0; index < folded.length; index += 1) {
      const code = folded.charCodeAt(index);
      if (code === 32 || code === 10 || code === 13 || code === 9) {
        pendingSpace = length > 0;
        continue;
      }
      if (pendingSpace) {
        first = Math.imul(first ^ 32, 2654435761);
        second = Math.imul(second ^ 32, 1597334677);
        length += 1;
        pendingSpace = false;
      }
      first = Math.imul(first ^ code, 2654435761);
      second = Math.imul(second ^ code, 1597334677);
      length += 1;
    }
    first = Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909);
    second = Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909);
    return `${length.toString(36)}-${(second >>> 0).toString(36)}-${(first >>> 0).toString(36)}`;
  }

  const samples = [
    'Clashes in Sirte on Monday.',
    '  اشتباكات عنيفة في سـرت،\r\n\r\nأسفرت عن مقتل ٣ أشخاص  ',
    'مسؤول في طرابلس قال إن الغارة\u200c استهدفت موقعاً',
    'Frappée à Misrata\u00a0: ﬁve dead, ﷲ',
    'emoji 😀 and a lone \ud800 surrogate',
    '\u2028Benghazi\u2029Derna\t\tTobruk\u000b',
    '',
    '   ',
  ];

  for (const sample of samples) {
    it(`matches the earlier fingerprint of ${JSON.stringify(sample.slice(0, 24))}`, () => {
      expect(textFingerprint(sample)).toBe(fingerprintOfNormalisedText(sample));
    });
  }
});

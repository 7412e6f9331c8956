import { describe, expect, it } from 'vitest';
import { textFingerprint } from '../../../src/library/text-fingerprint';

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

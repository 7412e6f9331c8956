import { describe, expect, it } from 'vitest';
import { cliticParts } from '../../../src/pipeline/text/clitics.ts';

describe('clitic prefixes read into their parts', () => {
  it('tells the preposition ل from the article ال that also ends with ل', () => {
    expect(cliticParts('ال')).toEqual({ conjunction: '', preposition: '', article: true });
    expect(cliticParts('وال')).toEqual({ conjunction: 'و', preposition: '', article: true });
    expect(cliticParts('ل')).toEqual({ conjunction: '', preposition: 'ل', article: false });
    expect(cliticParts('لل')).toEqual({ conjunction: '', preposition: 'ل', article: true });
    expect(cliticParts('فلل')).toEqual({ conjunction: 'ف', preposition: 'ل', article: true });
  });

  it('reads conjunction, preposition and article together, and refuses what is no clitic', () => {
    expect(cliticParts('وبال')).toEqual({ conjunction: 'و', preposition: 'ب', article: true });
    expect(cliticParts('')).toEqual({ conjunction: '', preposition: '', article: false });
    expect(cliticParts('سي')).toBeNull();
  });
});

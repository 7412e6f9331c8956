import { describe, expect, it } from 'vitest';
import { outletOf } from '../../../src/pipeline/export/outlets.ts';

describe('the outlet an export names as source', () => {
  it('comes from the address: known outlets by domain, subdomains and www included', () => {
    expect(outletOf({ source: 'a.html', url: 'https://www.alwasat.ly/news/libya/1' })).toEqual({
      name: 'Al Wasat',
      scale: 'National',
      nameAr: 'بوابة الوسط',
    });
    expect(outletOf({ source: '', url: 'https://english.aawsat.com/x' })).toMatchObject({
      name: 'Asharq Al-Awsat',
      scale: 'Regional',
    });
    expect(outletOf({ source: 'x.txt', url: 'https://news.un.org/ar/story/1' })).toMatchObject({
      name: 'UN News',
      scale: 'International',
    });
  });

  it('comes from the metadata when it names an outlet, in English or Arabic', () => {
    expect(outletOf({ source: 'Libya Observer' })).toMatchObject({
      name: 'Libya Observer',
      scale: 'National',
    });
    expect(outletOf({ source: 'وكالة الأناضول' })).toMatchObject({
      name: 'Anadolu Agency',
      scale: 'Regional',
    });
    expect(outletOf({ source: 'Al Marsad Libya TV' })).toEqual({
      name: 'Al Marsad Libya TV',
      scale: null,
      nameAr: null,
    });
  });

  it('is the unknown domain itself when only the address names it', () => {
    expect(outletOf({ source: 'upload.html', url: 'https://www.example-libya-news.ly/a' })).toMatchObject({
      name: 'example-libya-news.ly',
      scale: null,
    });
  });

  it('is the file name without its folders when nothing else is known: no local path leaves the machine', () => {
    expect(outletOf({ source: '/home/analyst/reports/2020/watiya.txt' }).name).toBe('watiya.txt');
    expect(outletOf({ source: 'C:\\Users\\me\\news\\a.docx' }).name).toBe('a.docx');
  });
});

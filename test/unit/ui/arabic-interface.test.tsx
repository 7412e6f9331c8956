// @vitest-environment jsdom
/**
 * The Arabic interface: counts in the form their number wants (Arabic has six plural forms), one locale for
 * numbers and dates (ar-LY, Western digits), places and actors by their Arabic names, the pipeline's messages in
 * Arabic, and the main panels rendered with no English outside what the user supplied.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/react';
import libya from '../../../data/gazetteer/libya.json';
import world from '../../../data/gazetteer/world.json';
import actors from '../../../data/lexicons/actors.json';
import { translate } from '../../../src/ui/i18n';
import { formatMessage } from '../../../src/ui/message-format';
import { uploadText } from '../../../src/upload/upload-text';
import { formatDay, formatEventDate } from '../../../src/events/event-labels';
import { dayFromIso } from '../../../src/store/days';
import { diagnosticText } from '../../../src/ui/diagnostic-text';
import { loadArabicNames, placeName, actorName } from '../../../src/ui/names';
import { Reader } from '../../../src/events/Reader';
import { EventFilters } from '../../../src/events/EventFilters';
import { ArticleRow } from '../../../src/library/ArticleRow';
import { CorrectionPanel } from '../../../src/corrections/CorrectionPanel';
import { StoreProvider } from '../../../src/store/store-context';
import { createMarsadStore, type MarsadStore } from '../../../src/store/store';
import type { Article } from '../../../src/pipeline/types';
import { makeEvent } from '../extract/make-event';

/** Format names that stay as they are in any language (the e2e walk keeps the same list). */
const ALLOWED = /GeoJSONSeq|GeoJSON|JSONL|JSON|CSV|ACLED|UCDP|\.(txt|md|html|jsonl|json|csv|docx|pdf|zip)\b/g;

/**
 * Every piece of interface text under `root` (text, accessible names, tooltips, placeholders, option labels) with
 * a Latin letter, leaving out what the user supplied: elements marked translate="no" and isolated runs
 * (U+2068…U+2069) inside sentences.
 */
function latinOutsideNames(root: HTMLElement): string[] {
  const found: string[] = [];
  const latin = (value: string) =>
    /[A-Za-z]/.test(value.replace(/\u2068[^\u2069]*\u2069/g, '').replace(ALLOWED, ''));
  const supplied = (element: Element) => element.closest('[translate="no"]') !== null;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    const value = node.textContent ?? '';
    if (element && !supplied(element) && latin(value)) found.push(value.trim());
  }
  for (const element of root.querySelectorAll('[aria-label], [title], [placeholder], [label]')) {
    if (supplied(element)) continue;
    for (const name of ['aria-label', 'title', 'placeholder', 'label']) {
      const value = element.getAttribute(name);
      if (value && latin(value)) found.push(`[${name}] ${value}`);
    }
  }
  return found;
}

const article: Article = {
  id: 'murzuq-1',
  title: 'US strike near Murzuq kills 11 Islamic State members',
  published: '2019-09-25',
  lang: 'en',
  source: 'Libya Observer',
  text: 'US Africa Command said an airstrike near Murzuq on Tuesday killed eleven fighters.',
};

function arabicStore(): MarsadStore {
  const store = createMarsadStore();
  store.getState().setLanguage('ar');
  store.getState().upsertArticles([
    {
      article,
      status: {
        eventCount: 2,
        summaries: [],
        diagnostics: [
          {
            severity: 'warning',
            code: 'unresolved-relative-date',
            message: `${article.id}: "Tuesday" cannot be dated without a publication date; the events they date have no date`,
          },
        ],
        bundled: false,
        addedAt: 0,
      },
    },
  ]);
  store.getState().setEvents([
    makeEvent({
      id: 'e1',
      article: article.id,
      location: 'Murzuq',
      place_id: null,
      actor1: 'US Forces',
      actor2: 'Islamic State',
      fatalities: 11,
      sources: [{ article_id: article.id, start: 0, end: 60 }],
    }),
    makeEvent({
      id: 'e2',
      article: article.id,
      sub_event_type: 'Armed clash',
      event_type: 'Battles',
      location: 'Qasr bin Ghashir',
      actor1: 'GNA Forces',
      actor2: 'LNA',
      time_precision: 2,
      sources: [{ article_id: article.id, start: 0, end: 60 }],
    }),
  ]);
  store.getState().selectEvent('e1', 'list');
  return store;
}

describe('counts in the form their number wants', () => {
  const articles = (count: number) => translate('ar', 'articleCount', { count });
  const events = (count: number) => translate('ar', 'manyEventsFound', { count });

  it('Arabic: zero, one, two, 3–10, 11–99 and hundreds each take their own form', () => {
    expect([0, 1, 2, 3, 10, 11, 25, 99, 100, 102, 103, 111].map(articles)).toEqual([
      'لا مقالات',
      'مقالة واحدة',
      'مقالتان',
      '3 مقالات',
      '10 مقالات',
      '11 مقالةً',
      '25 مقالةً',
      '99 مقالةً',
      '100 مقالة',
      '102 مقالة',
      '103 مقالات',
      '111 مقالةً',
    ]);
    expect([2, 3, 25].map(events)).toEqual(['حدثان', '3 أحداث', '25 حدثًا']);
    expect(translate('ar', 'shownOf', { shown: 7, total: 7 })).toBe('يُعرض 7 من 7 أحداث');
    expect(translate('ar', 'daysPerSecond', { days: 7 })).toBe('7 أيام/ث');
    expect(translate('ar', 'daysPerSecond', { days: 30 })).toBe('30 يومًا/ث');
  });

  it('English: one article, one day per second', () => {
    expect(translate('en', 'articleCount', { count: 1 })).toBe('1 article');
    expect(translate('en', 'articleCount', { count: 3 })).toBe('3 articles');
    expect(translate('en', 'daysPerSecond', { days: 1 })).toBe('1 day/s');
    expect(translate('en', 'shownOf', { shown: 1, total: 1 })).toBe('1 of 1 event shown');
  });

  it('the upload dialog counts the same way', () => {
    const ar = uploadText('ar');
    expect(ar('addArticles', { count: 2 })).toBe('إضافة مقالين');
    expect(ar('addArticles', { count: 12 })).toBe('إضافة 12 مقالًا');
    expect(ar('articlesInFile', { count: 25 })).toBe('25 مقالًا');
    expect(ar('moreProblems', { count: 2 })).toBe('مشكلتان أخريان مذكورتان في نافذة الرفع.');
    expect(uploadText('en')('articlesInFile', { count: 3 })).toBe('3 articles');
  });

  it('an exact match (=N) comes before the category, and # is the number in the interface digits', () => {
    const template = '{n, plural, =0 {none} one {# thing} other {# things}}';
    expect(formatMessage(template, { n: 0 }, 'en')).toBe('none');
    expect(formatMessage(template, { n: 12500 }, 'en')).toBe('12,500 things');
    expect(formatMessage('{a} / {b}', { a: 'x' }, 'en')).toBe('x / {b}');
  });
});

describe('one locale for numbers and dates', () => {
  it('ar-LY with Western digits in counts, dates and spans alike', () => {
    const day = dayFromIso('2019-09-24') ?? 0;
    expect(formatDay(day, 'ar')).toBe('24 سبتمبر 2019');
    expect(translate('ar', 'articleCount', { count: 1200 })).toBe('1.200 مقالة');
    const weekly = makeEvent({ id: 'w', article: 'a', time_precision: 2, date: '2019-10-02' });
    expect(formatEventDate(weekly, 'ar', '')).toBe('أسبوع حتى 2 أكتوبر 2019');
    expect(translate('ar', 'storageUsage', { used: '1', available: '2' })).not.toMatch(/[\u0660-\u0669]/);
  });
});

describe('places and actors by their Arabic names', () => {
  it('every place of the gazetteers and every actor has one', () => {
    const missing = [...libya.places, ...world.places].filter((place) => !place.name_ar).map((p) => p.id);
    expect(missing).toEqual([]);
    expect(actors.actors.filter((actor) => !actor.ar_name).map((actor) => actor.name)).toEqual([]);
  });

  it('by gazetteer id, by English name, by district; actors by canonical name; typed names as given', async () => {
    const names = await loadArabicNames();
    expect(placeName('Abu Salim', 'ly-tripoli-abu-salim', 'ar', names).text).toBe('أبو سليم');
    expect(placeName('Murzuq', null, 'ar', names).text).toBe('مرزق');
    expect(placeName('Murzuq', null, 'en', names).text).toBe('Murzuq');
    expect(actorName('LNA', 'ar', names).text).toBe('الجيش الوطني الليبي');
    expect(actorName('Katibat al-Fulan', 'ar', names)).toEqual({ text: 'Katibat al-Fulan', supplied: true });
  });
});

describe('the pipeline’s messages in Arabic', () => {
  it('worded by their code, keeping the article and the quoted word isolated', async () => {
    // The Arabic wording is a chunk loaded with the Arabic names.
    await loadArabicNames();
    const text = diagnosticText(
      {
        code: 'unresolved-relative-date',
        message:
          'gharyan-1: "Monday" cannot be dated without a publication date; the events they date have no date',
      },
      'ar',
    );
    expect(text).toBe(
      '\u2068gharyan-1\u2069: لا يمكن تأريخ «\u2068Monday\u2069» دون تاريخ نشر؛ الأحداث التي تؤرّخها تبقى بلا تاريخ',
    );
    expect(diagnosticText({ code: 'empty-file', message: 'The file is empty.' }, 'ar')).toBe('الملف فارغ');
    expect(diagnosticText({ code: 'empty-file', message: 'The file is empty.' }, 'en')).toBe(
      'The file is empty.',
    );
  });
});

describe('the Arabic panels show no English outside the user’s names', () => {
  afterEach(cleanup);
  // jsdom lays nothing out: the reader's scroll to the evidence has nothing to do.
  Element.prototype.scrollIntoView ??= () => {};

  it('the reader, the filters, the library row and the correction editor', async () => {
    const store = arabicStore();
    const { container } = render(
      <StoreProvider store={store}>
        <Reader />
        <EventFilters />
        <ArticleRow
          article={article}
          status={store.getState().articleStatus[article.id]}
          isOpen={false}
          canRerun
          busy={false}
          tabbable
          onOpen={() => {}}
          onRerun={() => {}}
          onDelete={() => {}}
        />
        <CorrectionPanel />
      </StoreProvider>,
    );
    // Names arrive with the gazetteer a moment after the first render.
    await waitFor(() => expect(container.textContent).toContain('مرزق'));
    await waitFor(() => expect(container.textContent).toContain('الجيش الوطني الليبي'));
    expect(latinOutsideNames(container)).toEqual([]);

    store.getState().editEvent('e1');
    await waitFor(() => expect(container.querySelector('select')).not.toBeNull());
    expect(container.textContent).toContain('اشتباك مسلح');
    expect(latinOutsideNames(container)).toEqual([]);
  });
});

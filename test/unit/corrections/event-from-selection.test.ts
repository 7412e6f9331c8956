import { describe, expect, it } from 'vitest';
import { eventFromSentence, locateSelection } from '../../../src/corrections/event-from-selection';
import { article } from '../library/library-fixtures';

const TEXT = 'Fighting resumed.\nA drone struck a farm near\nGharyan on Tuesday, killing two.';

describe('adding an event from a selected sentence', () => {
  it('finds the selected sentence in the article', () => {
    expect(locateSelection(TEXT, 'Fighting resumed.')).toEqual({ start: 0, end: 17 });
  });

  it('finds a selection whose line breaks the page turned into spaces', () => {
    const span = locateSelection(TEXT, ' A drone struck a farm near Gharyan on Tuesday ');
    expect(span && TEXT.slice(span.start, span.end)).toBe('A drone struck a farm near\nGharyan on Tuesday');
  });

  it('finds nothing for text that is not in the article', () => {
    expect(locateSelection(TEXT, 'Sirte')).toBeNull();
    expect(locateSelection(TEXT, '   ')).toBeNull();
  });

  it('makes an unlocated event with the sentence as evidence, dated to the publication month', () => {
    const made = eventFromSentence(article('a', TEXT, '2020-04-21'), { start: 18, end: 72 });
    expect(made).toMatchObject({
      date: '2020-04-21',
      time_precision: 3,
      latitude: null,
      notes: TEXT.slice(18, 72),
    });
    expect(made.sources).toEqual([{ article_id: 'a', start: 18, end: 72 }]);
  });
});

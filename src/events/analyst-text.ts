import { useCallback } from 'react';
import { useMarsad } from '../store/store-context';
import type { UiLanguage } from '../store/ui-slice';
import { formatMessage, type MessageValues } from '../ui/message-format';

/**
 * The words of the analyst's lazy panels (totals, new-events notice, rejected events and review keys), in
 * English and Arabic. Kept with those panels' code rather than in i18n.ts so the first view does not carry them.
 */
const MESSAGES = {
  rejectedEvents: { en: 'Rejected (not an event)', ar: 'المرفوضة (ليست أحداثاً)' },
  noRejected: { en: 'No rejected events.', ar: 'لا أحداث مرفوضة.' },
  undoReject: { en: 'Undo', ar: 'تراجع' },
  undoRejectOf: { en: 'Undo: put back {event}', ar: 'تراجع: أعد {event}' },
  reviewKeysTitle: { en: 'Review keys', ar: 'مفاتيح المراجعة' },
  reviewKeyAccept: { en: 'accept and go to the next event', ar: 'قبول والانتقال إلى الحدث التالي' },
  reviewKeyReject: { en: 'not an event (reject) and go to the next', ar: 'ليس حدثاً (رفض) ثم التالي' },
  reviewKeyNext: { en: 'next event', ar: 'الحدث التالي' },
  reviewKeyPrevious: { en: 'previous event', ar: 'الحدث السابق' },
  reviewKeyUndo: { en: 'undo the last rejection', ar: 'التراجع عن آخر رفض' },
  acceptedCount: {
    en: '{count, plural, one {# event} other {# events}} accepted in this session',
    ar: '{count, plural, zero {لم يُقبل أي حدث} one {قُبل حدث واحد} two {قُبل حدثان} few {قُبلت # أحداث} many {قُبل # حدثًا} other {قُبل # حدث}} في هذه الجلسة',
  },
  totalKilledRange: { en: 'Killed: {low}–{high}', ar: 'القتلى: {low}–{high}' },
  totalKilled: { en: 'Killed: {low}', ar: 'القتلى: {low}' },
  totalNoToll: {
    en: '{count, plural, one {# event} other {# events}} with no toll',
    ar: '{count, plural, one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}} بلا حصيلة',
  },
  byType: { en: 'By type', ar: 'حسب النوع' },
  byActor: { en: 'By actor', ar: 'حسب الطرف' },
  newEvents: {
    en: '{count, plural, one {# new event} other {# new events}}, {outside} outside the current view',
    ar: '{count, plural, one {حدث جديد واحد} two {حدثان جديدان} few {# أحداث جديدة} many {# حدثًا جديدًا} other {# حدث جديد}}، {outside} منها خارج العرض الحالي',
  },
  newEventsInView: {
    en: '{count, plural, one {# new event} other {# new events}}, all in the current view',
    ar: '{count, plural, one {حدث جديد واحد} two {حدثان جديدان} few {# أحداث جديدة} many {# حدثًا جديدًا} other {# حدث جديد}}، كلها ضمن العرض الحالي',
  },
  showNewEvents: { en: 'Show', ar: 'اعرضها' },
} satisfies Record<string, Record<UiLanguage, string>>;

export type AnalystKey = keyof typeof MESSAGES;

/** The analyst panels' translation function for the current interface language. */
export function useAnalystText(): (key: AnalystKey, values?: MessageValues) => string {
  const language = useMarsad((state) => state.language);
  return useCallback(
    (key: AnalystKey, values: MessageValues = {}) => formatMessage(MESSAGES[key][language], values, language),
    [language],
  );
}

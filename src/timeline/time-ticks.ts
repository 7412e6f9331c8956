import type { DayNumber, DayWindow } from '../store/days';

/**
 * The timeline's axes, loaded with the canvas code (not on the first view): date ticks at the level the span
 * demands (days, weeks, months, years) with labels that carry the year where it changes, and count ticks for
 * the histogram's scale.
 */

const MS_PER_DAY = 86_400_000;

export type TickUnit = 'day' | 'week' | 'month' | 'year';

export interface TickLevel {
  unit: TickUnit;
  step: number;
}

export interface DateTick {
  day: DayNumber;
  label: string;
  /** The first tick and every tick where the year changes: its label names the year, and is drawn first. */
  strong: boolean;
}

/** From the finest to the coarsest; each level is used when its ticks are far enough apart to be labelled. */
const LEVELS: readonly TickLevel[] = [
  { unit: 'day', step: 1 },
  { unit: 'day', step: 2 },
  { unit: 'week', step: 1 },
  { unit: 'week', step: 2 },
  { unit: 'month', step: 1 },
  { unit: 'month', step: 2 },
  { unit: 'month', step: 3 },
  { unit: 'month', step: 6 },
  { unit: 'year', step: 1 },
  { unit: 'year', step: 2 },
  { unit: 'year', step: 5 },
  { unit: 'year', step: 10 },
  { unit: 'year', step: 25 },
  { unit: 'year', step: 100 },
];

const UNIT_DAYS: Record<TickUnit, number> = { day: 1, week: 7, month: 30.44, year: 365.25 };

/** Room a label of each unit needs, in pixels ("14 Sept", "Sept", "2019"). */
const UNIT_MIN_PX: Record<TickUnit, number> = { day: 58, week: 58, month: 44, year: 44 };

/** The finest level whose ticks are at least a label's room apart at `dayWidth` pixels per day. */
export function tickLevel(dayWidth: number): TickLevel {
  for (const level of LEVELS) {
    if (UNIT_DAYS[level.unit] * level.step * dayWidth >= UNIT_MIN_PX[level.unit]) return level;
  }
  return LEVELS[LEVELS.length - 1] as TickLevel;
}

function utcDate(day: DayNumber): Date {
  return new Date(day * MS_PER_DAY);
}

function dayOf(year: number, month: number): DayNumber {
  return Math.floor(Date.UTC(year, month, 1) / MS_PER_DAY);
}

/** The days of a level's ticks inside [start, end]: day numbers, Mondays, month or year starts. */
export function tickDays(domain: DayWindow, level: TickLevel): DayNumber[] {
  const days: DayNumber[] = [];
  const { start, end } = domain;
  if (level.unit === 'day' || level.unit === 'week') {
    const period = level.unit === 'day' ? level.step : 7 * level.step;
    // Day 0 (1970-01-01) was a Thursday: day 4 was a Monday, so week ticks are days ≡ 4 (mod 7·step).
    const anchor = level.unit === 'day' ? 0 : 4;
    let day = start + ((((anchor - start) % period) + period) % period);
    for (; day <= end; day += period) days.push(day);
    return days;
  }
  const first = utcDate(start);
  if (level.unit === 'month') {
    let year = first.getUTCFullYear();
    let month = first.getUTCMonth();
    if (dayOf(year, month) < start) month += 1;
    month = Math.ceil(month / level.step) * level.step;
    year += Math.floor(month / 12);
    month %= 12;
    for (let day = dayOf(year, month); day <= end;) {
      days.push(day);
      month += level.step;
      year += Math.floor(month / 12);
      month %= 12;
      day = dayOf(year, month);
    }
    return days;
  }
  let year = first.getUTCFullYear();
  if (dayOf(year, 0) < start) year += 1;
  year = Math.ceil(year / level.step) * level.step;
  for (let day = dayOf(year, 0); day <= end; year += level.step, day = dayOf(year, 0)) days.push(day);
  return days;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, kind: 'dayMonth' | 'dayMonthYear' | 'month' | 'monthYear' | 'year') {
  const key = `${locale}:${kind}`;
  let found = formats.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC' };
    if (kind === 'dayMonth' || kind === 'dayMonthYear') options.day = 'numeric';
    if (kind !== 'year') options.month = 'short';
    if (kind === 'dayMonthYear' || kind === 'monthYear' || kind === 'year') options.year = 'numeric';
    found = new Intl.DateTimeFormat(locale, options);
    formats.set(key, found);
  }
  return found;
}

/**
 * The axis ticks for a domain at a scale: the level the span demands, and labels in the interface's locale
 * (NUMBER_LOCALES: Arabic month names from ar-LY with Western digits, British English) —
 * "2019" at year ticks; "Apr", "Jun" at month ticks with the year ("Apr 2019") on the first and the year alone
 * ("2020") at each January; "4 Apr" at day and week ticks, with the year on the first and where it changes.
 */
export function dateTicks(domain: DayWindow, dayWidth: number, locale: string): DateTick[] {
  const level = tickLevel(dayWidth);
  const ticks: DateTick[] = [];
  let previousYear: number | null = null;
  for (const day of tickDays(domain, level)) {
    const date = utcDate(day);
    const year = date.getUTCFullYear();
    const first = previousYear === null;
    const newYear = !first && year !== previousYear;
    previousYear = year;
    let label: string;
    if (level.unit === 'year') label = format(locale, 'year').format(date);
    else if (level.unit === 'month') {
      if (first) label = format(locale, 'monthYear').format(date);
      else if (newYear) label = format(locale, 'year').format(date);
      else label = format(locale, 'month').format(date);
    } else label = format(locale, first || newYear ? 'dayMonthYear' : 'dayMonth').format(date);
    ticks.push({ day, label, strong: first || newYear });
  }
  return ticks;
}

/**
 * A few round count ticks from 0 to at most `max`, in whole steps of 1, 2 or 5 × 10ⁿ, at most about `most` steps:
 * `[0, 10, 20, 30]` for 37.
 */
export function countTicks(max: number, most = 4): number[] {
  if (max <= 0) return [0];
  const rough = max / Math.max(1, most);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((value) => value >= rough) ?? rough;
  const wholeStep = Math.max(1, Math.round(step));
  const ticks: number[] = [];
  for (let value = 0; value <= max; value += wholeStep) ticks.push(value);
  return ticks;
}

import type { ConflictEvent } from '../pipeline/types';
import { SUB_EVENT_TYPES, type EventIndex } from '../store/event-index';
import type { WindowView } from '../store/selectors/window-view';

/** What the events shown add up to. */
export interface ViewTotals {
  events: number;
  /** Sum of the known low counts, and of the high counts (the low one where no range is given). */
  killedLow: number;
  killedHigh: number;
  /** Events whose toll is unknown. */
  noToll: number;
  /** Events per type, by position in SUB_EVENT_TYPES. */
  byType: Int32Array;
  /** The actors on either side of the most events, most first (an event counts once per actor). */
  byActor: { actor: string; events: number }[];
}

/** Per index: the high counts and each side's actor as a number, read once so a frame touches no objects. */
interface TotalsColumns {
  high: Int32Array;
  actor1: Int32Array;
  actor2: Int32Array;
  actors: string[];
}

const columnsCache = new WeakMap<EventIndex, TotalsColumns>();

function columnsOf(index: EventIndex): TotalsColumns {
  let columns = columnsCache.get(index);
  if (columns) return columns;
  const ids = new Map<string, number>();
  const actors: string[] = [];
  const idOf = (name: string | null) => {
    if (!name) return -1;
    let id = ids.get(name);
    if (id === undefined) {
      id = actors.length;
      ids.set(name, id);
      actors.push(name);
    }
    return id;
  };
  const high = new Int32Array(index.count);
  const actor1 = new Int32Array(index.count);
  const actor2 = new Int32Array(index.count);
  for (let position = 0; position < index.count; position++) {
    const event = index.events[position] as ConflictEvent;
    high[position] = event.fatalities_high ?? event.fatalities ?? -1;
    actor1[position] = idOf(event.actor1);
    actor2[position] = idOf(event.actor2);
  }
  columns = { high, actor1, actor2, actors };
  columnsCache.set(index, columns);
  return columns;
}

const totalsCache = new WeakMap<WindowView, ViewTotals>();

/** Running sums over a run of filtered positions: what one view's run adds up to. */
interface RunSums {
  filtered: WindowView['filtered'];
  runStart: number;
  runEnd: number;
  killedLow: number;
  killedHigh: number;
  noToll: number;
  byType: Int32Array;
  byActor: Int32Array;
}

/** The last run summed: a scrub step moves the window a little, so only the positions at its edges change. */
let lastRun: RunSums | null = null;

function addPosition(sums: RunSums, columns: TotalsColumns, position: number, sign: 1 | -1): void {
  const { index } = sums.filtered;
  const low = index.fatalities[position] as number;
  if (low < 0) sums.noToll += sign;
  else {
    sums.killedLow += sign * low;
    sums.killedHigh += sign * Math.max(low, columns.high[position] as number);
  }
  const type = index.type[position] as number;
  sums.byType[type] = (sums.byType[type] as number) + sign;
  const first = columns.actor1[position] as number;
  const second = columns.actor2[position] as number;
  if (first >= 0) sums.byActor[first] = (sums.byActor[first] as number) + sign;
  if (second >= 0 && second !== first) sums.byActor[second] = (sums.byActor[second] as number) + sign;
}

function addRange(sums: RunSums, columns: TotalsColumns, from: number, to: number, sign: 1 | -1): void {
  const { positions } = sums.filtered;
  for (let k = from; k < to; k++) addPosition(sums, columns, positions[k] as number, sign);
}

/**
 * The sums of a view's run, moved from the last run when the filtered set is the same and the two runs overlap
 * (positions leaving at one edge are taken off, those entering added), else summed afresh.
 */
function runSums(view: WindowView, columns: TotalsColumns): RunSums {
  const { runStart, runEnd, filtered } = view;
  const previous = lastRun;
  const moved =
    previous !== null &&
    previous.filtered === filtered &&
    previous.byActor.length >= columns.actors.length &&
    runStart < previous.runEnd &&
    previous.runStart < runEnd &&
    Math.abs(runStart - previous.runStart) + Math.abs(runEnd - previous.runEnd) < runEnd - runStart;
  if (previous && moved) {
    if (runStart < previous.runStart) addRange(previous, columns, runStart, previous.runStart, 1);
    else addRange(previous, columns, previous.runStart, runStart, -1);
    if (runEnd > previous.runEnd) addRange(previous, columns, previous.runEnd, runEnd, 1);
    else addRange(previous, columns, runEnd, previous.runEnd, -1);
    previous.runStart = runStart;
    previous.runEnd = runEnd;
    return previous;
  }
  const sums: RunSums = {
    filtered,
    runStart,
    runEnd,
    killedLow: 0,
    killedHigh: 0,
    noToll: 0,
    byType: new Int32Array(SUB_EVENT_TYPES.length),
    byActor: new Int32Array(columns.actors.length),
  };
  addRange(sums, columns, runStart, runEnd, 1);
  lastRun = sums;
  return sums;
}

/**
 * The totals of a window view, memoised per view. The run of filtered positions inside the window is summed
 * incrementally from the last view's run (a scrub step costs the events entering and leaving the window, not
 * every event shown), reading typed arrays only; the few imprecise events reaching back into the window are
 * added on top. Only the small result is allocated.
 */
export function totalsOf(view: WindowView, topActors = 6): ViewTotals {
  const cached = totalsCache.get(view);
  if (cached) return cached;
  const columns = columnsOf(view.filtered.index);
  const run = runSums(view, columns);
  const totals: RunSums = {
    ...run,
    byType: run.byType.slice(),
    byActor: run.byActor.slice(),
  };
  for (let e = 0; e < view.extras.length; e++) addPosition(totals, columns, view.extras[e] as number, 1);

  const byActor: { actor: string; events: number }[] = [];
  for (let id = 0; id < columns.actors.length; id++) {
    const events = totals.byActor[id] as number;
    if (events > 0) byActor.push({ actor: columns.actors[id] as string, events });
  }
  byActor.sort((a, b) => b.events - a.events || a.actor.localeCompare(b.actor));
  const result: ViewTotals = {
    events: view.count,
    killedLow: totals.killedLow,
    killedHigh: totals.killedHigh,
    noToll: totals.noToll,
    byType: totals.byType,
    byActor: byActor.slice(0, topActors),
  };
  totalsCache.set(view, result);
  return result;
}

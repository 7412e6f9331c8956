/**
 * A multi-pattern string automaton (Aho-Corasick) over UTF-16 code units, stored in typed arrays.
 *
 * Code units are first mapped to a small alphabet (the units that occur in some pattern; anything
 * else is symbol 0, which sends the automaton back to its root). States are numbered breadth first.
 * The first states, as many as fit in a memory budget, get a dense row of complete transitions with
 * failures already resolved, so one step is one table lookup. Deeper states beyond the budget keep
 * their children sorted in one flat array and fall back along failure links until they reach a
 * dense state.
 *
 * A transition is stored as a code: `key << 1 | output`, where `output` is 1 when some pattern ends
 * at the target state (or on its failure chain), and `key` is the target's row offset in `dense`
 * (state × width, never negative) or, for a state without a row, -(state + 1). The scan loop is thus
 * `code = dense[(code >> 1) + symbol]` plus one bit test per code unit. A line break in the text
 * reads as a space, so a phrase of several words still matches across a wrapped line. One pass over
 * the text, no allocation.
 */

/**
 * Entries (4 bytes each) spent on dense rows at most: 4 MB. For the bundled gazetteer (40k states,
 * 66 symbols) that is its shallowest 16k states, which take 99% of the steps over news text.
 */
const DEFAULT_DENSE_BUDGET = 1 << 20;

export type MatchCallback = (patternIndex: number, end: number, patternLength: number) => void;

/** Matches collected by `AhoCorasick.collect`, in order of end position. */
export interface MatchList {
  count: number;
  /** Pattern index of each match (the first `count` entries are meaningful). */
  pattern: Int32Array;
  /** End offset (exclusive) of each match. */
  end: Int32Array;
}

/** An empty match list to pass to `collect`; its arrays grow as needed. */
export function createMatchList(capacity = 64): MatchList {
  const size = Math.max(1, capacity);
  return { count: 0, pattern: new Int32Array(size), end: new Int32Array(size) };
}

function growMatchList(list: MatchList): void {
  const pattern = new Int32Array(list.pattern.length * 2);
  const end = new Int32Array(list.end.length * 2);
  pattern.set(list.pattern);
  end.set(list.end);
  list.pattern = pattern;
  list.end = end;
}

/** Sorts `slice` of `symbols`/`targets` (parallel arrays) by symbol; the slices are short. */
function sortBySymbol(symbols: Int32Array, targets: Int32Array, from: number, to: number): void {
  for (let index = from + 1; index < to; index++) {
    const symbol = symbols[index] as number;
    const target = targets[index] as number;
    let slot = index - 1;
    while (slot >= from && (symbols[slot] as number) > symbol) {
      symbols[slot + 1] = symbols[slot] as number;
      targets[slot + 1] = targets[slot] as number;
      slot--;
    }
    symbols[slot + 1] = symbol;
    targets[slot + 1] = target;
  }
}

export class AhoCorasick {
  private readonly symbolOf = new Uint16Array(0x10000);
  /** Symbols in use plus one (symbol 0: a code unit of no pattern). */
  private readonly width: number;
  /** States with a dense row: states 0 … denseStates-1. */
  private readonly denseStates: number;
  /** Transition codes (see the file comment), `width` entries per dense state. */
  private readonly dense: Int32Array;
  /** Children of each state, sorted by symbol: childOffset[state] … childOffset[state + 1] - 1. */
  private readonly childOffset: Int32Array;
  private readonly childSymbol: Uint16Array;
  private readonly childTarget: Int32Array;
  private readonly fail: Int32Array;
  /** Nearest state on the failure chain (excluding the state itself) where a pattern ends; 0 = none. */
  private readonly dictionaryLink: Int32Array;
  /** First pattern ending at a state, -1 when none; further ones through `nextPattern`. */
  private readonly firstPattern: Int32Array;
  private readonly nextPattern: Int32Array;
  private readonly patternLength: Int32Array;

  /** `denseBudget`: how many transition entries the dense rows may take (tests lower it). */
  constructor(patterns: readonly string[], denseBudget = DEFAULT_DENSE_BUDGET) {
    let symbols = 0;
    let totalLength = 0;
    for (const pattern of patterns) {
      totalLength += pattern.length;
      for (let index = 0; index < pattern.length; index++) {
        const code = pattern.charCodeAt(index);
        if (this.symbolOf[code] === 0) this.symbolOf[code] = ++symbols;
      }
    }
    const space = this.symbolOf[32] ?? 0;
    if (space !== 0) this.symbolOf[10] = space;
    const width = symbols + 1;
    this.width = width;

    // The trie, states numbered in insertion order: edges keyed by parent × width + symbol.
    const edgeOf = new Map<number, number>();
    const edgeParent = new Int32Array(totalLength);
    const edgeSymbol = new Int32Array(totalLength);
    const endState = new Int32Array(patterns.length).fill(-1);
    this.patternLength = new Int32Array(patterns.length);
    let built = 1;
    patterns.forEach((pattern, patternIndex) => {
      let state = 0;
      for (let index = 0; index < pattern.length; index++) {
        const symbol = this.symbolOf[pattern.charCodeAt(index)] as number;
        const key = state * width + symbol;
        let next = edgeOf.get(key);
        if (next === undefined) {
          next = built++;
          edgeOf.set(key, next);
          edgeParent[next - 1] = state;
          edgeSymbol[next - 1] = symbol;
        }
        state = next;
      }
      if (pattern.length > 0) endState[patternIndex] = state;
      this.patternLength[patternIndex] = pattern.length;
    });
    const stateCount = built;

    // Children of each trie state (insertion numbering), sorted by symbol.
    const trieOffset = new Int32Array(stateCount + 1);
    for (let child = 1; child < stateCount; child++) {
      const slot = (edgeParent[child - 1] as number) + 1;
      trieOffset[slot] = (trieOffset[slot] as number) + 1;
    }
    for (let state = 0; state < stateCount; state++)
      trieOffset[state + 1] = (trieOffset[state + 1] as number) + (trieOffset[state] as number);
    const fill = trieOffset.slice(0, stateCount);
    const trieSymbol = new Int32Array(Math.max(0, stateCount - 1));
    const trieTarget = new Int32Array(Math.max(0, stateCount - 1));
    for (let child = 1; child < stateCount; child++) {
      const parent = edgeParent[child - 1] as number;
      const slot = fill[parent] as number;
      fill[parent] = slot + 1;
      trieSymbol[slot] = edgeSymbol[child - 1] as number;
      trieTarget[slot] = child;
    }
    for (let state = 0; state < stateCount; state++)
      sortBySymbol(trieSymbol, trieTarget, trieOffset[state] as number, trieOffset[state + 1] as number);

    // Breadth-first numbering: a state's children get consecutive numbers in symbol order.
    const order = new Int32Array(stateCount);
    const renumbered = new Int32Array(stateCount);
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const old = order[head] as number;
      for (let slot = trieOffset[old] as number; slot < (trieOffset[old + 1] as number); slot++) {
        const child = trieTarget[slot] as number;
        renumbered[child] = tail;
        order[tail++] = child;
      }
    }
    this.childOffset = new Int32Array(stateCount + 1);
    this.childSymbol = new Uint16Array(Math.max(0, stateCount - 1));
    this.childTarget = new Int32Array(Math.max(0, stateCount - 1));
    let slotCount = 0;
    for (let state = 0; state < stateCount; state++) {
      this.childOffset[state] = slotCount;
      const old = order[state] as number;
      for (let slot = trieOffset[old] as number; slot < (trieOffset[old + 1] as number); slot++) {
        this.childSymbol[slotCount] = trieSymbol[slot] as number;
        this.childTarget[slotCount++] = renumbered[trieTarget[slot] as number] as number;
      }
    }
    this.childOffset[stateCount] = slotCount;

    this.firstPattern = new Int32Array(stateCount).fill(-1);
    this.nextPattern = new Int32Array(patterns.length).fill(-1);
    for (let patternIndex = patterns.length - 1; patternIndex >= 0; patternIndex--) {
      const old = endState[patternIndex] as number;
      if (old < 0) continue;
      const state = renumbered[old] as number;
      this.nextPattern[patternIndex] = this.firstPattern[state] as number;
      this.firstPattern[state] = patternIndex;
    }

    // Failure and dictionary links, then dense rows, in breadth-first order: a state's failure
    // target is shallower, so its links and row are ready when the state's children need them.
    const rows = Math.max(1, Math.min(stateCount, Math.floor(Math.max(0, denseBudget) / width)));
    this.denseStates = rows;
    this.dense = new Int32Array(rows * width);
    this.fail = new Int32Array(stateCount);
    this.dictionaryLink = new Int32Array(stateCount);
    for (let state = 0; state < stateCount; state++) {
      const from = this.childOffset[state] as number;
      const to = this.childOffset[state + 1] as number;
      for (let slot = from; slot < to; slot++) {
        const child = this.childTarget[slot] as number;
        const link =
          state === 0
            ? 0
            : this.decode(this.advance(this.fail[state] as number, this.childSymbol[slot] as number));
        this.fail[child] = link;
        this.dictionaryLink[child] =
          (this.firstPattern[link] as number) >= 0 ? link : (this.dictionaryLink[link] as number);
      }
      if (state >= rows) continue;
      const rowStart = state * width;
      if (state > 0) {
        const failStart = (this.fail[state] as number) * width;
        this.dense.copyWithin(rowStart, failStart, failStart + width);
      }
      for (let slot = from; slot < to; slot++)
        this.dense[rowStart + (this.childSymbol[slot] as number)] = this.encode(
          this.childTarget[slot] as number,
        );
    }
  }

  /** The transition code of `state` (see the file comment). */
  private encode(state: number): number {
    const output =
      (this.firstPattern[state] as number) >= 0 || (this.dictionaryLink[state] as number) > 0 ? 1 : 0;
    const key = state < this.denseStates ? state * this.width : -(state + 1);
    return (key << 1) | output;
  }

  /** The state a transition code leads to. */
  private decode(code: number): number {
    const key = code >> 1;
    return key >= 0 ? key / this.width : -key - 1;
  }

  /** The transition code from `state` by `symbol`, following failure links as needed. */
  private advance(state: number, symbol: number): number {
    if (symbol === 0) return 0;
    const childSymbol = this.childSymbol;
    let current = state;
    while (current >= this.denseStates) {
      let low = this.childOffset[current] as number;
      let high = (this.childOffset[current + 1] as number) - 1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const found = childSymbol[middle] as number;
        if (found === symbol) return this.encode(this.childTarget[middle] as number);
        if (found < symbol) low = middle + 1;
        else high = middle - 1;
      }
      current = this.fail[current] as number;
    }
    return this.dense[current * this.width + symbol] as number;
  }

  /** Calls `onMatch` for every occurrence of every pattern, in order of end position. */
  scan(text: string, onMatch: MatchCallback, from = 0, to = text.length): void {
    const symbolOf = this.symbolOf;
    const dense = this.dense;
    const end = Math.min(to, text.length);
    let code = 0;
    for (let index = Math.max(0, from); index < end; index++) {
      const symbol = symbolOf[text.charCodeAt(index)] as number;
      code = code >= 0 ? (dense[(code >> 1) + symbol] as number) : this.advance(-(code >> 1) - 1, symbol);
      if ((code & 1) === 0) continue;
      let output = this.decode(code);
      if ((this.firstPattern[output] as number) < 0) output = this.dictionaryLink[output] as number;
      while (output > 0) {
        for (
          let pattern = this.firstPattern[output] as number;
          pattern >= 0;
          pattern = this.nextPattern[pattern] as number
        ) {
          onMatch(pattern, index + 1, this.patternLength[pattern] as number);
        }
        output = this.dictionaryLink[output] as number;
      }
    }
  }

  /**
   * Every occurrence of every pattern in text[from, to), in order of end position, written into
   * `list` (reset first, grown as needed): the callback-free form of `scan`. Returns the count.
   */
  collect(text: string, list: MatchList, from = 0, to = text.length): number {
    const symbolOf = this.symbolOf;
    const dense = this.dense;
    const firstPattern = this.firstPattern;
    const nextPattern = this.nextPattern;
    const dictionaryLink = this.dictionaryLink;
    const end = Math.min(to, text.length);
    let count = 0;
    let code = 0;
    for (let index = Math.max(0, from); index < end; index++) {
      const symbol = symbolOf[text.charCodeAt(index)] as number;
      code = code >= 0 ? (dense[(code >> 1) + symbol] as number) : this.advance(-(code >> 1) - 1, symbol);
      if ((code & 1) === 0) continue;
      let output = this.decode(code);
      if ((firstPattern[output] as number) < 0) output = dictionaryLink[output] as number;
      while (output > 0) {
        for (
          let pattern = firstPattern[output] as number;
          pattern >= 0;
          pattern = nextPattern[pattern] as number
        ) {
          if (count >= list.pattern.length) growMatchList(list);
          list.pattern[count] = pattern;
          list.end[count++] = index + 1;
        }
        output = dictionaryLink[output] as number;
      }
    }
    list.count = count;
    return count;
  }

  /** Length of pattern `patternIndex`. */
  lengthOf(patternIndex: number): number {
    return this.patternLength[patternIndex] ?? 0;
  }
}

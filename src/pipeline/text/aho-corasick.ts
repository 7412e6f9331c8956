/**
 * A multi-pattern string automaton (Aho-Corasick) over UTF-16 code units, stored in typed arrays.
 *
 * Code units are first mapped to a small alphabet (the units that occur in some pattern; anything
 * else sends the automaton back to its root). The shallowest states (breadth first, within a memory
 * budget) get a dense row of complete transitions, failures already resolved, so most steps are one
 * lookup; deeper states keep their children sorted in one flat array and fall back along failure
 * links until they reach a dense state. A line break in the text reads as a space, so a phrase
 * of several words still matches across a wrapped line. One pass over the text, no allocation.
 */

/** Entries (4 bytes each) spent on dense rows: 4 MB. */
const DENSE_BUDGET = 1 << 20;

export type MatchCallback = (patternIndex: number, end: number, patternLength: number) => void;

export class AhoCorasick {
  private readonly symbolOf = new Uint16Array(0x10000);
  private readonly rootNext: Int32Array;
  /** Row of a state in `dense`, -1 for a state without one. */
  private readonly denseRow: Int32Array;
  private readonly dense: Int32Array;
  private readonly width: number;
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

  constructor(patterns: readonly string[]) {
    let symbols = 0;
    for (const pattern of patterns) {
      for (let index = 0; index < pattern.length; index++) {
        const code = pattern.charCodeAt(index);
        if (this.symbolOf[code] === 0) this.symbolOf[code] = ++symbols;
      }
    }
    const space = this.symbolOf[32] ?? 0;
    if (space !== 0) this.symbolOf[10] = space;

    // Trie with map children while building.
    const children: Map<number, number>[] = [new Map()];
    const patternsAt: number[][] = [[]];
    this.patternLength = new Int32Array(patterns.length);
    patterns.forEach((pattern, patternIndex) => {
      let state = 0;
      for (let index = 0; index < pattern.length; index++) {
        const symbol = this.symbolOf[pattern.charCodeAt(index)] as number;
        const map = children[state] as Map<number, number>;
        let next = map.get(symbol);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          patternsAt.push([]);
          map.set(symbol, next);
        }
        state = next;
      }
      if (pattern.length > 0) (patternsAt[state] as number[]).push(patternIndex);
      this.patternLength[patternIndex] = pattern.length;
    });

    const stateCount = children.length;
    this.fail = new Int32Array(stateCount);
    this.dictionaryLink = new Int32Array(stateCount);
    this.firstPattern = new Int32Array(stateCount).fill(-1);
    this.nextPattern = new Int32Array(patterns.length).fill(-1);
    for (let state = 0; state < stateCount; state++) {
      const list = patternsAt[state] as number[];
      for (let position = list.length - 1; position >= 0; position--) {
        const patternIndex = list[position] as number;
        this.nextPattern[patternIndex] = this.firstPattern[state] as number;
        this.firstPattern[state] = patternIndex;
      }
    }

    // Flat, sorted children.
    this.childOffset = new Int32Array(stateCount + 1);
    let total = 0;
    for (let state = 0; state < stateCount; state++) {
      this.childOffset[state] = total;
      total += (children[state] as Map<number, number>).size;
    }
    this.childOffset[stateCount] = total;
    this.childSymbol = new Uint16Array(total);
    this.childTarget = new Int32Array(total);
    for (let state = 0; state < stateCount; state++) {
      const sorted = [...(children[state] as Map<number, number>)].sort((a, b) => a[0] - b[0]);
      let slot = this.childOffset[state] as number;
      for (const [symbol, target] of sorted) {
        this.childSymbol[slot] = symbol;
        this.childTarget[slot++] = target;
      }
    }
    this.rootNext = new Int32Array(symbols + 1);
    for (const [symbol, target] of children[0] as Map<number, number>) this.rootNext[symbol] = target;

    // Failure and dictionary links, breadth first.
    const queue = new Int32Array(stateCount);
    let head = 0;
    let tail = 0;
    for (const target of (children[0] as Map<number, number>).values()) queue[tail++] = target;
    while (head < tail) {
      const state = queue[head++] as number;
      for (const [symbol, target] of children[state] as Map<number, number>) {
        let candidate = this.fail[state] as number;
        let link = 0;
        for (;;) {
          const next = this.step(candidate, symbol);
          if (next > 0) {
            link = next;
            break;
          }
          if (candidate === 0) break;
          candidate = this.fail[candidate] as number;
        }
        this.fail[target] = link;
        this.dictionaryLink[target] =
          (this.firstPattern[link] as number) >= 0 ? link : (this.dictionaryLink[link] as number);
        queue[tail++] = target;
      }
    }

    // Dense rows for the first states in breadth-first order: a state's failure target is shallower,
    // so it already has its row when the state's row is filled.
    this.width = symbols + 1;
    const rows = Math.max(1, Math.min(stateCount, Math.floor(DENSE_BUDGET / this.width)));
    this.denseRow = new Int32Array(stateCount).fill(-1);
    this.dense = new Int32Array(rows * this.width);
    const order = new Int32Array(stateCount);
    order[0] = 0;
    order.set(queue.subarray(0, tail), 1);
    for (let position = 0; position < rows; position++) {
      const state = order[position] as number;
      this.denseRow[state] = position;
      const rowStart = position * this.width;
      const failRow = state === 0 ? -1 : (this.denseRow[this.fail[state] as number] as number);
      for (let symbol = 1; symbol < this.width; symbol++) {
        const child = this.step(state, symbol);
        this.dense[rowStart + symbol] =
          child > 0 || failRow < 0 ? child : (this.dense[failRow * this.width + symbol] as number);
      }
    }
  }

  /** The child of `state` by `symbol`, 0 when there is none. */
  private step(state: number, symbol: number): number {
    if (state === 0) return this.rootNext[symbol] ?? 0;
    let low = this.childOffset[state] as number;
    let high = (this.childOffset[state + 1] as number) - 1;
    const symbolsOf = this.childSymbol;
    if (high - low < 8) {
      for (; low <= high; low++) if (symbolsOf[low] === symbol) return this.childTarget[low] as number;
      return 0;
    }
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = symbolsOf[middle] as number;
      if (found === symbol) return this.childTarget[middle] as number;
      if (found < symbol) low = middle + 1;
      else high = middle - 1;
    }
    return 0;
  }

  /** Calls `onMatch` for every occurrence of every pattern, in order of end position. */
  scan(text: string, onMatch: MatchCallback, from = 0, to = text.length): void {
    const symbolOf = this.symbolOf;
    const fail = this.fail;
    const firstPattern = this.firstPattern;
    const nextPattern = this.nextPattern;
    const dictionaryLink = this.dictionaryLink;
    const patternLength = this.patternLength;
    const denseRow = this.denseRow;
    const dense = this.dense;
    const width = this.width;
    let state = 0;
    const end = Math.min(to, text.length);
    for (let index = Math.max(0, from); index < end; index++) {
      const symbol = symbolOf[text.charCodeAt(index)] as number;
      if (symbol === 0) {
        state = 0;
        continue;
      }
      for (;;) {
        const row = denseRow[state] as number;
        if (row >= 0) {
          state = dense[row * width + symbol] as number;
          break;
        }
        const next = this.step(state, symbol);
        if (next > 0) {
          state = next;
          break;
        }
        state = fail[state] as number;
      }
      let output = (firstPattern[state] as number) >= 0 ? state : (dictionaryLink[state] as number);
      while (output > 0) {
        for (
          let pattern = firstPattern[output] as number;
          pattern >= 0;
          pattern = nextPattern[pattern] as number
        ) {
          onMatch(pattern, index + 1, patternLength[pattern] as number);
        }
        output = dictionaryLink[output] as number;
      }
    }
  }
}

import type { Highlight, SourceSpan } from '../pipeline/types';

/** A run of article text with the marks that cover it. */
export interface TextSegment {
  start: number;
  end: number;
  evidence: boolean;
  kinds: Highlight['kind'][];
}

/**
 * Cuts an article's text at every evidence and highlight boundary (half-open offsets into the original text),
 * so the reader can mark the evidence sentence and, inside it, the matched place, date, actors and numbers.
 * Spans outside the text are clipped; overlapping marks are all kept.
 */
export function segmentText(
  length: number,
  evidence: readonly Pick<SourceSpan, 'start' | 'end'>[],
  highlights: readonly Pick<Highlight, 'start' | 'end' | 'kind'>[],
): TextSegment[] {
  const clip = (value: number) => Math.min(length, Math.max(0, value));
  const cuts = new Set<number>([0, length]);
  const marks = [
    ...evidence.map((span) => ({ start: clip(span.start), end: clip(span.end), kind: null })),
    ...highlights.map((mark) => ({ start: clip(mark.start), end: clip(mark.end), kind: mark.kind })),
  ].filter((mark) => mark.end > mark.start);
  for (const mark of marks) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    if (end <= start) continue;
    let inEvidence = false;
    const kinds: Highlight['kind'][] = [];
    for (const mark of marks) {
      if (mark.start > start || mark.end < end) continue;
      if (mark.kind === null) inEvidence = true;
      else if (!kinds.includes(mark.kind)) kinds.push(mark.kind);
    }
    segments.push({ start, end, evidence: inEvidence, kinds });
  }
  return segments;
}

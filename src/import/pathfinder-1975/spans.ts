/**
 * Inline markup as spans over an assembled string, serialised into well-nested XML. A span that
 * would cross an already accepted span is refused, so spans are added in order of priority
 * (corrections and note markers first, then persons, then dates).
 */
import type { AssembledText } from './assemble.js';

export interface Span {
  start: number;
  end: number;
  open: string;
  close: string;
  /** Among spans covering the same characters, the lower rank is the outer element. */
  rank: number;
}

export class SpanSet {
  readonly spans: Span[] = [];
  readonly inserts: { offset: number; xml: string }[] = [];

  /** Adds the span unless it crosses an accepted one; returns whether it was accepted. */
  add(span: Span): boolean {
    const crosses = this.spans.some((other) => {
      const disjoint = span.end <= other.start || other.end <= span.start;
      const nested = (other.start <= span.start && span.end <= other.end) || (span.start <= other.start && other.end <= span.end);
      return !disjoint && !nested;
    });
    if (crosses) return false;
    this.spans.push(span);
    return true;
  }

  /** True when no accepted span overlaps [start, end). */
  isFree(start: number, end: number): boolean {
    return this.spans.every((span) => end <= span.start || span.end <= start);
  }

  insert(offset: number, xml: string): void {
    this.inserts.push({ offset, xml });
  }
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeXml(text).replace(/"/g, '&quot;');
}

export function serialise(assembled: AssembledText, set: SpanSet): string {
  const { text } = assembled;
  const spans = [...set.spans].sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const points = [
    // a note goes right after its marker, before a line or page break at the same place
    ...set.inserts.map((insert, order) => ({ ...insert, order })),
    ...assembled.milestones.map((milestone, order) => ({ ...milestone, order: 100000 + order })),
  ].sort((a, b) => a.offset - b.offset || a.order - b.order);
  let out = '';
  const open: Span[] = [];
  let spanIndex = 0;
  let pointIndex = 0;
  for (let offset = 0; offset <= text.length; offset++) {
    while (open.length > 0 && open[open.length - 1].end <= offset) out += open.pop()!.close;
    // empty spans (an inserted corrected character) sit before milestones at the same place
    while (spanIndex < spans.length && spans[spanIndex].start === offset && spans[spanIndex].end === offset) {
      const span = spans[spanIndex++];
      out += span.open + span.close;
    }
    while (pointIndex < points.length && points[pointIndex].offset === offset) out += points[pointIndex++].xml;
    if (offset === text.length) break;
    while (spanIndex < spans.length && spans[spanIndex].start === offset) {
      const span = spans[spanIndex++];
      if (span.end === offset) out += span.open + span.close;
      else {
        out += span.open;
        open.push(span);
      }
    }
    out += escapeXml(text[offset]);
  }
  while (open.length > 0) out += open.pop()!.close;
  return out;
}

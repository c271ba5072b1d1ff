/**
 * Inline suppression of a deliberate exception, with a reason:
 *   <!-- tei-edition-disable-next-line rule-id[, other-rule] — why this is right -->
 * The separator is a dash with spaces around it (— or – or -): XML forbids "--" inside a comment.
 * It covers the element that follows the comment (its start tag and content), or, when no element
 * follows, the next line.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { XmlComment, XmlDocument, XmlElement, XmlNode } from '../xml/model.js';

const DIRECTIVE = /^\s*tei-edition-disable-next-line\b([\s\S]*)$/;

export interface Suppression {
  rules: string[];
  reason: string;
  comment: XmlComment;
  /** Covered range, as [line, column] pairs, inclusive start and exclusive end. */
  from: [number, number];
  to: [number, number];
}

export function findSuppressions(document: XmlDocument): Suppression[] {
  const found: Suppression[] = [];
  for (const comment of document.comments) {
    const directive = DIRECTIVE.exec(comment.value);
    if (!directive) continue;
    const separator = /\s[—–-](?:\s|$)|[—–]/.exec(directive[1]);
    const ruleList = separator ? directive[1].slice(0, separator.index) : directive[1];
    const reason = separator ? directive[1].slice(separator.index + separator[0].length).trim() : '';
    const rules = ruleList.split(/[\s,]+/).filter(Boolean);
    const next = nextElement(comment);
    const covered = next
      ? { from: [next.line, next.column] as [number, number], to: [next.endLine, next.endColumn] as [number, number] }
      : { from: [comment.line + 1, 1] as [number, number], to: [comment.line + 2, 1] as [number, number] };
    found.push({ rules, reason, comment, ...covered });
  }
  return found;
}

export function isSuppressed(diagnostic: Diagnostic, suppressions: Suppression[]): boolean {
  if (diagnostic.line === undefined) return false;
  const at: [number, number] = [diagnostic.line, diagnostic.column ?? 1];
  return suppressions.some(
    (s) => s.reason !== '' && s.rules.includes(diagnostic.ruleId) && !before(at, s.from) && before(at, s.to),
  );
}

function before(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

function nextElement(comment: XmlComment): XmlElement | undefined {
  const siblings: XmlNode[] = comment.parent?.children ?? [];
  for (let i = siblings.indexOf(comment) + 1; i < siblings.length; i++) {
    const sibling = siblings[i];
    if (sibling.kind === 'element') return sibling;
    if (sibling.kind === 'text' && sibling.value.trim() !== '') return undefined;
  }
  return undefined;
}

/** Tags every mention of a known person as `persName ref="per:…"`. */
import { NOT_MENTIONS, PERSON_NAMES } from './person-names.js';
import { escapeAttribute, type SpanSet } from './spans.js';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const NAME_TO_ID = new Map<string, string>();
for (const [id, names] of Object.entries(PERSON_NAMES)) for (const name of names) NAME_TO_ID.set(name, id);

/** Longest names first, so "Leon Trotsky" wins over "Trotsky". */
const NAME_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...NAME_TO_ID.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}])`,
  'gu',
);

export const PERSON_RANK = 1;

export function tagPersons(text: string, spans: SpanSet): void {
  for (const match of text.matchAll(NAME_PATTERN)) {
    const start = match.index;
    const end = start + match[0].length;
    const context = text.slice(Math.max(0, start - 10), end + 14);
    const local = text.slice(start, end + 14);
    if (NOT_MENTIONS.some((pattern) => pattern.test(local) || (pattern.source.startsWith('(?<=') && pattern.test(context)))) continue;
    const id = NAME_TO_ID.get(match[0])!;
    spans.add({ start, end, open: `<persName ref="per:${escapeAttribute(id)}">`, close: '</persName>', rank: PERSON_RANK });
  }
}

export function personIdOf(name: string): string | undefined {
  return NAME_TO_ID.get(name);
}

/**
 * TEI's `prefixDef/@matchPattern` is an XML Schema regular expression: it matches the whole value
 * (no `^`/`$` anchors; both are ordinary characters), `.` stops at line ends, `\d` and `\w` are
 * Unicode classes. It is translated into RE2 syntax and run by a linear-time engine, so a document
 * cannot make the checker backtrack for ever. What cannot be translated faithfully (character class
 * subtraction, Unicode block names) is refused with a reason, never guessed at.
 */
import { compileLinear, type LinearPattern } from '../adapters/re2.js';

/** Longer patterns are refused: no real prefixDef comes near this. */
export const MAX_PATTERN_LENGTH = 1000;

export type CompiledPattern = { pattern: LinearPattern } | { problem: string };

const OUTSIDE_CLASS: Record<string, string> = {
  d: '\\p{Nd}',
  D: '\\P{Nd}',
  s: '[ \\t\\n\\r]',
  S: '[^ \\t\\n\\r]',
  w: '[^\\p{P}\\p{Z}\\p{C}]',
  W: '[\\p{P}\\p{Z}\\p{C}]',
  i: '[\\p{L}_:]',
  I: '[^\\p{L}_:]',
  c: '[\\p{L}\\p{Nd}\\p{Mn}\\p{Mc}._:\\-\\x{B7}]',
  C: '[^\\p{L}\\p{Nd}\\p{Mn}\\p{Mc}._:\\-\\x{B7}]',
};

const INSIDE_CLASS: Record<string, string> = {
  d: '\\p{Nd}',
  D: '\\P{Nd}',
  s: ' \\t\\n\\r',
  i: '\\p{L}_:',
  c: '\\p{L}\\p{Nd}\\p{Mn}\\p{Mc}._:\\-\\x{B7}',
};

/** Single-character escapes of XSD, the same in RE2. */
const SAME_ESCAPES = new Set(['n', 'r', 't', '\\', '|', '.', '?', '*', '+', '(', ')', '{', '}', '-', '[', ']', '^', '$']);

export function compileXsdPattern(pattern: string): CompiledPattern {
  if (pattern.length > MAX_PATTERN_LENGTH) return { problem: `the pattern is longer than ${MAX_PATTERN_LENGTH} characters` };
  const translated = translate(pattern);
  if ('problem' in translated) return translated;
  try {
    return { pattern: compileLinear(translated.source) };
  } catch (error) {
    return { problem: `it is not a valid regular expression (${(error as Error).message})` };
  }
}

function translate(pattern: string): { source: string } | { problem: string } {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) return { problem: 'it ends in a lone backslash' };
      i++;
      if (next === 'p' || next === 'P') {
        const close = pattern.indexOf('}', i);
        const name = pattern.slice(i + 2, close);
        if (pattern[i + 1] !== '{' || close < 0) return { problem: `\\${next} needs a {category}` };
        if (name.startsWith('Is')) return { problem: `Unicode block names (\\${next}{${name}}) are not supported; use a character range` };
        out += `\\${next}{${name}}`;
        i = close;
        continue;
      }
      const classes = inClass ? INSIDE_CLASS : OUTSIDE_CLASS;
      if (next in classes) out += classes[next];
      else if (SAME_ESCAPES.has(next)) out += `\\${next}`;
      else if (next in OUTSIDE_CLASS) return { problem: `\\${next} inside a character class is not supported` };
      else return { problem: `\\${next} is not an escape of XML Schema regular expressions` };
      continue;
    }
    if (inClass) {
      if (char === '[') return { problem: 'character class subtraction ([a-z-[aeiou]]) and nested classes are not supported' };
      if (char === ']') inClass = false;
      out += char;
      continue;
    }
    if (char === '[') {
      inClass = true;
      out += char;
      if (pattern[i + 1] === '^') out += pattern[++i];
      if (pattern[i + 1] === ']') return { problem: 'an empty character class' };
      continue;
    }
    if (char === '^' || char === '$') out += `\\${char}`;
    else if (char === '.') out += '[^\\n\\r]';
    else out += char;
  }
  if (inClass) return { problem: 'a character class is not closed' };
  return { source: out };
}

/**
 * `replacementPattern` as XPath's fn:replace reads it: `$1`…`$9` insert a group (an unmatched
 * group inserts nothing), `\$` and `\\` are the characters themselves.
 */
export function applyReplacement(replacement: string, groups: readonly (string | undefined)[]): string {
  return replacement.replace(/\\([$\\])|\$(\d)/g, (_all, escaped: string | undefined, digit: string | undefined) =>
    escaped ?? groups[Number(digit)] ?? '',
  );
}

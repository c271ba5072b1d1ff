/**
 * Stable identifiers for the citable parts of a TEI text: every paragraph, heading, note, page break
 * and other block inside <text> gets an xml:id once; after that the file keeps it. The pass is
 * idempotent (a second run changes nothing) and deterministic (new ids depend only on the file):
 * existing ids are never changed, and a new id takes the next number after the highest one its
 * kind already uses, so inserting a paragraph later never renumbers the others.
 *
 * The file is edited as text, not re-serialised: only ` xml:id="…"` is inserted after the element
 * name, so formatting, comments and entity spelling stay exactly as the editors left them.
 */

/** Elements that get an id, and the letters of their ids (`<doc>-para12`, `<doc>-n3`, `<doc>-p74`). */
export const ID_KINDS: Record<string, string> = {
  p: 'para',
  head: 'h',
  note: 'n',
  pb: 'p',
  ab: 'ab',
  item: 'item',
  l: 'l',
  salute: 'salute',
  signed: 'signed',
  dateline: 'dateline',
  byline: 'byline',
  trailer: 'trailer',
  cell: 'cell',
};

export interface IdPassResult {
  xml: string;
  /** How many ids were added. */
  added: number;
}

export class IdPassError extends Error {}

const NAME = '[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?';
const START_TAG = new RegExp(`<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`, 'y');
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');

interface StartTag {
  name: string;
  attributes: Map<string, string>;
  /** Offset just after the element name, where an attribute can be inserted. */
  insertAt: number;
}

/** Every start tag of the document, in order, skipping comments, CDATA, PIs and the doctype. */
function* startTags(xml: string): Generator<StartTag> {
  let index = xml.indexOf('<');
  while (index >= 0) {
    if (xml.startsWith('<!--', index)) index = endOf(xml, '-->', index);
    else if (xml.startsWith('<![CDATA[', index)) index = endOf(xml, ']]>', index);
    else if (xml.startsWith('<?', index)) index = endOf(xml, '?>', index);
    else if (xml.startsWith('<!', index)) index = endOf(xml, '>', index);
    else if (xml.startsWith('</', index)) index = endOf(xml, '>', index);
    else {
      START_TAG.lastIndex = index;
      const match = START_TAG.exec(xml);
      if (!match) throw new IdPassError(`malformed start tag at offset ${index}`);
      const attributes = new Map<string, string>();
      for (const attribute of match[2].matchAll(ATTRIBUTE)) attributes.set(attribute[1], attribute[2] ?? attribute[3]);
      yield { name: match[1], attributes, insertAt: index + 1 + match[1].length };
      index = START_TAG.lastIndex;
    }
    index = xml.indexOf('<', index);
  }
}

function endOf(xml: string, terminator: string, from: number): number {
  const end = xml.indexOf(terminator, from);
  if (end < 0) throw new IdPassError(`unterminated markup at offset ${from}`);
  return end + terminator.length;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Adds the missing ids of one TEI document. */
export function assignIds(xml: string): IdPassResult {
  const tags = [...startTags(xml)];
  const root = tags[0];
  const documentId = root?.attributes.get('xml:id');
  if (!root || root.name !== 'TEI' || !documentId) throw new IdPassError('the root is not a TEI element with an xml:id');

  const taken = new Set(tags.map((tag) => tag.attributes.get('xml:id')).filter((id): id is string => Boolean(id)));
  // The next free number per kind: one more than the highest that kind already uses.
  const next = new Map<string, number>();
  for (const letters of [...Object.values(ID_KINDS), 'pb']) {
    const pattern = new RegExp(`^${escapeRegExp(documentId)}-${letters}(\\d+)$`);
    let highest = 0;
    for (const id of taken) highest = Math.max(highest, Number(pattern.exec(id)?.[1] ?? 0));
    next.set(letters, highest + 1);
  }
  const newId = (letters: string): string => {
    let id: string;
    do {
      const number = next.get(letters) as number;
      next.set(letters, number + 1);
      id = `${documentId}-${letters}${number}`;
    } while (taken.has(id));
    return id;
  };

  const insertions: Array<{ at: number; id: string }> = [];
  let inText = false;
  for (const tag of tags) {
    // Only the text: the header's paragraphs and notes are not cited.
    if (!inText) {
      inText = tag.name === 'text';
      continue;
    }
    const letters = ID_KINDS[tag.name];
    if (!letters || tag.attributes.has('xml:id')) continue;
    let id: string | undefined;
    const page = tag.attributes.get('n');
    // A page break is named after its printed page where that is free: <doc>-p74.
    if (tag.name === 'pb' && page && /^[0-9A-Za-z]+$/.test(page) && !taken.has(`${documentId}-p${page}`)) {
      id = `${documentId}-p${page}`;
    }
    id ??= tag.name === 'pb' ? newId('pb') : newId(letters);
    taken.add(id);
    insertions.push({ at: tag.insertAt, id });
  }

  let result = xml;
  for (const { at, id } of insertions.reverse()) result = `${result.slice(0, at)} xml:id="${id}"${result.slice(at)}`;
  return { xml: result, added: insertions.length };
}

/**
 * Who wrote a letter to whom, where and when: from the header's correspDesc where the project has
 * one, otherwise from the edition's own markup of letters (a text classed "letter": its author is the
 * sender, the persons named in the letter's heading "To …" are the addressees, its creation date is
 * the date of sending, a placeName in the dateline the place).
 */
import { attr, childElements, descendants, textContent, type XmlDocument, type XmlElement } from '../xml/model.js';
import type { Agent, TextFacts } from './corpus-facts.js';
import { dateValue, normalize, type DateValue } from './tei-values.js';

export interface CorrespAction {
  agents: Agent[];
  places: Agent[];
  date?: DateValue;
}

export interface LetterFacts {
  sent: CorrespAction;
  received?: CorrespAction;
  /** Where the facts come from. */
  from: 'correspDesc' | 'markup';
}

type AgentOf = (document: XmlDocument, element: XmlElement) => Agent;

const NAMES = new Set(['persName', 'orgName', 'name']);

export function letterFacts(document: XmlDocument, text: Omit<TextFacts, 'letter'>, agent: AgentOf): LetterFacts | undefined {
  const header = childElements(document.root, 'teiHeader')[0];
  const profile = header && childElements(header, 'profileDesc')[0];
  const corresp = profile && childElements(profile, 'correspDesc')[0];
  if (corresp) return fromCorrespDesc(document, corresp, agent);
  if (!isLetter(document, profile)) return undefined;
  return fromMarkup(document, text, agent);
}

function fromCorrespDesc(document: XmlDocument, corresp: XmlElement, agent: AgentOf): LetterFacts | undefined {
  const sent: CorrespAction = { agents: [], places: [] };
  const received: CorrespAction = { agents: [], places: [] };
  for (const action of childElements(corresp, 'correspAction')) {
    const type = attr(action, 'type');
    const target = type === 'received' ? received : type === 'sent' ? sent : undefined;
    if (!target) continue;
    for (const child of childElements(action)) {
      // Some projects mark sender and addressee by persName/@type inside one correspAction.
      const role = attr(child, 'type');
      const into = role === 'addressee' ? received : role === 'sender' ? sent : target;
      if (NAMES.has(child.name)) into.agents.push(agent(document, child));
      else if (child.name === 'placeName') into.places.push(agent(document, child));
      else if (child.name === 'date' && !into.date) into.date = dateValue(child);
    }
  }
  if (sent.agents.length === 0 && received.agents.length === 0) return undefined;
  return { sent, received: received.agents.length || received.places.length || received.date ? received : undefined, from: 'correspDesc' };
}

function isLetter(document: XmlDocument, profile: XmlElement | undefined): boolean {
  if (/^(letter|brief|lettre)$/i.test(attr(document.root, 'type') ?? '')) return true;
  return profile !== undefined && descendants(profile, 'term').some((term) => /^letter$/i.test(normalize(textContent(term))));
}

function fromMarkup(document: XmlDocument, text: Omit<TextFacts, 'letter'>, agent: AgentOf): LetterFacts {
  const body = descendants(document.root, 'body')[0];
  const letterDiv = body && descendants(body, 'div').find((div) => attr(div, 'type') === 'letter');
  const container = letterDiv ?? body;
  const head = container && childElements(container, 'head')[0];
  const received: CorrespAction = { agents: [], places: [] };
  if (head) {
    const heading = normalize(textContent(head));
    if (/^(a\s+)?(letter\s+)?to\b/i.test(heading)) {
      received.agents = descendants(head).filter((element) => NAMES.has(element.name)).map((element) => agent(document, element));
      if (received.agents.length === 0) {
        // "Letter to the congress": the addressee is named in words only.
        const named = heading.replace(/^(a\s+)?(letter\s+)?to\s+/i, '').replace(/\s*\(.*\)\s*$/, '').trim();
        if (named) received.agents.push({ name: named, kind: 'org' });
      }
    }
  }
  const dateline = container ? descendants(container, 'dateline') : [];
  const places = dateline.flatMap((line) => descendants(line, 'placeName')).slice(0, 1).map((place) => agent(document, place));
  return {
    sent: { agents: text.authors, places, date: text.date },
    received: received.agents.length ? received : undefined,
    from: 'markup',
  };
}

import { attribute, childElements, descendants, elementsNamed, type XmlElement } from '../../../xml/model.js';
import { isoDates } from '../../dates/date-attributes.js';
import { earliestDay, latestDay, type CalendarDate } from '../../dates/iso-date.js';
import type { Rule } from '../../rule.js';

export const dateLife: Rule = {
  id: 'date-life',
  meta: {
    description: "A text is not dated after its author's death, and no person dies before being born.",
    severity: 'error',
    profile: 'edition',
    docs: 'src/lint/rules/date-life/README.md',
  },
  messages: {
    afterDeath: 'The text is dated {date}, after the death of its author {author} ({death})',
    deathBeforeBirth: '{id} dies ({death}) before being born ({birth})',
  },
  check({ document, index, report }) {
    // persons of this document
    for (const person of elementsNamed(document, 'person')) {
      const birth = lifeDate(person, 'birth', 'earliest');
      const death = lifeDate(person, 'death', 'latest');
      if (birth && death && latestDay(death.date) < earliestDay(birth.date)) {
        report({ at: death.element, messageId: 'deathBeforeBirth', data: { id: attribute(person, 'xml:id')?.value ?? 'person', death: death.value, birth: birth.value } });
      }
    }
    // the text's date against its authors' deaths
    const creationDate = elementsNamed(document, 'creation').flatMap((creation) => descendants(creation, 'date'))[0];
    if (!creationDate) return;
    const dates = isoDates(creationDate);
    const textStart = dates.when ?? dates.from ?? dates.notBefore;
    if (!textStart) return;
    const titleStatements = elementsNamed(document, 'titleStmt');
    for (const author of titleStatements.flatMap((statement) => childElements(statement, 'author'))) {
      for (const value of (attribute(author, 'ref')?.value ?? '').split(/\s+/).filter(Boolean)) {
        const resolved = index.resolve(document, value);
        if (resolved.kind !== 'element' || resolved.element.name !== 'person') continue;
        const death = lifeDate(resolved.element, 'death', 'latest');
        if (death && earliestDay(textStart.date) > latestDay(death.date)) {
          report({ at: textStart.attribute, messageId: 'afterDeath', data: { date: textStart.attribute.value, author: value, death: death.value } });
        }
      }
    }
  },
};

/** The birth or death date of a person, at the bound that is safest for the comparison. */
function lifeDate(person: XmlElement, event: 'birth' | 'death', bound: 'earliest' | 'latest'): { date: CalendarDate; value: string; element: XmlElement } | undefined {
  const element = childElements(person, event)[0];
  if (!element) return undefined;
  const dates = isoDates(element);
  const chosen = dates.when ?? (bound === 'earliest' ? dates.notBefore ?? dates.from : dates.notAfter ?? dates.to);
  return chosen ? { date: chosen.date, value: chosen.attribute.value, element } : undefined;
}

import { attribute } from '../../../xml/model.js';
import type { Rule } from '../../rule.js';

export const personReferenced: Rule = {
  id: 'person-referenced',
  meta: {
    description: 'A person in a personography that no pointer in the checked documents refers to.',
    severity: 'warning',
    profile: 'edition',
    docs: 'src/lint/rules/person-referenced/README.md',
    wholeCorpus: 'always',
  },
  messages: {
    unreferenced: 'Person "{id}" is never referenced in the checked documents',
  },
  check({ document, index, report }) {
    // Only meaningful when texts are checked together with their personography: a personography
    // checked alone (nothing refers to anybody) would flag every entry.
    if (!index.persons().some((person) => index.referenceCount(person.element) > 0)) return;
    for (const person of index.persons()) {
      if (person.document !== document || person.element.name !== 'person') continue;
      if (index.referenceCount(person.element) === 0) {
        report({
          at: attribute(person.element, 'xml:id') ?? person.element,
          messageId: 'unreferenced',
          data: { id: person.id },
          hint: 'Tag the mentions with persName/@ref, or remove the entry.',
        });
      }
    }
  },
};

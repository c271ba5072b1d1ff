import { allElements, xmlId } from '../../../xml/model.js';
import type { Rule } from '../../rule.js';

export const xmlIdUnique: Rule = {
  id: 'xml-id-unique',
  meta: {
    description: 'Every xml:id is unique within its document (under the edition profile: across all checked documents).',
    severity: 'error',
    profile: 'tei',
    docs: 'src/lint/rules/xml-id-unique/README.md',
    wholeCorpus: 'edition',
  },
  messages: {
    duplicate: 'xml:id="{id}" is already used at {first}',
  },
  check({ document, index, profile, report }) {
    // XML requires uniqueness within a document; one id space for the whole corpus is house policy
    const owners = profile === 'edition' ? index.idOwners() : index.idOwners(document);
    for (const element of allElements(document)) {
      const id = xmlId(element);
      if (id === undefined) continue;
      const all = owners.get(id) ?? [];
      const first = all[0];
      if (!first || first.element === element) continue;
      const mine = all.find((owner) => owner.element === element);
      if (!mine) continue;
      report({
        at: mine.attribute,
        messageId: 'duplicate',
        data: { id, first: `${first.document.file}:${first.attribute.line}:${first.attribute.column}` },
      });
    }
  },
};

import { allElements, xmlId } from '../../../xml/model.js';
import type { Rule } from '../../rule.js';

export const xmlIdUnique: Rule = {
  id: 'xml-id-unique',
  meta: {
    description: 'Every xml:id is unique across all checked documents.',
    severity: 'error',
    docs: 'src/lint/rules/xml-id-unique/README.md',
  },
  messages: {
    duplicate: 'xml:id="{id}" is already used at {first}',
  },
  check({ document, index, report }) {
    const owners = index.idOwners();
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

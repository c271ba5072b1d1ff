/**
 * Adds the persons this volume names to tei/persons.xml: new persons as `person` entries, and the
 * printed forms as variants of persons already there. Run under the `persons` lock:
 * `node lib/import/stalin-works-6/personography.js tei/persons.xml`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PERSONS, type PersonEntry } from './persons.js';
import { escapeXml } from './xml.js';

function personXml(person: PersonEntry): string {
  const source = person.fromVolume ? 'src:stalin-works-6' : 'src:reference-works';
  const variants = person.forms.map((form) => `\n        <persName type="variant">${escapeXml(form)}</persName>`).join('');
  const life = (person.birth ? `\n        <birth when="${person.birth}"/>` : '') + (person.death ? `\n        <death when="${person.death}"/>` : '');
  const description = person.description
    ? `\n        <note type="description" resp="per:edition">${escapeXml(person.description)}</note>`
    : '';
  return `      <person xml:id="${person.id}" source="${source}">
        <persName type="reg">${escapeXml(person.reg ?? person.forms[0])}</persName>${variants}${life}${description}
      </person>\n`;
}

export function addPersons(xml: string): { xml: string; added: string[]; variants: number } {
  const added: string[] = [];
  let variants = 0;
  let result = xml;
  for (const person of PERSONS) {
    const start = result.indexOf(`<person xml:id="${person.id}"`);
    if (start < 0) {
      result = result.replace('    </listPerson>', `${personXml(person)}    </listPerson>`);
      added.push(person.id);
      continue;
    }
    const end = result.indexOf('</person>', start);
    const entry = result.slice(start, end);
    const missing = person.forms.filter((form) => !entry.includes(`>${escapeXml(form)}</persName>`));
    if (!missing.length) continue;
    // New variants go after the last persName of the entry.
    const lastName = entry.lastIndexOf('</persName>') + '</persName>'.length;
    const insertion = missing.map((form) => `\n        <persName type="variant">${escapeXml(form)}</persName>`).join('');
    result = result.slice(0, start + lastName) + insertion + result.slice(start + lastName);
    variants += missing.length;
  }
  return { xml: result, added, variants };
}

if (process.argv[1]?.endsWith('personography.js') && process.argv[2]) {
  const path = process.argv[2];
  const { xml, added, variants } = addPersons(readFileSync(path, 'utf8'));
  writeFileSync(path, xml);
  console.log(`added ${added.length} persons, ${variants} variants`);
}

/** Assembles the TEI document of one work: header, then the body arranged from its blocks. */
import { arrangeBody, type Renderer } from './arrange.js';
import type { Block } from './blocks.js';
import { renderHeader } from './header.js';
import type { Work } from './works.js';

/** One block element per line, so that curators and diagnostics see short lines (whitespace between blocks is insignificant). */
function breakBetweenBlocks(xml: string): string {
  return xml.replace(/(<\/(?:p|head|byline|opener|closer|postscript|div|quote|list)>|<pb n="\d+"\/>)(?=<(?:p|head|byline|opener|closer|postscript|div|pb|dateline|note|quote|list)[ >\/])/g, '$1\n');
}

const XML_MODEL =
  '<?xml-model href="../../../schemas/tei-edition.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>';

export function renderDocument(work: Work, blocks: Block[], renderer: Renderer, firstLine: number, lastLine: number, extraAfterHeads = ''): string {
  const corresp = work.corresp ? ` corresp="${work.corresp}"` : '';
  const arranged = arrangeBody(work, blocks, renderer, extraAfterHeads);
  const body = breakBetweenBlocks(arranged.body);
  const back = arranged.back;
  // the source line printed under a document: in <back>, since nothing but notes may follow a closer
  const backXml = back ? `<back>\n<div type="appendix">${back}</div>\n</back>\n` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
${XML_MODEL}
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="${work.id}" xml:lang="en">
${renderHeader(work, firstLine, lastLine)}
<text${corresp}>
<body>
<div type="${work.type}">
${body}
</div>
</body>
${backXml}</text>
</TEI>
`;
}

/**
 * The *source reading* of a TEI document: the text as the source prints it. Corrections,
 * regularisations, expansions, supplied text and this edition's own notes are left out; every
 * other note is taken out of the running text into a block of its own (notes may have moved from
 * where the source prints them), and its printed number stays at its anchor.
 */
import { streamXml } from '../xml/stream.js';
import { normalizeText } from './normalize.js';

export interface NoteBlock {
  /** Normalised text: the note's number (if any) followed by its content. */
  text: string;
  /** Length of the normalised number at the start of `text`. */
  numberLength: number;
}

export interface SourceReading {
  /** Normalised running text. */
  main: string;
  blocks: NoteBlock[];
}

/** Inside `choice`, these children are the edition's readings, not the source's. */
const EDITORIAL_CHOICE_CHILDREN = new Set(['corr', 'reg', 'expan']);

export function extractSourceReading(xml: string): SourceReading {
  const blocks: NoteBlock[] = [];
  /** Text being collected: the running text at the bottom, open notes above it. */
  const streams: { parts: string[]; number: string }[] = [{ parts: [], number: '' }];
  /** Per open element: what closing it has to undo. */
  const openElements: { name: string; skips: boolean; opensNote: boolean }[] = [];
  let skipDepth = 0;

  streamXml(xml, {
    openElement(name, attributes) {
      const parent = openElements[openElements.length - 1]?.name;
      const skips =
        skipDepth > 0 ||
        name === 'teiHeader' ||
        name === 'supplied' ||
        (name === 'note' && attributes.type === 'edition') ||
        (parent === 'choice' && EDITORIAL_CHOICE_CHILDREN.has(name));
      const opensNote = !skips && name === 'note';
      if (skips) skipDepth++;
      if (opensNote) {
        const number = normalizeText(attributes.n ?? '');
        streams[streams.length - 1].parts.push(number);
        streams.push({ parts: [number], number });
      }
      openElements.push({ name, skips, opensNote });
    },
    closeElement() {
      const element = openElements.pop();
      if (!element) return;
      if (element.skips) skipDepth--;
      if (element.opensNote) {
        const note = streams.pop()!;
        blocks.push({ text: note.parts.join(''), numberLength: note.number.length });
      }
    },
    text(content) {
      if (skipDepth === 0) streams[streams.length - 1].parts.push(normalizeText(content));
    },
  });
  return { main: streams[0].parts.join(''), blocks };
}

/** The readings of several documents of one source, in the order the source prints them. */
export function concatenateReadings(readings: SourceReading[]): SourceReading {
  return {
    main: readings.map((reading) => reading.main).join(''),
    blocks: readings.flatMap((reading) => reading.blocks),
  };
}

/**
 * Limits that keep one document from hanging or exhausting the run. Past a limit the document gets
 * one finding and is left out of the later stages; every other file is still checked.
 */

/**
 * Deepest element nesting accepted. libxml2 (the schema validator) stops at 256 without its
 * "huge" option, so a deeper document could not be validated anyway; real TEI rarely nests past 40.
 */
export const MAX_ELEMENT_DEPTH = 256;

/**
 * Largest file read, in bytes (64 MiB). Parsing and validation take time linear in the size (about
 * a second per MB on two cores, see `npm run bench`); memory is about 40 times the file size.
 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Most attributes on one element; TEI elements carry a handful, and each costs time to position. */
export const MAX_ATTRIBUTES = 1000;

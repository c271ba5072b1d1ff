/**
 * The kinds of error the tool itself can meet (as opposed to findings in documents), each with the
 * message a user sees and a hint for what to do. Exit code 2 for all of them.
 */
export const TOOL_ERRORS = {
  'config-missing': { hint: 'Check the path given to --config, or run without it to use the defaults.' },
  'config-invalid': { hint: 'Fix edition.config.json; the README ("On another TEI project") lists its fields.' },
  'schema-missing': { hint: 'Set "schema" in edition.config.json to an existing RELAX NG file.' },
  'schema-invalid': { hint: 'The RELAX NG schema itself does not compile; validate it with jing.' },
  'validator-failed': { hint: 'The schema validator stopped unexpectedly; rerun with TEI_EDITION_DEBUG=1 and report it.' },
  'usage': { hint: 'Run `tei-edition --help` for the commands and options.' },
  'internal': { hint: 'This is a bug in tei-edition; set TEI_EDITION_DEBUG=1 for details and report it with the command you ran.' },
} as const satisfies Record<string, { hint: string }>;

export type ToolErrorKind = keyof typeof TOOL_ERRORS;

/**
 * The kinds of error the tool itself can meet (as opposed to findings in documents), each with the
 * message a user sees and a hint for what to do. Exit code 2 for all of them.
 */
export const TOOL_ERRORS = {
  'config-missing': { hint: 'Check the path given to --config, or run without it to use the defaults.' },
  'config-invalid': { hint: 'Fix edition.config.json; see the README section "Configuration".' },
  'no-input': { hint: 'Name TEI files or folders, or set "corpus" in edition.config.json.' },
  'input-missing': { hint: 'Check the path; it is relative to the working directory.' },
  'schema-missing': { hint: 'Set "schema" in edition.config.json to an existing RELAX NG file.' },
  'schema-invalid': { hint: 'The RELAX NG schema itself does not compile; validate it with jing.' },
  'validator-failed': { hint: 'The schema validator stopped unexpectedly; rerun with --verbose and report it.' },
  'usage': { hint: 'Run `tei-edition --help` for the commands and options.' },
  'build-failed': { hint: 'The previous output was left untouched; fix the findings above and build again.' },
  'internal': { hint: 'This is a bug in tei-edition; please report it with the command you ran.' },
} as const satisfies Record<string, { hint: string }>;

export type ToolErrorKind = keyof typeof TOOL_ERRORS;

/**
 * The kinds of error the tool itself can meet (as opposed to findings in documents), each with the
 * message a user sees and a hint for what to do. Exit code 2 for all of them.
 */
export const TOOL_ERRORS = {
  'config-missing': { hint: 'Check the path given to --config, or run without it to use the defaults.' },
  'config-invalid': { hint: 'Fix edition.config.json; the README ("On another TEI project") lists its fields.' },
  'output-unsafe': {
    hint: 'Choose an output folder of its own, such as dist/, outside the corpus, the schemas and every input; the README ("The output folder") gives the rules.',
  },
  'output-outside': {
    hint: 'Pass --allow-outside-output (or set "allowOutsideOutput": true in edition.config.json) to write outside the project on purpose.',
  },
  'output-not-ours': {
    hint: 'tei-edition only replaces a folder it made itself (it holds a .tei-edition-output marker) or an empty one: choose another output folder, or empty this one yourself.',
  },
  'schema-missing': { hint: 'Set "schema" in edition.config.json to an existing RELAX NG file.' },
  'schema-invalid': { hint: 'The RELAX NG schema itself does not compile; validate it with jing.' },
  'validator-failed': { hint: 'The schema validator stopped unexpectedly; rerun with TEI_EDITION_DEBUG=1 and report it.' },
  'disk-full': { hint: 'Free some space on the disk that holds the output folder (or choose another with -o), then build again.' },
  'file-busy': { hint: 'Another program holds the file or folder open (an editor, a file browser, a server): close it, or choose another output folder.' },
  'permission-denied': { hint: 'Check the permissions of the folder named, or choose another output folder with -o.' },
  'port-in-use': { hint: 'Another program already listens on that port: stop it, or choose another port with -p.' },
  'io-failed': { hint: 'The operating system refused a file operation; the message names it. Check the path and try again.' },
  'out-of-memory': {
    hint: 'A build keeps every document parsed for its exports, and these do not fit in Node\'s heap. Give Node more (node --max-old-space-size=8192 node_modules/.bin/tei-edition build), or check without building: `tei-edition check` holds one document at a time.',
  },
  'interrupted': { hint: 'The run was stopped by a signal; the previous output was left as it was.' },
  'usage': { hint: 'Run `tei-edition --help` for the commands and options.' },
  'internal': { hint: 'This is a bug in tei-edition; set TEI_EDITION_DEBUG=1 for details and report it with the command you ran.' },
} as const satisfies Record<string, { hint: string }>;

export type ToolErrorKind = keyof typeof TOOL_ERRORS;

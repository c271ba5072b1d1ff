import { TOOL_ERRORS, type ToolErrorKind } from './catalogue.js';

/** An error of the tool itself (exit 2), carrying its kind from the catalogue and a hint. */
export class ToolError extends Error {
  readonly kind: ToolErrorKind;
  readonly hint: string;

  constructor(kind: ToolErrorKind, message: string, hint?: string) {
    super(message);
    this.name = 'ToolError';
    this.kind = kind;
    this.hint = hint ?? TOOL_ERRORS[kind].hint;
  }
}

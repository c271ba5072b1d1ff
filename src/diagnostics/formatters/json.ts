import { summarize, type Formatter } from '../format-context.js';

/** Machine output: every diagnostic as it is, plus counts. Stable field names. */
export const json: Formatter = (diagnostics, context) =>
  JSON.stringify(
    {
      tool: { name: context.toolName, version: context.toolVersion },
      summary: { files: context.files.length, ...summarize(diagnostics) },
      diagnostics,
    },
    null,
    2,
  ) + '\n';

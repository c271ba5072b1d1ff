import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { EditionConfig } from '../config/config.js';
import { ToolError } from '../errors/tool-error.js';

/**
 * Refuses an output folder that a build could destroy something in: the swap replaces the whole
 * folder, so it must never be (or hold, or sit inside) the project, the corpus, the schemas or an
 * input. Outside the project it is allowed only when asked for. Paths are compared after
 * resolving symbolic links, so a link cannot smuggle the corpus in.
 */
export function assertSafeOutput(config: EditionConfig, inputs: string[] = []): void {
  const output = realPath(config.output);
  const root = realPath(config.root);
  const protectedPaths: { label: string; at: string; insideAllowed: boolean }[] = [
    { label: 'the project folder', at: root, insideAllowed: true },
    { label: 'the corpus', at: realPath(config.corpus), insideAllowed: realPath(config.corpus) === root },
    { label: 'the schema folder', at: realPath(path.dirname(config.schema)), insideAllowed: false },
    ...(config.configFile ? [{ label: 'the configuration file', at: realPath(config.configFile), insideAllowed: false }] : []),
    ...inputs.map((input) => ({ label: `the input ${input}`, at: realPath(path.resolve(input)), insideAllowed: realPath(path.resolve(input)) === root })),
  ];
  const shown = path.relative(process.cwd(), config.output) || '.';
  for (const { label, at, insideAllowed } of protectedPaths) {
    const problem =
      output === at ? 'is' : isInside(at, output) ? 'contains' : !insideAllowed && isInside(output, at) ? 'is inside' : undefined;
    if (problem) {
      throw new ToolError(
        'output-unsafe',
        `The output folder ${shown} ${problem} ${label} (${at}); a build replaces the whole output folder, so it refuses to write there`,
      );
    }
  }
  if (!isInside(output, root) && !config.allowOutsideOutput) {
    throw new ToolError('output-outside', `The output folder ${config.output} is outside the project folder ${root}`);
  }
}

/** `child` lies strictly below `parent`. */
export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/** The real path of `target`, or of its nearest existing ancestor with the rest appended. */
function realPath(target: string): string {
  const absolute = path.resolve(target);
  let existing = absolute;
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  try {
    return path.join(realpathSync(existing), path.relative(existing, absolute));
  } catch {
    return absolute;
  }
}

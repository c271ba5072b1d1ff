import type { Formatter } from '../format-context.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

/** Every output format, by the name `--format` takes. */
export const formatters = { stylish, json, github, sarif, junit } as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formatters, name);
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import pc from 'picocolors';
import { loadConfig, type EditionConfig } from '../config/config.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { DEFAULT_MAX_REPEATS } from '../diagnostics/collapse-repeats.js';
import { isFormatName, type FormatName } from '../diagnostics/formatters/index.js';
import { TOOL_ERRORS } from '../errors/catalogue.js';
import { toolErrorFromSystem } from '../errors/system-error.js';
import { ToolError } from '../errors/tool-error.js';
import { runBuild } from '../pipeline/build.js';
import { runCheck, type CheckOutcome } from '../pipeline/check.js';
import type { StageTiming } from '../pipeline/stage-timer.js';
import { serve } from '../serve/serve.js';
import { EXIT_TOOL_FAILURE, exitCodeFor } from './exit-code.js';
import { formatReport } from './report.js';

interface GlobalOptions {
  config?: string;
  format: string;
  maxWarnings: string;
  maxRepeats: string;
  quiet?: boolean;
  color: boolean;
  timing?: boolean;
}

const VERSION = readOwnVersion();

/** Runs the CLI and resolves to the exit code; never throws, never prints a stack trace. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('tei-edition')
    .description('Validate, lint and publish a TEI P5 edition')
    .version(VERSION)
    .option('-c, --config <file>', 'configuration file (default: ./edition.config.json if present)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['stylish', 'json', 'github', 'sarif', 'junit']).default('stylish'))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this (-1: no limit)', '-1')
    .option('-q, --quiet', 'report errors only')
    .option('--max-repeats <n>', 'list at most n identical findings per file, count the rest (0: list all)', String(DEFAULT_MAX_REPEATS))
    .option('--no-color', 'plain output')
    .option('--timing', 'print the time each stage took (stderr)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  const checkCommand = (name: string, description: string, stages: { validate: boolean; lint: boolean }) =>
    program
      .command(name)
      .description(description)
      .argument('[paths...]', 'TEI files or folders (default: the configured corpus)')
      .action(async (paths: string[]) => {
        const options = globals(program);
        const config = loadConfig(process.cwd(), options.config);
        const outcome = await runCheck({ config, inputs: paths, ...stages, log: progress });
        exitCode = report(outcome, options);
      });

  checkCommand('validate', 'check every document against the schema', { validate: true, lint: false });
  checkCommand('lint', 'check that persons, dates, notes and pointers resolve', { validate: false, lint: true });
  checkCommand('check', 'validate and lint', { validate: true, lint: true });

  program
    .command('build')
    .description('check, then transform the corpus into the static site')
    .option('-o, --out <folder>', 'output folder (default: "output" in the config, else dist)')
    .option('--allow-outside-output', 'allow an output folder outside the project folder')
    .option('--incremental', 'render only the pages whose inputs changed since the last build (state in .cache/site/)')
    .option('--allow-errors', 'build the site in spite of errors, with a banner listing them on every page')
    .action(async (commandOptions: OutputOptions & { incremental?: boolean; allowErrors?: boolean }) => {
      const options = globals(program);
      const config = withOutput(loadConfig(process.cwd(), options.config), commandOptions);
      const outcome = await runBuild(config, [], progress, {
        incremental: commandOptions.incremental === true,
        allowErrors: commandOptions.allowErrors === true,
      });
      exitCode = report(outcome, options);
      if (exitCode === 0 && !outcome.written) exitCode = 1;
      if (outcome.written) progress(`open ${path.join(path.relative(process.cwd(), config.output) || '.', 'index.html')}`);
    });

  program
    .command('serve')
    .description('build, serve the site on localhost and rebuild on change')
    .option('-p, --port <port>', 'port on 127.0.0.1', '8080')
    .option('-o, --out <folder>', 'output folder')
    .option('--allow-outside-output', 'allow an output folder outside the project folder')
    .action(async (commandOptions: OutputOptions & { port: string }) => {
      const options = globals(program);
      const config = withOutput(loadConfig(process.cwd(), options.config), commandOptions);
      const port = Number(commandOptions.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new ToolError('usage', `Not a port number: ${commandOptions.port}`);
      }
      await serve(config, port, (outcome) => {
        process.stdout.write(formatReport(outcome.diagnostics, outcome.files, reportOptions(options)));
      }, progress);
      exitCode = await new Promise<number>(() => {}); // runs until interrupted
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleFailure(error);
  }
}

function report(outcome: CheckOutcome, options: GlobalOptions): number {
  const all: Diagnostic[] = [...outcome.diagnostics, ...outcome.toolFailures];
  process.stdout.write(formatReport(all, outcome.files, reportOptions(options)));
  if (options.timing) printTimings(outcome.timings);
  const maxWarnings = Number(options.maxWarnings);
  return exitCodeFor(outcome.diagnostics, outcome.toolFailures, Number.isFinite(maxWarnings) ? maxWarnings : -1);
}

function reportOptions(options: GlobalOptions) {
  const format = options.format;
  if (!isFormatName(format)) throw new ToolError('usage', `Unknown format: ${format}`);
  return {
    format: format as FormatName,
    color: options.color && format === 'stylish' && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    quiet: Boolean(options.quiet),
    toolVersion: VERSION,
    maxRepeats: Number(options.maxRepeats),
  };
}

function globals(program: Command): GlobalOptions {
  const options = program.opts<GlobalOptions>();
  if (!/^-?\d+$/.test(options.maxWarnings)) throw new ToolError('usage', `--max-warnings takes a whole number, not "${options.maxWarnings}"`);
  if (!/^\d+$/.test(options.maxRepeats)) throw new ToolError('usage', `--max-repeats takes a whole number, not "${options.maxRepeats}"`);
  return options;
}

interface OutputOptions {
  out?: string;
  allowOutsideOutput?: boolean;
}

function withOutput(config: EditionConfig, { out, allowOutsideOutput }: OutputOptions): EditionConfig {
  return {
    ...config,
    output: out ? path.resolve(out) : config.output,
    allowOutsideOutput: config.allowOutsideOutput || Boolean(allowOutsideOutput),
  };
}

function progress(message: string): void {
  process.stderr.write(`${pc.dim(`tei-edition: ${message}`)}\n`);
}

function printTimings(timings: StageTiming[]): void {
  for (const timing of timings) {
    process.stderr.write(`${timing.stage.padEnd(22)} ${timing.milliseconds.toFixed(0).padStart(6)} ms\n`);
  }
}

function handleFailure(error: unknown): number {
  if (error instanceof CommanderError) {
    // --help and --version end here with exit code 0; usage errors were already printed.
    return error.exitCode === 0 ? 0 : EXIT_TOOL_FAILURE;
  }
  const systemError = toolErrorFromSystem(error);
  if (systemError) error = systemError;
  if (error instanceof ToolError) {
    process.stderr.write(`${pc.red('tei-edition:')} ${error.message}\n${pc.dim(`hint: ${error.hint}`)}\n`);
    return EXIT_TOOL_FAILURE;
  }
  process.stderr.write(`${pc.red('tei-edition: internal error:')} ${(error as Error)?.message ?? String(error)}\n`);
  if (process.env.TEI_EDITION_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
  else process.stderr.write(pc.dim(`hint: ${TOOL_ERRORS.internal.hint}\n`));
  return EXIT_TOOL_FAILURE;
}

function readOwnVersion(): string {
  const file = new URL('../../package.json', import.meta.url);
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

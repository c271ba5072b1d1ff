import { rmSync } from 'node:fs';

/**
 * Folders a build is filling right now. On SIGINT or SIGTERM (Ctrl-C, a CI job cancelled) they are
 * removed before the process ends, so an interrupted build leaves nothing behind.
 */
const pending = new Set<string>();
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

function removePending(): void {
  for (const folder of pending) rmSync(folder, { recursive: true, force: true });
  pending.clear();
}

function onSignal(signal: keyof typeof SIGNAL_EXIT_CODES): void {
  removePending();
  process.stderr.write(`tei-edition: stopped by ${signal}; the previous output was left as it was\n`);
  process.exit(SIGNAL_EXIT_CODES[signal]);
}

/** Registers `folder` for removal on a signal or exit; returns the function that unregisters it. */
export function removeOnInterrupt(folder: string): () => void {
  if (pending.size === 0) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    process.on('exit', removePending);
  }
  pending.add(folder);
  return () => {
    pending.delete(folder);
    if (pending.size === 0) {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.off('exit', removePending);
    }
  };
}

import { rmSync } from 'node:fs';

/**
 * Folders a build is filling right now. On SIGINT or SIGTERM (Ctrl-C, a CI job cancelled) they are
 * removed before the process ends, so an interrupted build leaves nothing behind.
 */
const pending = new Set<string>();
let guards = 0;
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

export interface InterruptGuard {
  /** Remove `folder` if the process is interrupted before `release`. */
  track(folder: string): void;
  release(): void;
}

/**
 * Installs the signal handlers; call it before creating the folder to track, so that no signal can
 * fall between the folder's creation and its registration.
 */
export function guardInterrupts(): InterruptGuard {
  if (guards++ === 0) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    process.on('exit', removePending);
  }
  const mine: string[] = [];
  return {
    track(folder) {
      mine.push(folder);
      pending.add(folder);
    },
    release() {
      for (const folder of mine) pending.delete(folder);
      if (--guards === 0) {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        process.off('exit', removePending);
      }
    },
  };
}

import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A larger young generation for the transform stage: Saxon-JS allocates many short-lived objects
 * per page, and with V8's default 16 MB semi-spaces they are copied and promoted again and again.
 * 32 MB cut a text page from about 42 to 33 ms on the Escher letters (larger gave no more).
 * V8 grows the young generation on demand, so raising its limit at start-up takes effect.
 */
export function tuneHeap(): void {
  if (!process.execArgv.some((flag) => flag.startsWith('--max-semi-space-size'))) {
    v8.setFlagsFromString('--max-semi-space-size=32');
  }
}

let fullCollection: (() => void) | undefined;
/** The heap in use just after the last full collection made here. */
let heldAfterLast = 0;

/**
 * A full garbage collection, between two large transformations on the build's own thread. Below
 * its heap limit V8 collects the old generation rarely, so what one page type left behind was still
 * held while the next ran, beside the worker threads' heaps (the Escher letters' build peaked at
 * 3.6 GB, 1 GB of it garbage). V8 offers the collector to scripts only behind a flag. With
 * `grownBy`, only when the heap grew by more than that since the last one: a heap that is large
 * because of what it keeps (serve's parsed documents) is not worth a pause of seconds after each
 * small rebuild.
 */
export function collectGarbage(grownBy?: number): void {
  if (grownBy !== undefined && v8.getHeapStatistics().used_heap_size - heldAfterLast < grownBy) return;
  if (!fullCollection) {
    v8.setFlagsFromString('--expose-gc');
    fullCollection = runInNewContext('gc') as () => void;
  }
  fullCollection();
  heldAfterLast = v8.getHeapStatistics().used_heap_size;
}

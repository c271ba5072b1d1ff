/** Wall time, throughput and peak memory of each pipeline stage, for `--timing` and `npm run bench`. */
export interface StageTiming {
  stage: string;
  milliseconds: number;
  bytes: number;
  /** Peak resident set size seen at the end of the stage, in bytes. */
  peakRss: number;
}

export class StageTimer {
  readonly timings: StageTiming[] = [];

  measure<T>(stage: string, work: () => T, bytes: (result: T) => number = () => 0): T {
    const start = performance.now();
    const result = work();
    this.record(stage, start, bytes(result));
    return result;
  }

  async measureAsync<T>(stage: string, work: () => Promise<T>, bytes: (result: T) => number = () => 0): Promise<T> {
    const start = performance.now();
    const result = await work();
    this.record(stage, start, bytes(result));
    return result;
  }

  private record(stage: string, start: number, bytes: number): void {
    this.timings.push({
      stage,
      milliseconds: performance.now() - start,
      bytes,
      // maxRSS is in kilobytes and is the process's peak so far.
      peakRss: process.resourceUsage().maxRSS * 1024,
    });
  }
}

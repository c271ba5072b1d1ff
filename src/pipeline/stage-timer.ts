/** Wall time, throughput and peak memory of each pipeline stage, for `--timing` and `npm run bench`. */
export interface StageTiming {
  stage: string;
  milliseconds: number;
  /** CPU time of the process during the stage (user + system), where measured. */
  cpuMilliseconds?: number;
  bytes: number;
  /** Peak resident set size seen at the end of the stage, in bytes. */
  peakRss: number;
}

export class StageTimer {
  readonly timings: StageTiming[] = [];

  measure<T>(stage: string, work: () => T, bytes: (result: T) => number = () => 0): T {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const result = work();
    this.record(stage, start, bytes(result), cpu);
    return result;
  }

  async measureAsync<T>(stage: string, work: () => Promise<T>, bytes: (result: T) => number = () => 0): Promise<T> {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const result = await work();
    this.record(stage, start, bytes(result), cpu);
    return result;
  }

  private record(stage: string, start: number, bytes: number, cpu: NodeJS.CpuUsage): void {
    const used = process.cpuUsage(cpu);
    this.timings.push({
      stage,
      milliseconds: performance.now() - start,
      cpuMilliseconds: (used.user + used.system) / 1000,
      bytes,
      // maxRSS is in kilobytes and is the process's peak so far.
      peakRss: process.resourceUsage().maxRSS * 1024,
    });
  }
}

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

interface Spent {
  milliseconds: number;
  cpuMilliseconds: number;
}

export class StageTimer {
  readonly timings: StageTiming[] = [];
  /** Time of `inner` work, by stage, not yet recorded; and all of it so far, to charge outer stages without it. */
  private readonly innerSpent = new Map<string, Spent>();
  private readonly innerTotal: Spent = { milliseconds: 0, cpuMilliseconds: 0 };

  measure<T>(stage: string, work: () => T, bytes: (result: T) => number = () => 0): T {
    const start = this.start();
    const result = work();
    this.record(stage, start, bytes(result));
    return result;
  }

  /**
   * `beside`: the work runs while other stages do theirs (validation in a child process while the
   * site is built): only its wall time is its own, this process's CPU meanwhile is theirs.
   */
  async measureAsync<T>(stage: string, work: () => Promise<T>, bytes: (result: T) => number = () => 0, beside = false): Promise<T> {
    const start = this.start();
    const result = await work();
    this.record(stage, start, bytes(result), beside);
    return result;
  }

  /**
   * Work of `stage` done inside another stage's measurement (lint runs inside parse when documents
   * are linted as they are parsed): the outer stage is charged without it, and `stage` gets it when
   * it is measured itself.
   */
  inner<T>(stage: string, work: () => T): T {
    const start = performance.now();
    const cpu = process.cpuUsage();
    try {
      return work();
    } finally {
      const used = process.cpuUsage(cpu);
      const spent = { milliseconds: performance.now() - start, cpuMilliseconds: (used.user + used.system) / 1000 };
      const before = this.innerSpent.get(stage) ?? { milliseconds: 0, cpuMilliseconds: 0 };
      this.innerSpent.set(stage, { milliseconds: before.milliseconds + spent.milliseconds, cpuMilliseconds: before.cpuMilliseconds + spent.cpuMilliseconds });
      this.innerTotal.milliseconds += spent.milliseconds;
      this.innerTotal.cpuMilliseconds += spent.cpuMilliseconds;
    }
  }

  private start(): { at: number; cpu: NodeJS.CpuUsage; inner: Spent } {
    return { at: performance.now(), cpu: process.cpuUsage(), inner: { ...this.innerTotal } };
  }

  private record(stage: string, start: ReturnType<StageTimer['start']>, bytes: number, wallOnly = false): void {
    const used = process.cpuUsage(start.cpu);
    const own = this.innerSpent.get(stage) ?? { milliseconds: 0, cpuMilliseconds: 0 };
    this.innerSpent.delete(stage);
    this.timings.push({
      stage,
      milliseconds: performance.now() - start.at - (this.innerTotal.milliseconds - start.inner.milliseconds) + own.milliseconds,
      cpuMilliseconds: wallOnly ? undefined : (used.user + used.system) / 1000 - (this.innerTotal.cpuMilliseconds - start.inner.cpuMilliseconds) + own.cpuMilliseconds,
      bytes,
      // maxRSS is in kilobytes and is the process's peak so far.
      peakRss: process.resourceUsage().maxRSS * 1024,
    });
  }
}

/**
 * URLs in the exports: absolute under the configured baseUrl, else relative to the file they are
 * written in (so that the files work from any static host and from file://).
 */
import path from 'node:path';

export class SiteUrls {
  private readonly base?: string;

  constructor(baseUrl: string | undefined) {
    this.base = baseUrl ? baseUrl.replace(/\/?$/, '/') : undefined;
  }

  get absolute(): boolean {
    return this.base !== undefined;
  }

  /** The URL of `target` (a path below the site root, '/'-separated) as written in the file `from`. */
  link(from: string, target: string): string {
    if (this.base) return this.base + target;
    const relative = path.posix.relative(path.posix.dirname(from), target);
    if (target.endsWith('/')) return relative === '' ? './' : `${relative}/`;
    return relative === '' ? path.posix.basename(target) : relative;
  }
}

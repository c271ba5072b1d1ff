/**
 * Thin adapter over Pagefind (npm `pagefind`, whose native binary comes as an optional dependency):
 * indexes the built HTML and writes the search bundle to `<site>/pagefind/`. Runs fully offline.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';

export interface IndexOutcome {
  pages: number;
  errors: string[];
}

export async function indexSite(siteDir: string): Promise<IndexOutcome> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) return { pages: 0, errors: errors.length > 0 ? errors : ['pagefind could not create an index'] };
    const added = await index.addDirectory({ path: siteDir });
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    return { pages: added.page_count, errors: [...added.errors, ...written.errors] };
  } catch (error) {
    return { pages: 0, errors: [`pagefind failed: ${error instanceof Error ? error.message : String(error)}`] };
  } finally {
    await pagefind.close();
  }
}

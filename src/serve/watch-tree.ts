import { existsSync, readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

/**
 * Watches every folder under `roots` with one plain (non-recursive) watcher per folder. A folder's
 * watcher reports whatever happens to its entries — a file written in place, a temporary file
 * renamed over the original (an editor's atomic save, `sed -i`), a file removed — for as long as the
 * folder exists, whereas a watch on the file itself (what Node's recursive watch does on Linux) is
 * lost when the file is replaced. New subfolders are watched as they appear. Names starting with a
 * dot (editor swap files) are ignored. Returns a function that stops watching.
 */
export function watchTree(roots: string[], onChange: (file: string) => void): () => void {
  const watchers = new Map<string, FSWatcher>();
  const add = (dir: string) => {
    if (watchers.has(dir) || !isDirectory(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, (_event, name) => {
        if (!name || String(name).startsWith('.')) return;
        const full = path.join(dir, String(name));
        if (isDirectory(full)) add(full);
        onChange(full);
      });
    } catch {
      return; // removed meanwhile
    }
    watcher.on('error', () => {
      watcher.close();
      watchers.delete(dir);
    });
    watchers.set(dir, watcher);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('.')) add(path.join(dir, entry.name));
    }
  };
  for (const root of roots) if (existsSync(root)) add(root);
  return () => {
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/**
 * A Vite plugin for the extension build: word lists in src/rules/data keep a
 * `source` note for maintainers (where the words come from). The shipped
 * bundles do not need it, so it is dropped when the JSON is bundled; the files
 * themselves are unchanged and tests read them as they are. Keeps the content
 * script within its 60 KiB gzip budget.
 */
import type { Plugin } from 'vite';

const DATA_DIR = '/src/rules/data/';

export function stripDataNotes(): Plugin {
  return {
    name: 'varsam-strip-data-notes',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0].split('\\').join('/');
      if (!file.includes(DATA_DIR) || !file.endsWith('.json')) return null;
      try {
        const data = JSON.parse(code) as Record<string, unknown>;
        if (!data || typeof data !== 'object' || Array.isArray(data) || !('source' in data)) return null;
        delete data.source;
        return { code: JSON.stringify(data), map: null };
      } catch {
        return null; // not ours to judge: leave it to the JSON plugin
      }
    },
  };
}

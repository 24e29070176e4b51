/** Shared by the budget tests: what counts as a broad host pattern, and the content scripts' gzip size. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_SCRIPT_GZIP_BUDGET = 60 * 1024;

/** A host pattern that reaches (nearly) every site: all URLs, any host, or every host under a top-level domain. */
export function isBroad(pattern: string): boolean {
  const p = pattern.trim();
  if (p === '<all_urls>') return true;
  const scheme = p.indexOf('://');
  if (scheme < 0) return false;
  const rest = p.slice(scheme + 3);
  const slash = rest.indexOf('/');
  const host = slash < 0 ? rest : rest.slice(0, slash);
  return host === '*' || (host.startsWith('*.') && !host.slice(2).includes('.'));
}

/** Every permission and match pattern of a built manifest. */
export function manifestPatterns(manifestFile: string): string[] {
  const m = JSON.parse(readFileSync(manifestFile, 'utf8'));
  return [
    ...(m.permissions ?? []),
    ...(m.host_permissions ?? []),
    ...(m.optional_permissions ?? []),
    ...(m.optional_host_permissions ?? []),
    ...(m.content_scripts ?? []).flatMap((c: { matches?: string[] }) => c.matches ?? []),
    ...(m.web_accessible_resources ?? []).flatMap((w: { matches?: string[] }) => w.matches ?? []),
  ];
}

/** Total gzip size (level 9) of the build's content scripts. */
export function contentScriptsGzip(outDir: string): { files: string[]; bytes: number } {
  const dir = path.join(outDir, 'content-scripts');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')) : [];
  let bytes = 0;
  for (const f of files) bytes += gzipSync(readFileSync(path.join(dir, f)), { level: 9 }).length;
  return { files, bytes };
}

/**
 * Self-hosted Chrome/Edge package: a signed .crx and its update.xml for an
 * intranet server.
 *
 *   npm run package:selfhost -- --key KEY.pem --base-url https://intranett.example.no/varsam
 *     [--source .output/chrome-mv3] [--out .output/selfhost]
 *
 * The .crx's id comes from the key given. If the build's manifest `key`
 * belongs to another key pair, the packed copy gets the given key's public
 * key instead (the build itself is not changed), and the resulting id is
 * printed. The manifest's update_url is set to BASE-URL/update.xml so that
 * browsers find updates. The private key is only read, never copied or written.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createPrivateKey } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import crx3 from 'crx3';
import { extensionIdFromPem, manifestKey } from '../deploy/lib/identity';

export interface SelfhostOptions {
  keyFile: string;
  baseUrl: string;
  sourceDir?: string;
  outDir?: string;
}

export interface SelfhostResult {
  id: string;
  version: string;
  crxFile: string;
  updateXmlFile: string;
  crxUrl: string;
  updateUrl: string;
  /** True when the manifest's key was replaced by the given key's public key. */
  keyReplaced: boolean;
}

export class SelfhostError extends Error {}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function escapeXml(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;');
}

export function updateXml(id: string, version: string, crxUrl: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">
  <app appid="${escapeXml(id)}">
    <updatecheck codebase="${escapeXml(crxUrl)}" version="${escapeXml(version)}"/>
  </app>
</gupdate>
`;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}

export async function packageSelfhost(options: SelfhostOptions): Promise<SelfhostResult> {
  const sourceDir = path.resolve(options.sourceDir ?? path.join(ROOT, '.output/chrome-mv3'));
  const outDir = path.resolve(options.outDir ?? path.join(ROOT, '.output/selfhost'));
  if (!existsSync(options.keyFile)) throw new SelfhostError(`key file ${options.keyFile} does not exist (create one with: openssl genrsa -out varsam.pem 2048)`);
  const pem = readFileSync(options.keyFile, 'utf8');
  try {
    createPrivateKey(pem);
  } catch {
    throw new SelfhostError(`${options.keyFile} is not a PEM private key`);
  }
  let base: URL;
  try {
    base = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
  } catch {
    throw new SelfhostError(`--base-url ${options.baseUrl} is not an address`);
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new SelfhostError('--base-url must be an http or https address');
  const manifestFile = path.join(sourceDir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new SelfhostError(`no build in ${sourceDir}: run "npm run build" first`);

  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown> & { version: string; key?: string };
  const key = manifestKey(pem);
  const keyReplaced = manifest.key !== undefined && manifest.key !== key;
  manifest.key = key;
  const id = extensionIdFromPem(pem);
  const updateUrl = new URL('update.xml', base).href;
  const crxName = `varsam-${manifest.version}.crx`;
  const crxUrl = new URL(crxName, base).href;
  manifest.update_url = updateUrl;

  const work = mkdtempSync(path.join(tmpdir(), 'varsam-selfhost-'));
  try {
    const stage = path.join(work, 'extension');
    cpSync(sourceDir, stage, { recursive: true });
    writeFileSync(path.join(stage, 'manifest.json'), JSON.stringify(manifest));
    mkdirSync(outDir, { recursive: true });
    const crxFile = path.join(outDir, crxName);
    const info = (await crx3(listFiles(stage), { keyPath: path.resolve(options.keyFile), crxPath: crxFile })) as { appId?: string };
    if (info.appId && info.appId !== id) throw new SelfhostError(`packed id ${info.appId} differs from the key's id ${id}`);
    const updateXmlFile = path.join(outDir, 'update.xml');
    writeFileSync(updateXmlFile, updateXml(id, manifest.version, crxUrl));
    return { id, version: manifest.version, crxFile, updateXmlFile, crxUrl, updateUrl, keyReplaced };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const USAGE = 'Usage: npm run package:selfhost -- --key KEY.pem --base-url URL [--source DIR] [--out DIR]';

function parse(argv: string[]): SelfhostOptions {
  const opts: Partial<SelfhostOptions> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    const need = (): string => {
      if (value === undefined || value.startsWith('--')) throw new SelfhostError(`${flag} needs a value`);
      i += 1;
      return value;
    };
    if (flag === '--key') opts.keyFile = need();
    else if (flag === '--base-url') opts.baseUrl = need();
    else if (flag === '--source') opts.sourceDir = need();
    else if (flag === '--out') opts.outDir = need();
    else if (flag === '--') continue;
    else throw new SelfhostError(`unknown option ${flag}`);
  }
  if (!opts.keyFile || !opts.baseUrl) throw new SelfhostError('--key and --base-url are required');
  return opts as SelfhostOptions;
}

async function main(): Promise<number> {
  try {
    const r = await packageSelfhost(parse(process.argv.slice(2)));
    if (r.keyReplaced) process.stdout.write('note: the build has another key; the packed copy uses the public key of the key given\n');
    process.stdout.write(`extension id: ${r.id}\nversion:      ${r.version}\ncrx:          ${r.crxFile}\nupdate.xml:   ${r.updateXmlFile}\n`);
    process.stdout.write(`Put both files at ${new URL('.', r.updateUrl).href}; force-install with "${r.id};${r.updateUrl}"\n`);
    return 0;
  } catch (e) {
    if (e instanceof SelfhostError) {
      process.stderr.write(`package:selfhost: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main().then((code) => {
    process.exitCode = code;
  });
}

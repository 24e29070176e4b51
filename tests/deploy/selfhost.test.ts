/** npm run package:selfhost: a signed .crx whose id matches the key given, and its update.xml. */
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionIdFromPem, manifestKey } from '../../deploy/lib/identity';
import { packageSelfhost, SelfhostError, updateXml } from '../../scripts/package-selfhost';

function throwawayKey(dir: string): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const file = path.join(dir, 'throwaway.pem');
  writeFileSync(file, privateKey);
  return file;
}

function fixtureExtension(dir: string, key?: string): string {
  const src = path.join(dir, 'ext');
  mkdirSync(path.join(src, 'sub'), { recursive: true });
  writeFileSync(path.join(src, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'x', version: '1.2.3', ...(key ? { key } : {}) }));
  writeFileSync(path.join(src, 'sub', 'a.js'), 'console.log(1)');
  return src;
}

describe('package:selfhost', () => {
  it("packs with the given key, replacing another manifest key, and writes update.xml", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'varsam-selfhost-test-'));
    const keyFile = throwawayKey(dir);
    const other = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    const src = fixtureExtension(dir, manifestKey(other.publicKey));
    const r = await packageSelfhost({ keyFile, baseUrl: 'https://intranett.example.no/varsam', sourceDir: src, outDir: path.join(dir, 'out') });
    const pem = readFileSync(keyFile, 'utf8');
    expect(r.id).toBe(extensionIdFromPem(pem));
    expect(r.keyReplaced).toBe(true);
    expect(r.crxUrl).toBe('https://intranett.example.no/varsam/varsam-1.2.3.crx');
    const crx = readFileSync(r.crxFile);
    expect(crx.subarray(0, 4).toString('latin1')).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    // The signed header carries the public key of the key given.
    expect(crx.includes(Buffer.from(manifestKey(pem), 'base64'))).toBe(true);
    const xml = readFileSync(r.updateXmlFile, 'utf8');
    expect(xml).toContain(`appid="${r.id}"`);
    expect(xml).toContain('codebase="https://intranett.example.no/varsam/varsam-1.2.3.crx" version="1.2.3"');
    // The build itself is unchanged.
    expect(JSON.parse(readFileSync(path.join(src, 'manifest.json'), 'utf8')).key).toBe(manifestKey(other.publicKey));
  });

  it('refuses a missing key, a bad address and a missing build, without creating a key', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'varsam-selfhost-test-'));
    const src = fixtureExtension(dir);
    await expect(packageSelfhost({ keyFile: path.join(dir, 'none.pem'), baseUrl: 'https://x.no', sourceDir: src })).rejects.toThrow(SelfhostError);
    const keyFile = throwawayKey(dir);
    await expect(packageSelfhost({ keyFile, baseUrl: 'ftp://x.no', sourceDir: src })).rejects.toThrow(/http or https/);
    await expect(packageSelfhost({ keyFile, baseUrl: 'https://x.no', sourceDir: path.join(dir, 'nothing') })).rejects.toThrow(/npm run build/);
    writeFileSync(path.join(dir, 'bad.pem'), 'not a key');
    await expect(packageSelfhost({ keyFile: path.join(dir, 'bad.pem'), baseUrl: 'https://x.no', sourceDir: src })).rejects.toThrow(/not a PEM private key/);
  });

  it('escapes update.xml attributes', () => {
    expect(updateXml('abc', '1.0', 'https://x.no/a?b=1&c="2"')).toContain('codebase="https://x.no/a?b=1&amp;c=&quot;2&quot;"');
  });
});

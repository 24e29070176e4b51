import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PUBLIC_KEY_FILE, defaultExtensionId, extensionIdFromPem, GECKO_ID, manifestKey } from '../../deploy/lib/identity';
import { applyIdentity } from '../../deploy/lib/manifest-identity';

const root = path.resolve(import.meta.dirname, '../..');

describe('extension identity', () => {
  it('derives the id from the public key like Chrome (a–p over the SHA-256 prefix)', () => {
    const id = defaultExtensionId();
    expect(id).toMatch(/^[a-p]{32}$/);
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    expect(extensionIdFromPem(privateKey)).toBe(extensionIdFromPem(publicKey));
    expect(manifestKey(privateKey)).toBe(manifestKey(publicKey));
  });

  it('keeps only a public key in the repository', () => {
    const text = readFileSync(DEFAULT_PUBLIC_KEY_FILE, 'utf8');
    expect(text).toContain('BEGIN PUBLIC KEY');
    expect(text).not.toContain('PRIVATE');
    expect(readFileSync(path.join(root, '.gitignore'), 'utf8')).toContain('*.pem');
  });
});

describe('applyIdentity (manifest entries at build time)', () => {
  const pub = readFileSync(DEFAULT_PUBLIC_KEY_FILE, 'utf8');

  it('Chrome/Edge builds get the fixed key and the managed schema', () => {
    const m: Record<string, unknown> = { name: 'x' };
    applyIdentity('chrome', 'production', m, {});
    expect(m.key).toBe(manifestKey(pub));
    expect(m.storage).toEqual({ managed_schema: 'managed_schema.json' });
  });

  it('store builds have no key but keep the managed schema', () => {
    const m: Record<string, unknown> = { key: 'old' };
    applyIdentity('edge', 'store', m, {});
    expect(m.key).toBeUndefined();
    expect(m.storage).toEqual({ managed_schema: 'managed_schema.json' });
  });

  it('Firefox gets the gecko id and says that no data is collected', () => {
    const m: Record<string, unknown> = { key: 'x' };
    applyIdentity('firefox', 'production', m, {});
    expect(m.key).toBeUndefined();
    expect(m.browser_specific_settings).toMatchObject({ gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'] } } });
  });

  it("uses an organisation's own key and gecko id from the environment", () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'varsam-key-')), 'org.pub');
    writeFileSync(file, publicKey);
    const m: Record<string, unknown> = {};
    applyIdentity('chrome', 'production', m, { VARSAM_PUBLIC_KEY: file });
    expect(m.key).toBe(manifestKey(publicKey));
    const f: Record<string, unknown> = {};
    applyIdentity('firefox', 'production', f, { VARSAM_GECKO_ID: 'varsam@fjordvik.kommune.no' });
    expect((f.browser_specific_settings as { gecko: { id: string } }).gecko.id).toBe('varsam@fjordvik.kommune.no');
  });
});

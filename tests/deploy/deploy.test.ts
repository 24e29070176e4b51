/** deploy/: the examples are up to date with their source and valid against the schema and the settings validator. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTING_KEYS } from '../../src/config/defaults';
import { validateLayer } from '../../src/config/validate';
import { defaultExtensionId, GECKO_ID } from '../../deploy/lib/identity';
import { generateDeployFiles, outOfDate, readSource } from '../../scripts/gen-deploy';
import { fromRegistry, parsePlist, parseReg, schemaErrors, schemaShapeErrors, type ChromeSchema, type RegKey } from './chrome-schema';

const root = path.resolve(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(path.join(root, 'public/managed_schema.json'), 'utf8')) as ChromeSchema;
const source = readSource();
const id = defaultExtensionId();
const files = generateDeployFiles(source, id);

function read(rel: string): Buffer {
  return readFileSync(path.join(root, rel));
}

function expectValidSettings(settings: unknown): void {
  expect(schemaErrors(schema, settings)).toEqual([]);
  expect(validateLayer(settings, 'policy').errors).toEqual([]);
  expect(settings).toEqual(source.settings);
}

describe('public/managed_schema.json', () => {
  it('has the shape Chrome accepts', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    expect(schemaShapeErrors(schema)).toEqual([]);
  });

  it('declares every setting, and nothing else', () => {
    expect(Object.keys(schema.properties!).sort()).toEqual([...SETTING_KEYS].sort());
  });
});

describe('deploy/ examples', () => {
  it('are up to date with deploy/source.json (npm run gen:deploy)', () => {
    expect(outOfDate(files)).toEqual([]);
  });

  it('have source settings that the settings validator accepts in full', () => {
    const { values, errors } = validateLayer(source.settings, 'policy');
    expect(errors).toEqual([]);
    expect(Object.keys(values).sort()).toEqual(Object.keys(source.settings).sort());
  });

  for (const browser of ['chrome', 'chromium', 'edge']) {
    it(`Linux ${browser}: force-install and 3rdparty settings for the extension's id`, () => {
      const policy = JSON.parse(read(`deploy/linux/${browser}/varsam.json`).toString('utf8'));
      expect(policy.ExtensionSettings[id]).toMatchObject({ installation_mode: 'force_installed' });
      expectValidSettings(policy['3rdparty'].extensions[id]);
    });
  }

  for (const [file, vendor] of [
    ['deploy/windows/varsam-chrome.reg', ['Google', 'Chrome']],
    ['deploy/windows/varsam-edge.reg', ['Microsoft', 'Edge']],
  ] as const) {
    it(`Windows ${file}: UTF-16 .reg with force-install and settings`, () => {
      const buf = read(file);
      expect([...buf.subarray(0, 2)]).toEqual([0xff, 0xfe]);
      const reg = parseReg(buf.subarray(2).toString('utf16le'));
      const policies = ((reg.HKEY_LOCAL_MACHINE as RegKey).SOFTWARE as RegKey).Policies as RegKey;
      const browserKey = (policies[vendor[0]] as RegKey)[vendor[1]] as RegKey;
      expect((browserKey.ExtensionInstallForcelist as RegKey)['1']).toMatch(new RegExp(`^${id};https://`));
      const settings = fromRegistry(schema, (((browserKey['3rdparty'] as RegKey).extensions as RegKey)[id] as RegKey).policy);
      expectValidSettings(settings);
    });
  }

  it('macOS .mobileconfig: Chrome and Edge force-install and settings payloads', () => {
    const profile = parsePlist(read('deploy/macos/varsam.mobileconfig').toString('utf8')) as { PayloadContent: Record<string, unknown>[] };
    const byType = new Map(profile.PayloadContent.map((p) => [p.PayloadType as string, p]));
    for (const domain of ['com.google.Chrome', 'com.microsoft.Edge']) {
      expect((byType.get(domain)?.ExtensionInstallForcelist as string[])[0]).toMatch(new RegExp(`^${id};https://`));
      const payload = { ...byType.get(`${domain}.extensions.${id}`) };
      for (const k of Object.keys(payload)) if (k.startsWith('Payload')) delete payload[k];
      expectValidSettings(payload);
    }
    const uuids = profile.PayloadContent.map((p) => p.PayloadUUID);
    expect(new Set(uuids).size).toBe(uuids.length);
  });

  it('Firefox policies.json: ExtensionSettings force-install and 3rdparty.Extensions', () => {
    const { policies } = JSON.parse(read('deploy/firefox/policies.json').toString('utf8'));
    expect(policies.ExtensionSettings[GECKO_ID]).toMatchObject({ installation_mode: 'force_installed' });
    expectValidSettings(policies['3rdparty'].Extensions[GECKO_ID]);
  });
});

/**
 * The engine bundles on its own, for the browser and for Node, with no DOM,
 * browser-extension or Node built-in imports (design.md's contract).
 */
import { build } from 'esbuild';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const entry = path.resolve(import.meta.dirname, '../../src/engine/index.ts');

describe('engine bundle', () => {
  it.each(['browser', 'node'] as const)('bundles for %s without external imports', async (platform) => {
    const result = await build({ entryPoints: [entry], bundle: true, write: false, platform, format: 'esm', metafile: true, logLevel: 'silent' });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => /webextension-polyfill|wxt|preact|node:/.test(i))).toEqual([]);
    for (const output of Object.values(result.metafile.outputs)) expect(output.imports).toEqual([]);
    // The bundle runs and finds something.
    const code = result.outputFiles[0].text;
    const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
    expect(mod.analyze('Dette er konfidensielt.').length).toBeGreaterThan(0);
  });
});

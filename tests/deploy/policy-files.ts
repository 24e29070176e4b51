/**
 * Chromium policy files for the real-browser tests: written to
 * /etc/chromium/policies/managed/varsam-test*.json (the tests run as root) and
 * always removed again. Only files named varsam-test*.json are ever touched.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const POLICY_DIR = process.env.VARSAM_POLICY_DIR ?? '/etc/chromium/policies/managed';

export function policyPath(name: string): string {
  if (!name.startsWith('varsam-test') || !name.endsWith('.json') || name.includes('/')) throw new Error(`policy file name must be varsam-test*.json, not ${name}`);
  return path.join(POLICY_DIR, name);
}

export function writePolicy(name: string, policy: unknown): string {
  mkdirSync(POLICY_DIR, { recursive: true });
  const file = policyPath(name);
  writeFileSync(file, JSON.stringify(policy, null, 2));
  return file;
}

export function removePolicy(name: string): void {
  rmSync(policyPath(name), { force: true });
}

/** Leftovers from an earlier, interrupted run (only varsam-test*.json). */
export function removeStalePolicies(): void {
  if (!existsSync(POLICY_DIR)) return;
  for (const f of readdirSync(POLICY_DIR)) if (f.startsWith('varsam-test') && f.endsWith('.json')) rmSync(path.join(POLICY_DIR, f), { force: true });
}

/** Removes the file when the process ends abruptly (Ctrl-C, a killed run). */
export function removeOnExit(name: string): () => void {
  const handler = (): void => removePolicy(name);
  const signal = (sig: NodeJS.Signals): void => {
    handler();
    process.kill(process.pid, sig);
  };
  process.once('exit', handler);
  process.once('SIGINT', signal);
  process.once('SIGTERM', signal);
  return () => {
    process.off('exit', handler);
    process.off('SIGINT', signal);
    process.off('SIGTERM', signal);
  };
}

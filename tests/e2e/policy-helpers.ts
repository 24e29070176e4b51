/**
 * A Chromium with a policy for the extension, for the real-browser policy
 * tests: the policy file is written to /etc/chromium/policies/managed (only
 * varsam-test*.json, see tests/deploy/policy-files.ts) before the browser
 * starts, and removed when the run is closed, when launching fails, and when
 * the process is interrupted.
 */
import { defaultExtensionId } from '../../deploy/lib/identity';
import { removeOnExit, removePolicy, removeStalePolicies, writePolicy } from '../deploy/policy-files';
import { extensionId, launch, type Launched } from './harness';

export interface PolicyRun {
  readonly browser: Launched;
  /** The extension's fixed id, which the policy addresses. */
  readonly id: string;
  /** Writes a changed policy (Chromium picks it up without a restart). */
  update(policy: unknown): void;
  /** Closes the browser and removes the policy file. */
  close(): Promise<void>;
}

/** `policy(id)` is the whole file, e.g. {"3rdparty": {"extensions": {[id]: {...}}}}. */
export async function launchWithPolicy(file: string, policy: (id: string) => unknown): Promise<PolicyRun> {
  const id = defaultExtensionId();
  removeStalePolicies();
  const stopCleanup = removeOnExit(file);
  const cleanup = (): void => {
    removePolicy(file);
    stopCleanup();
  };
  writePolicy(file, policy(id));
  let browser: Launched | undefined;
  try {
    browser = await launch();
    const running = await extensionId(browser.context);
    if (running !== id) throw new Error(`the build runs as ${running}, not the fixed id ${id} the policy addresses`);
  } catch (e) {
    await browser?.close();
    cleanup();
    throw e;
  }
  const launched = browser;
  return {
    browser: launched,
    id,
    update: (next) => void writePolicy(file, next),
    async close() {
      try {
        await launched.close();
      } finally {
        cleanup();
      }
    },
  };
}

/**
 * Saves one patch at a time. Saving reads the stored settings, applies the
 * patch and writes them back, so two saves in flight at once could lose the
 * first one's change; a queue keeps every change.
 */
import type { Settings } from '../config/types';

export type Save = (patch: Partial<Settings>) => Promise<{ errors: string[] }>;

export function serialSaver(save: Save): Save {
  let tail: Promise<unknown> = Promise.resolve();
  return (patch) => {
    const run = tail.then(
      () => save(patch),
      () => save(patch),
    );
    tail = run.catch(() => undefined);
    return run;
  };
}

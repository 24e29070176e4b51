import { describe, expect, it } from 'vitest';
import { serialSaver } from '../../src/ui/save-queue';

describe('serialSaver', () => {
  it('runs saves one after another, in order, even when one fails', async () => {
    const log: string[] = [];
    let n = 0;
    const save = serialSaver(async (patch) => {
      const id = String(++n);
      log.push(`start ${id}`);
      await new Promise((r) => setTimeout(r, id === '1' ? 20 : 1));
      log.push(`end ${id}`);
      if (id === '2') throw new Error('disk full');
      return { errors: [], ...(patch ? {} : {}) };
    });
    const a = save({ language: 'nb' });
    const b = save({ language: 'en' });
    const c = save({ language: 'nn' });
    await expect(a).resolves.toEqual({ errors: [] });
    await expect(b).rejects.toThrow('disk full');
    await expect(c).resolves.toEqual({ errors: [] });
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
  });
});

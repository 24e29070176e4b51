/**
 * A guideline pack as a setting: a JSON string or an object. Parsing and the
 * pack's own validation live in src/packs; this adapts them to a settings value.
 */
import { validatePack } from '../packs/validate';
import type { Pack } from '../packs/types';

const MAX_PACK_CHARS = 1_000_000;

export function validatePackInput(input: unknown): { pack: Pack | null; errors: string[] } {
  let json = input;
  if (typeof input === 'string') {
    if (input.length > MAX_PACK_CHARS) return { pack: null, errors: [`the pack is larger than ${MAX_PACK_CHARS} characters`] };
    try {
      json = JSON.parse(input);
    } catch (e) {
      return { pack: null, errors: [`the pack is not valid JSON (${e instanceof Error ? e.message.slice(0, 120) : 'parse error'})`] };
    }
  }
  return validatePack(json);
}

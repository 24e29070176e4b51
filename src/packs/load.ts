/**
 * A pack from JSON text or an already parsed value (policy values may be
 * either; the options page and the CLI read a file's text).
 */
import { validatePack, type PackResult } from './validate';

const MAX_PACK_CHARS = 1_000_000;

export function parsePack(input: unknown): PackResult {
  let json = input;
  if (typeof input === 'string') {
    if (input.trim() === '') return { pack: null, errors: ['the pack is empty'] };
    if (input.length > MAX_PACK_CHARS) return { pack: null, errors: [`the pack is larger than ${MAX_PACK_CHARS} characters`] };
    try {
      json = JSON.parse(input);
    } catch (e) {
      return { pack: null, errors: [`the pack is not valid JSON (${e instanceof Error ? e.message.slice(0, 120) : 'parse error'})`] };
    }
  }
  return validatePack(json);
}

/** The text of a pack file. */
export function loadPackFile(text: string): PackResult {
  return parsePack(typeof text === 'string' ? text : '');
}

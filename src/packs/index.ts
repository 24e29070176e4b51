/** Guideline packs: validation (JSON → Pack) and compilation (Pack → rules). */
export { validatePack, type PackResult } from './validate';
export { compilePack } from './compile';
export { PACK_FORMAT, type Pack } from './types';
export { loadPackFile, parsePack } from './load';

/** A guideline pack as a setting value: JSON text or an object, validated by src/packs. */
export { parsePack as validatePackInput } from '../packs/load';

/**
 * The rule engine for the content script, injected on demand by the
 * background into the content script's own isolated world (see
 * src/messaging/engine-api.ts). It only installs the API; it reads nothing.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createEngineApi } from '../src/engine/page-api';
import { ENGINE_GLOBAL } from '../src/messaging/engine-api';

export default defineUnlistedScript(() => {
  const scope = globalThis as Record<string, unknown>;
  if (!scope[ENGINE_GLOBAL]) scope[ENGINE_GLOBAL] = Object.freeze(createEngineApi());
});

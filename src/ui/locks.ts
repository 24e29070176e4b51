/** Which settings the user may not change: those a policy sets, and the switch-off keys under lockSettings. */
import type { LoadedSettings } from '../config';
import { SWITCH_OFF_KEYS } from '../config/defaults';
import type { SettingKey } from '../config/types';

export function isLocked(loaded: LoadedSettings, key: SettingKey): boolean {
  if (loaded.locked[key] === 'policy') return true;
  return loaded.settings.lockSettings === true && loaded.managed && SWITCH_OFF_KEYS.includes(key);
}

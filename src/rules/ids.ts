/**
 * The ids of the built-in rules (without the per-guideline extra-terms rules),
 * as plain data: pack validation checks `builtinRules` keys against it without
 * loading the rules themselves, so that settings validation stays small enough
 * for the content script. The conventions test keeps it equal to RULES.
 */
export const BUILTIN_RULE_IDS: ReadonlySet<string> = new Set([
  'g2-confidentiality',
  'g2-national-id',
  'g2-account-number',
  'g2-phone',
  'g2-email',
  'g2-address',
  'g2-health-person',
  'g3-own-behalf',
  'g3-emergency',
  'g3-hostile-tone',
  'g4-colleague',
  'g11-municipal-position',
  'g1-employee-reminder',
  'g5-integrity-reminder',
  'g10-trust-reminder',
  'g7-impolite',
  'g7-too-long',
  'g8-case-number',
  'g8-case-details',
  'g8-request-documents',
  'g8-promise',
  'g9-workplace-photo',
  'g12-suspicious-link',
]);

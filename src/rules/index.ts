/**
 * Every rule, registered explicitly. The conventions test checks that each
 * rule file under src/rules/gN/ is listed here, translated and tested.
 */
import type { Rule } from '../engine/rule';
import g2AccountNumber from './g2/account-number';
import g2Address from './g2/address';
import g2Confidentiality from './g2/confidentiality';
import g2Email from './g2/email';
import g2HealthPerson from './g2/health-person';
import g2NationalId from './g2/national-id';
import g2Phone from './g2/phone';
import g3Emergency from './g3/emergency';
import g3HostileTone from './g3/hostile-tone';
import g3OwnBehalf from './g3/own-behalf';
import g4Colleague from './g4/colleague';
import g11MunicipalPosition from './g11/municipal-position';
import g1EmployeeReminder from './reminders/g1-employee';
import g5IntegrityReminder from './reminders/g5-integrity';
import g10TrustReminder from './reminders/g10-trust';

export const RULES: readonly Rule[] = [g2Confidentiality, g2NationalId, g2AccountNumber, g2Phone, g2Email, g2Address, g2HealthPerson,
  g3OwnBehalf, g3Emergency, g3HostileTone, g4Colleague, g11MunicipalPosition,
  g1EmployeeReminder, g5IntegrityReminder, g10TrustReminder,
];

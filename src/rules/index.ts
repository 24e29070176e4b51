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
import g7Impolite from './g7/impolite';
import g7TooLong from './g7/too-long';
import g8CaseDetails from './g8/case-details';
import g8CaseNumber from './g8/case-number';
import g8Promise from './g8/promise';
import g8RequestDocuments from './g8/request-documents';
import g9WorkplacePhoto from './g9/workplace-photo';
import g12SuspiciousLink from './g12/suspicious-link';
import { EXTRA_TERM_RULES } from './config/extra-terms';
import g1EmployeeReminder from './reminders/g1-employee';
import g5IntegrityReminder from './reminders/g5-integrity';
import g10TrustReminder from './reminders/g10-trust';

export const RULES: readonly Rule[] = [g2Confidentiality, g2NationalId, g2AccountNumber, g2Phone, g2Email, g2Address, g2HealthPerson,
  g3OwnBehalf, g3Emergency, g3HostileTone, g4Colleague, g11MunicipalPosition,
  g1EmployeeReminder, g5IntegrityReminder, g10TrustReminder,
  g7Impolite, g7TooLong, g8CaseNumber, g8CaseDetails, g8RequestDocuments, g8Promise, g9WorkplacePhoto, g12SuspiciousLink,
  ...EXTRA_TERM_RULES,
];

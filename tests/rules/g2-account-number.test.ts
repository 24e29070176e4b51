import rule from '../../src/rules/g2/account-number';
import { isAccountNumber, validateNationalId } from '../../src/rules/shared/idnumbers';
import { ruleTester } from '../helpers/rule-tester';
import { completeAccount, spoil, validId } from './g2-idnumber-gen';

// An account number that is not a valid national id (day 97: no date), and one that is.
const ACCOUNT = completeAccount('9710054321') ?? completeAccount('9710054322')!;
const ACCOUNT_B = completeAccount('1503123456')!;
const FNR = validId('150385');
if (!isAccountNumber(ACCOUNT) || validateNationalId(ACCOUNT_B).valid) throw new Error('fixture');
const dots = (n: string) => `${n.slice(0, 4)}.${n.slice(4, 6)}.${n.slice(6)}`;
const spaces = (n: string) => `${n.slice(0, 4)} ${n.slice(4, 6)} ${n.slice(6)}`;

ruleTester(rule, {
  valid: [
    'Betal 250 kr til klassekassa innan fredag.',
    `Kontonummer ${spoil(ACCOUNT_B)}`,
    `Fødselsnummeret er ${FNR}`,
    `Ordrenummer ${ACCOUNT_B} kjem på fredag`,
    `Tracking number ${ACCOUNT_B}, still waiting`,
    `KID ${ACCOUNT_B}`,
    `Fnr ${dots(FNR)}`,
    `Kontonummeret mitt er ${dots(ACCOUNT)}, vipps går òg fint`,
    `Gåver til skulekorpset kan setjast inn på kontoen vår ${ACCOUNT_B}`,
  ],
  invalid: [
    // round 2: a wrong check digit in the 4.2.5 layout beside an account word; the giver owns it
    { text: 'Kontonummeret til Sunniva er 1503.12.34560 om nokon vil gje ein slant.', severity: 'warning', excerpt: '1503.12.34560' },
    { text: 'Kan noen sende kontonummeret til Egil i regnskap? Han ga meg det i går: 1503.12.34560', severity: 'warning' },
    { text: 'Her is the account number Grete sent me: 1503.12.34560', severity: 'warning' },
    { text: `Kontonummeret hans er ${dots(ACCOUNT)}`, messageId: 'account', severity: 'warning', excerpt: dots(ACCOUNT) },
    { text: `Send pengane til ${spaces(ACCOUNT_B)}, det er kontoen til mora hennar`, excerpt: spaces(ACCOUNT_B) },
    { text: `Her er kontonummeret: ${ACCOUNT_B}`, messageId: 'unattributed', severity: 'info', excerpt: ACCOUNT_B },
    { text: `Hun har konto ${FNR} i Sparebanken`, severity: 'warning', excerpt: FNR },
    { text: `Kan noen overføre til Kari på ${dots(FNR)}?`, severity: 'warning', excerpt: dots(FNR) },
    { text: `Her account number is ${ACCOUNT}, send her the money`, severity: 'warning', excerpt: ACCOUNT },
    { text: `Gåve til innsamlinga: ${ACCOUNT_B}`, severity: 'info' },
  ],
});

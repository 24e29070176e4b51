import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/analyze';
import rule from '../../src/rules/g2/national-id';
import { elevenDigitCandidates, isAccountNumber, scanDigitRuns, validateNationalId } from '../../src/rules/shared/idnumbers';
import { ruleTester } from '../helpers/rule-tester';
import { completeId, spoil, validId } from './g2-idnumber-gen';

// Synthetic numbers built here; they belong to no one.
const FNR = validId('150385'); // 15 March 1985
const FNR_2032 = validId('030773', 412, 2); // k1 by the 2032 rule (weighted sum mod 11 = 2)
const DNR = validId('450785'); // D-number: day + 40
const HNR = validId('124385'); // H-number: month + 40
const TENOR = validId('128385'); // Tenor synthetic: month + 80
const NHN = validId('126885'); // Norsk helsenett synthetic: month + 65
const FHNR = completeId('830512345', 1)!; // FH-number: first digit 8/9, no date
const BAD = spoil(FNR);

const spaced = (id: string) => `${id.slice(0, 6)} ${id.slice(6)}`;
const dotted = (id: string) => `${id.slice(0, 2)}.${id.slice(2, 4)}.${id.slice(4, 6)} ${id.slice(6)}`;
const dashed = (id: string) => `${id.slice(0, 6)}-${id.slice(6)}`;
const threeTwo = (id: string) => `${id.slice(0, 6)} ${id.slice(6, 9)} ${id.slice(9)}`;

describe('validateNationalId', () => {
  it('accepts every kind and names it', () => {
    expect(validateNationalId(FNR)).toEqual({ valid: true, kind: 'fnr' });
    expect(validateNationalId(DNR)).toEqual({ valid: true, kind: 'dnr' });
    expect(validateNationalId(HNR)).toEqual({ valid: true, kind: 'hnr' });
    expect(validateNationalId(TENOR)).toEqual({ valid: true, kind: 'synthetic' });
    expect(validateNationalId(NHN)).toEqual({ valid: true, kind: 'synthetic' });
    expect(validateNationalId(FHNR)).toEqual({ valid: true, kind: 'fhnr' });
  });
  it('implements the 2032 rule (reference examples from Skatteetaten)', () => {
    expect(validateNationalId('02013299997').valid).toBe(true);
    expect(validateNationalId('30108299920').valid).toBe(true);
    expect(validateNationalId('30108299939').valid).toBe(true);
    expect(validateNationalId(FNR_2032).valid).toBe(true);
  });
  it('rejects a wrong control digit, a bad date, wrong lengths and non-digits', () => {
    expect(validateNationalId(BAD).valid).toBe(false);
    expect(validateNationalId(completeId('310485123') ?? completeId('310485124') ?? '').valid).toBe(false); // 31 April
    expect(validateNationalId(completeId('290285123') ?? completeId('290285124') ?? '').valid).toBe(false); // 29 Feb 1985
    expect(validateNationalId('1503852764').valid).toBe(false);
    expect(validateNationalId('150385276466').valid).toBe(false);
    expect(validateNationalId('1503852764a').valid).toBe(false);
  });
  it('every valid id passes the account check too', () => {
    for (const id of [FNR, DNR, HNR, TENOR, NHN, FHNR]) expect(isAccountNumber(id)).toBe(true);
  });
});

describe('elevenDigitCandidates', () => {
  const digits = (text: string) => elevenDigitCandidates(text, scanDigitRuns(text)).map((c) => c.digits);
  it('reads plain, spaced, dotted and dashed forms', () => {
    for (const f of [FNR, spaced(FNR), dotted(FNR), dashed(FNR), threeTwo(FNR)]) expect(digits(`nr ${f}.`)).toEqual([FNR]);
  });
  it('finds an id set off by a space inside a longer run of numbers', () => {
    expect(digits(`rom 12 ${spaced(FNR)}`)).toEqual([FNR]);
  });
  it('never looks inside longer numbers', () => {
    expect(digits(`${FNR}7`)).toEqual([]);
    expect(digits(`4${FNR}`)).toEqual([]);
    expect(digits(`+47 ${FNR}`)).toEqual([]);
    expect(digits(`${FNR}-2`)).toEqual([]);
    expect(digits(`1.${FNR}`)).toEqual([]);
    expect(digits(`${FNR},50 kr`)).toEqual([]);
    expect(digits(`AB${FNR}`)).toEqual([]);
    expect(digits(`${FNR}x`)).toEqual([]);
    expect(digits('0047 915 38 204 12')).toEqual([]);
    expect(digits(`https://shop.no/ordre/${FNR}`)).toEqual([]);
    expect(digits(`?id=${FNR}&x=1`)).toEqual([]);
    expect(digits(`${FNR}@sms.no`)).toEqual([]);
    expect(digits(`fnr:${FNR}`)).toEqual([FNR]);
  });
});

ruleTester(rule, {
  valid: [
    'Fin tur i fjellet i dag, 11 km og 900 høgdemeter!',
    `Sporingsnummer ${BAD} – pakka er framleis på vegen.`,
    `Ordrenummer ${BAD}, kjem visst på fredag.`,
    `Kundenummeret mitt er ${spaced(BAD)} og det fungerer ikkje.`,
    `Order no. ${BAD} still hasn't shipped.`,
    `Ring meg på +47 ${FNR}`,
    `Referanse ${FNR}7 i nettbanken`,
    `Kontonummer: ${FNR.slice(0, 4)}.${FNR.slice(4, 6)}.${FNR.slice(6)}`,
    'Telefon 915 38 204 eller 56 52 00 00.',
    'Me var 12 345 678 901 menneske på jorda?',
    `Bestillingsnummer ${FNR} – kjem snart.`,
    `Tracking number ${spaced(FNR)}, still in Oslo`,
    'Fødselsnummer har 11 siffer, ikkje 1234567890 eller slikt.',
    'Ring fnr-kontoret? Nei, ring 0047 915 38 204 12.',
  ],
  invalid: [
    { text: `Fødselsnummeret hans er ${FNR}.`, messageId: 'validFnr', severity: 'high', excerpt: FNR },
    { text: `Kan nokon sjekka ${spaced(FNR)} for meg?`, severity: 'high', excerpt: spaced(FNR) },
    { text: `Født ${dotted(FNR)}, bur i Ulvik`, severity: 'high', excerpt: dotted(FNR) },
    { text: `Eleven har nummer ${dashed(FNR)}.`, severity: 'high', excerpt: dashed(FNR) },
    { text: `Pasienten: ${threeTwo(FNR)}`, severity: 'high', excerpt: threeTwo(FNR) },
    { text: `Ho har D-nummer ${DNR} men finst ikkje i registeret`, messageId: 'validDnr', severity: 'high' },
    { text: `Han har berre H-nummer (${HNR}) enno.`, messageId: 'validHnr', severity: 'high' },
    { text: `Testbrukar i Tenor: ${TENOR}`, messageId: 'validSynthetic', severity: 'high' },
    { text: `Testperson frå Norsk helsenett: ${NHN}`, messageId: 'validSynthetic', severity: 'high' },
    { text: `FH-nummeret er ${FHNR}`, messageId: 'validFhnr', severity: 'high' },
    { text: `Nytt nummer etter 2032-regelen: ${FNR_2032}`, severity: 'high' },
    { text: `Our resident, ID ${spaced(FNR)}, needs a transfer`, severity: 'high' },
    { text: `Bebuaren på rom 12 ${spaced(FNR)} skal flytta`, severity: 'high', excerpt: spaced(FNR) },
    { text: `Hans fnr: ${BAD}`, messageId: 'idWithContext', severity: 'warning' },
    { text: `personnummeret hennes er ${spaced(BAD)}, kan de sjekka?`, messageId: 'idWithContext', severity: 'warning' },
    { text: `F.nr. ${BAD}`, messageId: 'idWithContext', severity: 'warning' },
    { text: `His national ID number is ${BAD}`, messageId: 'idWithContext', severity: 'warning' },
    { text: `Fødselsnr ${FNR.slice(0, 4)}.${FNR.slice(4, 6)}.${FNR.slice(6)}`, severity: 'high' },
    { text: `To nummer: ${FNR} og ${DNR}`, count: 2 },
    { text: `Kundenummeret er fødselsnummeret hans: ${FNR}`, severity: 'high' },
    { text: `Ny elev, fnr ${FNR.slice(0, 10)} – manglar eit siffer?`, messageId: 'idWithContext', severity: 'warning' },
    { text: `Personnummer ${FNR}4 ser feil ut`, messageId: 'idWithContext', severity: 'warning' },
  ],
});

describe('g2-national-id messages', () => {
  it('names the kind of number in every language', () => {
    const [f] = runRules([rule], `D-nummer ${DNR}`, {}, true);
    expect(f.message.nn).toContain('D-nummer');
    expect(f.message.nb).toContain('D-nummer');
    expect(f.message.en).toContain('D-number');
    for (const text of Object.values(f.message)) expect(text).not.toContain('[object');
  });
});

describe('g2-national-id on the whole number', () => {
  it('reports the span of the number in the original text', () => {
    const text = `Fnr. ${spaced(FNR)} ok`;
    const [f] = runRules([rule], text, {}, true);
    expect(text.slice(f.start, f.end)).toBe(spaced(FNR));
  });
});

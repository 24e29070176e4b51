/**
 * Benign posts that every case-handling (G8), workplace-photo (G9) and
 * municipal-position (G11) rule must leave alone: pointing to the proper
 * channel, the writer's own applications, jobs and studies, public council news,
 * photos of one's own family. One table for all of them instead of a copy in
 * each rule's test file.
 */
import caseDetails from '../../src/rules/g8/case-details';
import promise from '../../src/rules/g8/promise';
import requestDocuments from '../../src/rules/g8/request-documents';
import workplacePhoto from '../../src/rules/g9/workplace-photo';
import municipalPosition from '../../src/rules/g11/municipal-position';
import { ruleTester } from '../helpers/rule-tester';

/** Case words without a case being handled here (every G8 rule). */
const CASE_TALK = [
    "Søknadsfristen for barnehageplass er 1. mars, søk via nettsida",
    "Spørsmål om byggesaka di? Ring servicetorget",
    "Ikkje send personnummer her i kommentarfeltet",
    "Vi kan ikkje svare på enkeltsaker her, send e-post til postmottak",
    "Gratulerer med ny jobb! Søknaden din var sikkert knallgod",
    "Fekk endeleg svar på søknaden om studieplass 🎉",
    "Du får svar innan tre veker, sakshandsamingstida er lang no",
    "Har du spørsmål om søknaden, ta kontakt med oss på telefon",
    "Jeg fikk avslag på søknaden om lån i banken, typisk",
    "Send gjerne inn søknaden via skjemaet på heimesida",
    "Gratulerer til alle som har fått barnehageplass i år!",
    "I applied for the job last week, fingers crossed",
];

/** Council news, own applications, family photos, referrals (G8, G9 and G11). */
const PUBLIC_AND_OWN = [
    "The council will hold a public meeting on the new school on Monday",
    "Kommunestyret vedtok i kveld ny plan for skulestruktur, les meir på heimesida",
    "Eg har søkt om barnehageplass til veslejenta, krysser fingrane",
    "Takk til alle som kom på dugnaden, bilete kjem på heimesida",
    "Gleder meg til å se bildene fra konfirmasjonen til nevøen min",
    "Vi kan ikkje gi svar på enkeltsaker i kommentarfeltet, ring oss",
];

for (const rule of [caseDetails, promise, requestDocuments]) ruleTester(rule, { valid: [...CASE_TALK, ...PUBLIC_AND_OWN], invalid: [] });
for (const rule of [workplacePhoto, municipalPosition]) ruleTester(rule, { valid: PUBLIC_AND_OWN, invalid: [] });

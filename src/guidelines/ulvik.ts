/**
 * Ulvik herad's guidelines for employees' use of social media
 * (shared/seed/retningslinjer-ulvik-herad.txt). The Nynorsk text is verbatim
 * and the authority; Bokmål and English are translations.
 */
import type { GuidelinePack } from './types';

export const ULVIK_PACK: GuidelinePack = {
  id: 'ulvik-herad',
  organization: 'Ulvik herad',
  source: {
    nn: 'Retningslinjer for bruk av sosiale medium for tilsette i Ulvik herad',
    nb: 'Retningslinjer for bruk av sosiale medier for ansatte i Ulvik herad',
    en: 'Guidelines for the use of social media by employees of Ulvik herad',
  },
  guidelines: [
    {
      id: 1,
      kind: 'reminder',
      title: { nn: 'Du er kommunalt tilsett', nb: 'Du er kommunalt ansatt', en: 'You are a municipal employee' },
      text: {
        nn: 'Når du opptrer i sosiale medium, må du hugsa på at du er kommunalt tilsett. Du må opptre med ei viss varsemnd i forhold til sosiale medium.',
        nb: 'Når du opptrer i sosiale medier, må du huske på at du er kommunalt ansatt. Du må opptre med en viss varsomhet i sosiale medier.',
        en: 'When you are active on social media, remember that you are a municipal employee. Act with a certain care on social media.',
      },
    },
    {
      id: 2,
      kind: 'check',
      title: { nn: 'Teieplikt og personvern', nb: 'Taushetsplikt og personvern', en: 'Confidentiality and privacy' },
      text: {
        nn: 'Alle tilsette i Ulvik herad har ytringsfridom, men også eit ansvar for at teieplikta vert halden og at personvern til brukarar og kollegaer vert ivareteke. Det skal ikkje publiserast helse- og personopplysningar. Det er difor viktig med klare reglar for bruken av sosiale medium.',
        nb: 'Alle ansatte i Ulvik herad har ytringsfrihet, men også et ansvar for at taushetsplikten overholdes og at personvernet til brukere og kolleger ivaretas. Det skal ikke publiseres helse- og personopplysninger. Derfor er det viktig med klare regler for bruken av sosiale medier.',
        en: 'All employees of Ulvik herad have freedom of expression, but also a responsibility to keep the duty of confidentiality and to protect the privacy of users and colleagues. Health and personal information must not be published. Clear rules for the use of social media are therefore important.',
      },
    },
    {
      id: 3,
      kind: 'check',
      title: { nn: 'Tal på eigne vegne, sakleg – leiinga informerer i krise', nb: 'Snakk på egne vegne, saklig – ledelsen informerer i krise', en: 'Speak for yourself, keep it factual – management informs in a crisis' },
      text: {
        nn: 'Sjølv om du ytrar deg som privatperson, kan det vera lett for andre å tenkja at ytringa presenterer Ulvik herad sitt syn. Hald debattar på sakleg nivå. Gjer det klart at du uttalar deg på eigne vegne, særleg i faglege og politiske spørsmål. I beredskaps- eller krisesituasjonar, er det Ulvik herad si leiing som skal orientera ålmenta.',
        nb: 'Selv om du ytrer deg som privatperson, kan det være lett for andre å tro at ytringen representerer Ulvik herads syn. Hold debatter på et saklig nivå. Gjør det klart at du uttaler deg på egne vegne, særlig i faglige og politiske spørsmål. I beredskaps- eller krisesituasjoner er det Ulvik herads ledelse som skal informere allmennheten.',
        en: 'Even when you speak as a private person, others may easily take your statement to present the view of Ulvik herad. Keep debates factual. Make it clear that you speak on your own behalf, especially on professional and political questions. In emergencies and crises, the management of Ulvik herad informs the public.',
      },
    },
    {
      id: 4,
      kind: 'check',
      title: { nn: 'Ikkje uttal deg om kollegaer', nb: 'Ikke uttal deg om kolleger', en: 'Do not comment on colleagues' },
      text: {
        nn: 'Du skal ikkje uttala deg om kollegaer på til dømes Facebook eller andre opne medium.',
        nb: 'Du skal ikke uttale deg om kolleger på for eksempel Facebook eller andre åpne medier.',
        en: 'Do not make statements about colleagues on, for example, Facebook or other open media.',
      },
    },
    {
      id: 5,
      kind: 'reminder',
      title: { nn: 'Fagleg sjølvstende og integritet', nb: 'Faglig selvstendighet og integritet', en: 'Professional independence and integrity' },
      text: {
        nn: 'Som tilsett i Ulvik herad må du vera bevisst på kva du uttalar deg om, og korleis du formulerer einskildmeldingar, slik at dei tek vare på eige fagleg sjølvstende og integritet.',
        nb: 'Som ansatt i Ulvik herad må du være bevisst på hva du uttaler deg om, og hvordan du formulerer enkeltmeldinger, slik at de ivaretar egen faglig selvstendighet og integritet.',
        en: 'As an employee of Ulvik herad you must be aware of what you comment on and how you phrase individual messages, so that they protect your own professional independence and integrity.',
      },
    },
    {
      id: 6,
      kind: 'reminder',
      title: { nn: 'Del gjerne frå dei offisielle kontoane', nb: 'Del gjerne fra de offisielle kontoene', en: 'Feel free to share from the official accounts' },
      text: {
        nn: 'Du må gjerne dela innhald frå heradet sine offisielle medium-kontoar, som er viktige kanalar for å kommunisera med målgruppene våre. Ein når då ut til fleire, og det kan vera positivt at verksemda ynskjer å ta i bruk sosiale medium i kommunikasjonen med målgruppene sine.',
        nb: 'Du må gjerne dele innhold fra heradets offisielle mediekontoer, som er viktige kanaler for å kommunisere med målgruppene våre. Man når da ut til flere, og det kan være positivt at virksomheten ønsker å ta i bruk sosiale medier i kommunikasjonen med målgruppene sine.',
        en: "Feel free to share content from the municipality's official media accounts, which are important channels for reaching our audiences. It reaches more people, and it can be positive that the organisation wants to use social media to communicate with its audiences.",
      },
    },
    {
      id: 7,
      kind: 'check',
      title: { nn: 'På vegner av heradet: sakleg, høfleg og kort', nb: 'På vegne av heradet: saklig, høflig og kort', en: 'On behalf of the municipality: factual, polite and short' },
      text: {
        nn: 'Når du nyttar sosiale medium på vegne av Ulvik herad, svar sakleg og høfleg på tilbakemeldingar. Dette gjeld uavhengig om dei er positive, nøytrale eller negative. Det er ein god hugseregul å svara kort og konsist.',
        nb: 'Når du bruker sosiale medier på vegne av Ulvik herad, svar saklig og høflig på tilbakemeldinger. Dette gjelder uavhengig av om de er positive, nøytrale eller negative. Det er en god huskeregel å svare kort og konsist.',
        en: 'When you use social media on behalf of Ulvik herad, reply factually and politely to feedback, whether it is positive, neutral or negative. A good rule of thumb is to answer briefly and concisely.',
      },
    },
    {
      id: 8,
      kind: 'check',
      title: { nn: 'Inga sakshandsaming i sosiale medium', nb: 'Ingen saksbehandling i sosiale medier', en: 'No case handling on social media' },
      text: {
        nn: 'Sosiale medium skal ikkje nyttast til sakshandsaming.',
        nb: 'Sosiale medier skal ikke brukes til saksbehandling.',
        en: 'Social media must not be used for case handling.',
      },
    },
    {
      id: 9,
      kind: 'check',
      title: { nn: 'Bilete krev samtykke', nb: 'Bilder krever samtykke', en: 'Pictures need consent' },
      text: {
        nn: 'Det skal ikkje leggjast ut bilete frå arbeidsplassen utan at brukarar, pårørande og kollegaer har gjeve samtykkje til det.',
        nb: 'Det skal ikke legges ut bilder fra arbeidsplassen uten at brukere, pårørende og kolleger har gitt samtykke til det.',
        en: 'Pictures from the workplace must not be posted without consent from users, relatives and colleagues.',
      },
    },
    {
      id: 10,
      kind: 'reminder',
      title: { nn: 'Tillit til tenestene', nb: 'Tillit til tjenestene', en: 'Public trust in the services' },
      text: {
        nn: 'Ved bruk av sosiale medium skal du opptre på ein slik måte at ålmenta skal ha tillit til tilsette i heradet sine tenester.',
        nb: 'Ved bruk av sosiale medier skal du opptre slik at allmennheten har tillit til tjenestene til de ansatte i heradet.',
        en: "When using social media, behave in a way that lets the public trust the services of the municipality's employees.",
      },
    },
    {
      id: 11,
      kind: 'check',
      title: { nn: 'Heradet sitt syn: vis til leiinga', nb: 'Heradets syn: vis til ledelsen', en: "The municipality's view: refer to management" },
      text: {
        nn: 'Får du spørsmål om Ulvik herad sitt syn i aktuelle saker gjennom sosiale medium - tenk gjennom om dette er noko du som tilsett bør svara på sjølv, eller om du skal visa til leiinga. Du må vera medviten lojalitetsplikta di som arbeidstakar.',
        nb: 'Får du spørsmål om Ulvik herads syn i aktuelle saker gjennom sosiale medier – tenk gjennom om dette er noe du som ansatt bør svare på selv, eller om du skal vise til ledelsen. Du må være bevisst lojalitetsplikten din som arbeidstaker.',
        en: "If you are asked on social media about Ulvik herad's view on current matters, consider whether you as an employee should answer yourself or refer to management. Be aware of your duty of loyalty as an employee.",
      },
    },
    {
      id: 12,
      kind: 'check',
      title: { nn: 'Ver varsam med lenkjer', nb: 'Vær varsom med lenker', en: 'Be careful with links' },
      text: {
        nn: 'Det er viktig å vera varsam med førespurnadar du mottok, dei kan innehalda lenkjer til skadeleg programvare.',
        nb: 'Det er viktig å være varsom med henvendelser du mottar, de kan inneholde lenker til skadelig programvare.',
        en: 'Be careful with requests you receive; they may contain links to malicious software.',
      },
    },
  ],
};

import rule from '../../src/rules/g4/colleague';
import { ruleTester } from '../helpers/rule-tester';

// Round 4, for kinds of miss seen on newer unseen sets: a job title before a name ('Vaktmeister Jostein'), a unit joined
// to a name ('IT-Kenneth'), a job title with a preposition and a unit compound ('kokken på skulekjøkenet'), 'noen i
// ledelsen', doubt emoji (turtle, shrug) next to a placed co-worker, 'veit ikkje forskjell på', 'hvem ansatte',
// 'zero leadership', and 'gratulerer til X som fekk stillinga' with a backhanded remark. Neutral mentions stay clean.
ruleTester(rule, {
  valid: [
    'Vaktmeister Ola har fiksa lyset i gymsalen, takk!',
    'Gratulerer til Siri som fekk stillinga som einingsleiar!',
    'Congrats to Maria who got the job, well deserved.',
    'Kokken på skulekjøkenet laga nydeleg fiskesuppe i dag.',
    'Noen i ledelsen har bestilt pizza til alle på fredag.',
    'IT-Geir hjelpte meg med den nye skrivaren, supert.',
    'The nurses at the emergency department were so kind to my mother.',
    'Ingeniøren på VA viste oss rundt på reinseanlegget.',
    'Tja, eg veit ikkje om eg rekk bussen i dag.',
    'Ho veit ikkje forskjell på høgre og venstre enno, ho er tre år 😂',
    'Vaktmester Arne har pensjonert seg etter 40 år, takk for innsatsen!',
    'Er du sjuk? Kollegaen min har laga suppe til deg.',
    'Kven er sjuk i dag? Kollegaen min har laga suppe.',
    'Hvem vil ha kake? Kollegaen min har bakt to.',
    'Gamle Ingrid på avdelinga kjende ikkje att barnebarnet sitt i dag. Trist.',
    'Har du noen gang vært på Preikestolen? Anbefales!',
    'Eg har heimekontor i dag, Oslo er nedsnødd.',
  ],
  invalid: [
    'Vaktmester Rolf har visst flyttet fra kona igjen 😂',
    'Kokk Hanne har visst fått sparken 🤭',
    'HR-Lise har visst ein ny kjærast kvar månad 🙄',
    'IT-Tore fekk visst åtvaring for fyll i helga',
    'Sjukepleiaren på nattevakta er skikkeleg lat, søv heile natta 🙄',
    'Kokken på barnehagekjøkkenet er så lat, alt kjem frå boks 🤢',
    'The cook at the school kitchen is so lazy, everything is microwaved 🤢',
    'Nokon i leiinga burde kanskje lære seg å lese budsjett 🙃',
    'Someone in management should learn to read a spreadsheet 🙃',
    'Lurer på om Trond på byggesak nokon gong blir ferdig med den saka 🐢',
    'Vår nye avdelingsleiar har sikkert mange kurs, men folkevett? Tja 🤷',
    'Ny leder på økonomi vet ikke forskjell på budsjett og regnskap.',
    'Den nye rektoren veit ikkje skilnad på ein elev og ein kunde.',
    'Our new team leader has zero leadership skills, honestly.',
    'Ny sjef på kjøkkenet. Hvem ansatte ham liksom?',
    'Gratulerer til Kari som fekk stillinga. Synd ho ikkje kan noko om budsjett 😬',
    'Gjett kven som kom for seint igjen? Sjefen vår, sjølvsagt.',
    'Who forgot the meeting AGAIN? Our lovely supervisor 🙃',
    'Nokre av oss møter opp, andre har "heimekontor" kvar fredag. Du veit kven du er, Geir.',
    'Some of us do the work, others are "working from home". You know who you are, Mark.',
    'Lurer på om Frode på teknisk nokon gong kjem til å svare på ein e-post 🐢',
    'Berre så de veit er Bjørn-Are borte resten av veka, kneoperasjon. Ikkje spør han om vaktbytte.',
  ],
});

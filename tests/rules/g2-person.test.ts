/** The shared person-reference helpers (src/rules/shared/person.ts), used by G2 and open to other rules. */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/engine/analyze';
import { resolveEngineConfig } from '../../src/engine/config';
import { clauseIds, firstPersonAt, ownerOf, ownRelatives, personRefs, readsAsEnglish, tokenIndexAt } from '../../src/rules/shared/person';

const { config } = resolveEngineConfig(undefined);

function refs(text: string): string[] {
  const doc = prepare(text);
  return personRefs(doc, config).map((r) => `${r.kind}${r.strong ? '!' : ''}:${doc.tokens.slice(r.first, r.last).map((t) => t.text).join(' ')}`);
}

function owner(text: string, item: string): string {
  const doc = prepare(text);
  const start = text.toLowerCase().indexOf(item.toLowerCase());
  const first = tokenIndexAt(doc, start);
  const last = tokenIndexAt(doc, start + item.length);
  return ownerOf(doc, first, last, config);
}

describe('personRefs', () => {
  it('finds names, titles, rooms, pronouns, roles, relatives and group members', () => {
    expect(refs('Tenkjer på Solbjørg som er sjuk.')).toContain('name!:solbjørg');
    expect(refs('Herr Skjelbreid fekk besøk.')).toContain('title!:herr skjelbreid');
    expect(refs('Mrs. Berge in room 7 is fine.')).toEqual(expect.arrayContaining(['title!:mrs berge', 'room!:room 7']));
    expect(refs('Han på rom 12 søv.')).toEqual(['pronoun:han', 'room!:rom 12']);
    expect(refs('Pasienten og sjefen vår.')).toEqual(['role:pasienten', 'role:sjefen']);
    expect(refs('Dottera til Bjarne ringde.')).toEqual(['relative:dottera', 'name!:bjarne']);
    expect(refs('Ein av elevane mine.')).toEqual(['member:ein av elevane']);
    expect(refs('One of our residents.')).toEqual(['member:one of our residents']);
  });
  it('leaves out sentence starts, places, greetings, groups and the writer’s own family', () => {
    expect(refs('Bebuarane er glade.')).toEqual([]);
    expect(refs('Me køyrde til Voss i dag.')).toEqual([]);
    expect(refs('Hei Kari! Takk for sist.')).toEqual([]);
    expect(refs('Mora mi og my mum.')).toEqual([]);
    expect(refs('NAV og BUP har ope.')).toEqual([]);
    expect(refs('Høyrer at det er fint.')).toEqual([]);
  });
  it('knows first names at a sentence start, and English "her" only in English', () => {
    expect(refs('Gudrun har det fint.')).toEqual(['name!:gudrun']);
    expect(refs('Her er biletet.')).toEqual([]);
    expect(refs('I saw her at the shop and she was fine.')).toEqual(expect.arrayContaining(['pronoun:her', 'pronoun:she']));
  });
});

describe('clauseIds', () => {
  it('merges false breaks and splits at emoji', () => {
    const doc = prepare('Ein elev i 9. klasse kom 😊 Kari gjekk.');
    const c = clauseIds(doc);
    const at = (w: string) => c[doc.tokens.findIndex((t) => t.text === w)];
    expect(at('klasse')).toBe(at('elev'));
    expect(at('kari')).not.toBe(at('kom'));
  });
});

describe('ownerOf', () => {
  it('tells own, office and third-person items apart', () => {
    expect(owner('Ring meg på 412 34 567', '412 34 567')).toBe('self');
    expect(owner('Ring sentralbordet på 56 52 00 00', '56 52 00 00')).toBe('office');
    expect(owner('Nummeret hans er 913 56 204', '913 56 204')).toBe('third');
    expect(owner('Mora til Ola har 412 34 567', '412 34 567')).toBe('third');
    expect(owner('Ring Anne på 412 34 567', '412 34 567')).toBe('office');
    expect(owner('Nummer: 412 34 567', '412 34 567')).toBe('unknown');
  });
});

describe('other helpers', () => {
  it('firstPersonAt, ownRelatives, readsAsEnglish', () => {
    expect(firstPersonAt(prepare('Eg og jeg, men i dag og I går')).length).toBe(2);
    expect(firstPersonAt(prepare('I think I was there with the team.')).length).toBe(2);
    expect(ownRelatives(prepare('Mora mi og min kjære søster')).length).toBe(2);
    expect(readsAsEnglish(prepare('She is in the garden with the dog.'))).toBe(true);
    expect(readsAsEnglish(prepare('Ho er i hagen med hunden.'))).toBe(false);
  });
});

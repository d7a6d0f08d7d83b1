/**
 * Claimants a document names once for all its figures: a "Role: claim" headline whose role the
 * article qualifies with a party elsewhere ("Ombudsman: …" above "the Artsakh Human Rights Defender"),
 * a headline in reported speech ("X says …", "X … açıkladı"), a paragraph that breaks down an
 * earlier count ("This number includes …", "Среди погибших …"), and a next sentence naming the
 * speaker of "this" ("This was reported by X", "Об этом сообщила X", "Bu barədə X bildirib").
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './lang/briefs';

const brief = claimantBriefs('en');

describe('a breakdown of an earlier count keeps its speaker across a paragraph break', () => {
  it.each([
    [
      'en',
      'Karabakh officials said that 90 people were killed.\n\nThis number includes 12 killed civilians and four children.',
      ['nk_authorities', 'nk_authorities'],
    ],
    [
      'en',
      'Karabakh officials said that 90 people were killed.\n\nAmong the dead are 12 civilians.',
      ['nk_authorities'],
    ],
    [
      'ru',
      'Минобороны Азербайджана сообщило, что погибли 40 человек.\n\nСреди погибших — шесть мирных жителей.',
      ['az_mod'],
    ],
  ])('%s: %s', (lang, text, claimants) => {
    // The first figure is the count broken down; the rest follow the break.
    const found = claimantBriefs(lang)(text).slice(1);
    expect(found.map((f) => f.claimant)).toEqual(claimants);
  });

  it('does not carry a speaker into a new paragraph that breaks down nothing', () => {
    const text =
      'Karabakh officials said that 90 people were killed.\n\nIn Tartar, 12 civilians were killed.';
    expect(brief(text).filter((f) => f.value === 12)).toEqual([
      figure(12, 'exact', 'civilians_killed', 'AZ'),
    ]);
  });
});

describe('a headline role the article places', () => {
  it('gives the body figures the speaker of a bare-role headline, placed by the lede', () => {
    // The headline's copies of the body's figures are reported once, from the body.
    const text = [
      'Ombudsman: 9 civilians killed in a week',
      'A fact-finding team in the office of the Artsakh Human Rights Defender studied every case.',
      'In all, 9 civilians were killed and 31 were injured.',
    ].join('\n\n');
    expect(brief(text)).toEqual([
      figure(9, 'exact', 'civilians_killed', 'ARM', 'nk_authorities'),
      figure(31, 'exact', 'civilians_injured', 'ARM', 'nk_authorities'),
    ]);
  });

  it('skips a role named as the attacker ("shelling by the … armed forces")', () => {
    const text = [
      'Defence ministry: three Armenian tanks destroyed',
      'The strikes followed shelling by the Armenian armed forces overnight.',
      'Azerbaijan’s defence ministry published footage of the strikes.',
    ].join('\n\n');
    expect(brief(text)).toEqual([figure(3, 'exact', 'tanks_destroyed', 'ARM', 'az_mod')]);
  });

  it('reads a party after the role behind "of"', () => {
    const text =
      'Ombudsman: 4 civilians wounded\n\nThe Ombudsman of Azerbaijan visited Tartar. In all, 6 civilians were wounded there.';
    expect(brief(text).map((f) => f.claimant)).toEqual(['az_gov', 'az_gov']);
  });

  it('leaves the claimant open when the article never places the role', () => {
    const text = 'Ombudsman: 9 civilians killed in a week\n\nIn all, 9 civilians were killed.';
    expect(brief(text).map((f) => f.claimant)).toEqual([null]);
  });
});

describe('a headline in reported speech speaks for the unattributed body', () => {
  it.each([
    [
      'en',
      'Azerbaijan’s defence ministry says 12 Armenian tanks destroyed\n\nNear Fuzuli, 12 tanks were destroyed and 4 drones downed.',
      ['az_mod', 'az_mod'],
    ],
    [
      'tr',
      'Azerbaycan Savunma Bakanlığı 40 Ermeni askerin öldürüldüğünü açıkladı\n\n"Düşman ağır kayıplar verdi. 12 tank imha edildi."',
      ['az_mod', 'az_mod'],
    ],
  ])('%s', (lang, text, claimants) => {
    expect(claimantBriefs(lang)(text).map((f) => f.claimant)).toEqual(claimants);
  });

  it('leaves a lede sentence to its own paragraph', () => {
    const text =
      'Azerbaijan’s defence ministry said 3 drones were downed.\n\nIn Tartar, 2 civilians were killed.';
    expect(brief(text).map((f) => f.claimant)).toEqual(['az_mod', null]);
  });
});

describe('a next sentence naming the speaker of "this"', () => {
  it.each([
    [
      'en',
      'Shelling of Tartar killed 3 civilians overnight.\n\nThis was reported by Azerbaijan’s Prosecutor General’s Office.',
      ['az_prosecutor'],
    ],
    [
      'ru',
      'В результате обстрела Тертера погибли 3 мирных жителя.\n\nОб этом сообщила Генеральная прокуратура Азербайджана.',
      ['az_prosecutor'],
    ],
    [
      'az',
      'Raket zərbələri nəticəsində 12 nəfər yaralanıb və 3 nəfər həlak olub.\n\nBu barədə Azərbaycan Prezidentinin köməkçisi Hikmət Hacıyev bildirib.',
      ['az_hajiyev', 'az_hajiyev'],
    ],
  ])('%s', (lang, text, claimants) => {
    expect(claimantBriefs(lang)(text).map((f) => f.claimant)).toEqual(claimants);
  });

  it('takes no speaker from a next sentence about something else', () => {
    const text =
      'Shelling of Tartar killed 3 civilians overnight.\n\nAzerbaijan’s Prosecutor General’s Office said schools were closed.';
    expect(brief(text).map((f) => f.claimant)).toEqual([null]);
  });
});

/**
 * People the conflict itself killed are its dead overall, of no one side, in every language
 * (grammar wholeConflict): "Bei den Kämpfen kamen … Menschen ums Leben", "Le conflit a fait … morts",
 * "Negli scontri sono morte … persone", "В ходе боев погибли … человек", "Конфликт унес жизни …",
 * "Çatışmalarda … kişi hayatını kaybetti", "Döyüşlər nəticəsində … nəfər həlak olub", "Մարտերում
 * զոհվել է … մարդ". A noun the war's dead are counted by ("morts", "մարդ") is no longer a civilian
 * word alone. Named soldiers or civilians stay what they are. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('people the conflict killed, in every language', () => {
  it.each([
    ['de', 'Bei den Kämpfen kamen mehr als 6.500 Menschen ums Leben.', '6500 deaths null'],
    ['de', 'Der Krieg hat bisher 5000 Menschen getötet.', '5000 deaths null'],
    ['fr', 'Le conflit a fait plus de 6 500 morts.', '6500 deaths null'],
    ['fr', 'Lors des combats, 40 personnes ont été tuées.', '40 deaths null'],
    ['it', 'Negli scontri sono morte 60 persone.', '60 deaths null'],
    ['it', 'La guerra ha causato 7.000 morti.', '7000 deaths null'],
    ['ru', 'В ходе боев погибли 70 человек.', '70 deaths null'],
    ['ru', 'Конфликт унес жизни более 6 тысяч человек.', '6000 deaths null'],
    ['tr', 'Çatışmalarda 40 kişi hayatını kaybetti.', '40 deaths null'],
    ['az', 'Döyüşlər nəticəsində 50 nəfər həlak olub.', '50 deaths null'],
    ['hy', 'Մարտերում զոհվել է 50 մարդ։', '50 deaths null'],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });

  it.each([
    ['de', 'Bei den Kämpfen wurden 30 Soldaten getötet.', '30 soldiers_killed null'],
    [
      'de',
      'Bei aserbaidschanischen Angriffen auf Stepanakert wurden 5 Menschen getötet.',
      '5 civilians_killed ARM',
    ],
    ['fr', 'Lors des combats, 12 civils ont été tués à Tartar.', '12 civilians_killed AZ'],
    ['it', 'Negli scontri sono morti 20 soldati.', '20 soldiers_killed null'],
    ['ru', 'В ходе боев погибли 30 военнослужащих.', '30 soldiers_killed null'],
    ['tr', 'Çatışmalar sonucunda 12 sivil öldü.', '12 civilians_killed null'],
    ['az', 'Toqquşmalarda 9 hərbçi həlak olub.', '9 soldiers_killed null'],
    ['hy', 'Մարտերում զոհվել է 20 զինծառայող։', '20 soldiers_killed null'],
  ])('%s: still %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });
});

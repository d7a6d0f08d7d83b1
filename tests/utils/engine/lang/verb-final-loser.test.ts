/**
 * Where the verb ends the clause (Turkish, Azerbaijani), a party that opens the clause and a verb
 * of its own loss after the count ("kaybetti", "itirib") make that party the loser, whoever reports
 * it: "Ermenistan ordusu cephede 150'den fazla asker kaybetti". Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('verb-final: the subject lost its own', () => {
  it.each([
    [
      'tr',
      "Azerbaycan Savunma Bakanlığı, Ermenistan ordusunun cephede 120'den fazla askerini kaybettiğini açıkladı.",
    ],
    ['tr', "Ermenistan ordusu cephe hattında 120'den fazla asker kaybetti."],
    ['az', 'Müdafiə Nazirliyi bildirib ki, Ermənistan ordusu son sutkada 120-dən çox hərbçisini itirib.'],
  ])('%s: %s', (lang, text) => {
    expect(read(lang, text)).toEqual(['120 soldiers_killed ARM']);
  });

  it("reads an Azerbaijani subject's own loss as Azerbaijan's", () => {
    expect(read('tr', 'Azerbaycan ordusu cephede 12 asker kaybetti.')).toEqual(['12 soldiers_killed AZ']);
  });
});

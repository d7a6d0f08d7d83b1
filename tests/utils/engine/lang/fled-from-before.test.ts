/**
 * Turkish and Azerbaijani name the place people fled before them, in the ablative ("Dağlık
 * Karabağ'dan 100 bin kişi … göç etti", "Dağlıq Qarabağdan 100 min nəfər … köçüb"; grammar
 * fledFromBefore): that place names their side, and in the first war its other one. An ablative
 * that is no place ("Bugünden itibaren") places nobody. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string, publishedDate: string) =>
  extractFigures(text, { lang, publishedDate }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('the place people fled, named before them', () => {
  it.each([
    [
      'tr',
      "Dağlık Karabağ'dan 95 binden fazla kişi Ermenistan'a göç etti.",
      '2023-10-02',
      '95000 displaced ARM',
    ],
    ['tr', "Hankendi'den 45 bin kişi ayrıldı.", '2023-10-02', '45000 displaced ARM'],
    ['az', 'Dağlıq Qarabağdan 95 min nəfər Ermənistana köçüb.', '2023-10-02', '95000 displaced ARM'],
    [
      'az',
      'Birinci Qarabağ müharibəsi zamanı Ermənistandan 200 min azərbaycanlı qovulub.',
      '2020-10-02',
      '200000 displaced AZ',
    ],
    ['tr', 'Bugünden itibaren 95 bin kişi göç etti.', '2023-10-02', '95000 displaced null'],
  ])('%s: %s', (lang, text, day, expected) => {
    expect(read(lang, text, day)).toEqual([expected]);
  });
});

/**
 * Turkish and Azerbaijani name the place people fled after their count, in the object's or the
 * source case, before the verb: "90 bin kişi Dağlık Karabağ'ı terk etti", "Hankendi'den
 * ayrıldı", "Xankəndidən qaçıb", "Tərtəri tərk edib". The place names their side, as a place
 * before the count does ("Qarabağdan 100 min nəfər köçüb"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side ?? '-'}`);

describe('a fled place after the count', () => {
  it.each([
    ['tr', "Yaklaşık 90 bin kişi Dağlık Karabağ'ı terk etti.", '90000 displaced ARM'],
    ['tr', "Yaklaşık 90 bin kişi Dağlık Karabağ'dan kaçtı.", '90000 displaced ARM'],
    ['tr', "Yaklaşık 90 bin kişi Hankendi'den ayrıldı.", '90000 displaced ARM'],
    ['az', 'Təxminən 90 min nəfər Dağlıq Qarabağı tərk edib.', '90000 displaced ARM'],
    ['az', 'Təxminən 90 min nəfər Xankəndidən qaçıb.', '90000 displaced ARM'],
    ['az', '2 min nəfər Tərtəri tərk edib.', '2000 displaced AZ'],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });

  it('tr: a place that names no side leaves it open', () => {
    expect(read('tr', '50 bin kişi bölgeyi terk etti.')).toEqual(['50000 displaced -']);
  });
});

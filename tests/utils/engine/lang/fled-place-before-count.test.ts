/**
 * People who fled are on the side of the place they fled: in Russian also when the place stands
 * before the verb and the count ("Из Степанакерта бежали …", "Шушу покинули …"), where it is no
 * attacker, and in Armenian by its ablative ("Ստեփանակերտից տարհանվել է …"); and in every language a
 * town fled names its side as a country does ("из Тертера", "Tərtərdən … köçüb", "aus Terter"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../utils/engine/figures';

const read = (lang: string, text: string) =>
  extractFigures(text, { lang }).map((f) => `${f.value} ${f.metric} ${f.side}`);

describe('the place fled, before the count or a town', () => {
  it.each([
    ['ru', 'Из Нагорного Карабаха бежали 6 тысяч человек.', '6000 displaced ARM'],
    ['ru', 'Нагорный Карабах покинули более 90 тысяч человек.', '90000 displaced ARM'],
    ['ru', 'Из Степанакерта в Армению прибыли 4 тысячи беженцев.', '4000 displaced ARM'],
    ['ru', 'Из Тертера бежали 3 тысячи человек.', '3000 displaced AZ'],
    ['ru', 'Более 1 тысячи жителей покинули Тертер.', '1000 displaced AZ'],
    ['az', 'Tərtərdən 3 min nəfər köçüb.', '3000 displaced AZ'],
    ['de', 'Mehr als 3000 Menschen flohen aus Terter.', '3000 displaced AZ'],
    ['fr', 'Plus de 3 000 personnes ont fui Stepanakert.', '3000 displaced ARM'],
    ['hy', 'Ստեփանակերտից տարհանվել է 2500 մարդ։', '2500 displaced ARM'],
    ['hy', 'Սյունիքից տարհանվել է 1200 մարդ։', '1200 displaced ARM'],
    ['hy', 'Թարթառից փախել է 1800 մարդ։', '1800 displaced AZ'],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(lang, text)).toEqual([expected]);
  });

  it('takes no side from where they went or their own homes', () => {
    expect(read('ru', 'Свои дома покинули 7 тысяч человек.')).toEqual(['7000 displaced null']);
  });
});

/**
 * Officials quoted by name in each language's spelling: ombudsmen (Tatoyan, Sabina Aliyeva),
 * ministers of defence (Tonoyan, Papikyan, Zakir Hasanov) and foreign ministers (Mirzoyan)
 * resolve to their party's claimant. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs } from './briefs';

const claimantOf = (lang: string, text: string) => claimantBriefs(lang)(text).map((f) => f.claimant);

describe('officials named in each language', () => {
  it.each([
    ['ru', 'Арман Татоян сообщил, что погибли 6 мирных жителей.', 'arm_gov'],
    ['ru', 'По словам Давида Тонояна, уничтожены 9 азербайджанских танков.', 'arm_mod'],
    ['ru', 'Закир Гасанов заявил, что уничтожены 9 армянских танков.', 'az_mod'],
    ['de', 'Tatojan sagte, sechs Zivilisten seien getötet worden.', 'arm_gov'],
    ['fr', 'Selon Arman Tatoïan, six civils ont été tués.', 'arm_gov'],
    ['tr', 'Arman Tatoyan, 6 sivilin hayatını kaybettiğini açıkladı.', 'arm_gov'],
    ['tr', 'Sabina Aliyeva, 6 sivilin yaralandığını açıkladı.', 'az_gov'],
    ['az', 'Səbinə Əliyeva bildirib ki, 6 dinc sakin yaralanıb.', 'az_gov'],
    ['az', 'Suren Papikyan bildirib ki, 6 hərbçi yaralanıb.', 'arm_mod'],
    ['hy', 'Արման Թաթոյանի խոսքով՝ զոհվել է 6 խաղաղ բնակիչ։', 'arm_gov'],
    ['it', 'Secondo Ararat Mirzoyan, sei civili sono stati uccisi.', 'arm_mfa'],
  ])('%s: %s', (lang, text, id) => {
    expect(claimantOf(lang, text)).toEqual([id]);
  });
});

import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../utils/i18n/catalogs';
import { UI_LANGUAGES } from '../../../utils/i18n/languages';
import { en as enMessages } from '../../../utils/i18n/messages/en';
import { enErrors } from '../../../utils/i18n/messages/errors/en';
import { ENGLISH_PACK_LABELS, PACK_LABELS } from '../../../utils/i18n/pack-labels';
import { catalogProblems } from './catalog-check';

const others = UI_LANGUAGES.filter((language) => language !== 'en');
/** English whole: the messages and the error part (messages/errors) each language's catalog merges. */
const en = CATALOGS.en;

describe('the catalogs', () => {
  it.each(others)('%s has exactly English’s keys, shapes, placeholders and its plural forms', (language) => {
    expect(catalogProblems(language, CATALOGS[language], en)).toEqual([]);
  });

  it('English is its messages and its errors, with no other key in both', () => {
    expect(Object.keys(enMessages).filter((key) => key in enErrors)).toEqual([]);
    expect(Object.keys(en).length).toBe(Object.keys(enMessages).length + Object.keys(enErrors).length);
  });

  it('every language has a catalog, and none is English copied over', () => {
    expect(Object.keys(CATALOGS).sort()).toEqual([...UI_LANGUAGES].sort());
    // Words that really are the same as English's in that language (checked one by one).
    const cognates: Record<string, string[]> = {
      fr: [
        'party.NK.short',
        'agreement.compatible',
        'value.vague',
        'manager.tab.sources',
        'storage.sources',
        'ledger.site',
        'claimField.note',
        'claimField.sourceId',
      ],
      it: ['party.ARM', 'party.NK.short'],
      tr: ['ledger.site'],
    };
    const pureTemplate = (text: unknown) =>
      typeof text === 'string' && !/\p{L}/u.test(text.replace(/\{\w+\}/g, ''));
    for (const language of others) {
      const copied = Object.keys(en).filter((key) => {
        const english = en[key as keyof typeof en];
        const own = CATALOGS[language][key as keyof typeof en];
        return JSON.stringify(own) === JSON.stringify(english) && !pureTemplate(english);
      });
      expect(copied, language).toEqual(
        ['manifest.name', 'popup.title', ...(cognates[language] ?? [])].sort(
          (a, b) => Object.keys(en).indexOf(a) - Object.keys(en).indexOf(b),
        ),
      );
    }
  });

  it('notices a missing key, an extra key, a lost placeholder and a missing plural form', () => {
    const ru = { ...CATALOGS.ru } as Record<string, unknown>;
    delete ru['overlay.close'];
    ru['overlay.extra'] = 'лишний';
    ru['overlay.error'] = 'Не удалось найти другие сообщения';
    ru['popup.reportCount'] = { one: '{count} сообщение', other: '{count} сообщения' };
    expect(catalogProblems('ru', ru as never, en)).toEqual([
      'overlay.close: missing',
      'overlay.error: placeholders  ≠ message',
      "popup.reportCount: forms one,other ≠ ru's plural categories few,many,one,other",
      'overlay.extra: not in English',
    ]);
  });

  it('English counted messages have exactly English’s plural forms', () => {
    expect(catalogProblems('en', en, en)).toEqual([]);
  });
});

describe('the topic pack’s labels', () => {
  it.each(others)('%s names every metric, claimant and era of the pack, and nothing else', (language) => {
    const labels = PACK_LABELS[language];
    for (const kind of ['metrics', 'claimants', 'eras'] as const) {
      expect(Object.keys(labels[kind]).sort(), `${language} ${kind}`).toEqual(
        Object.keys(ENGLISH_PACK_LABELS[kind]).sort(),
      );
      for (const [id, label] of Object.entries(labels[kind]))
        expect(label.trim().length, `${language} ${kind} ${id}`).toBeGreaterThan(0);
    }
  });
});

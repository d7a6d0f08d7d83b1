/**
 * The ablative ending of a number written in digits, for "more than 14" in Turkish ("14'ten
 * fazla") and Azerbaijani ("14-dən çox"): the ending follows the vowel harmony (and, in Turkish,
 * the voicing) of the number's last spoken word, so it is worked out from the digits. Pure.
 */
type Harmony = 'front' | 'back';

/** The last spoken word's harmony and whether it ends in a voiceless consonant (Turkish t-). */
interface WordEnd {
  harmony: Harmony;
  voiceless: boolean;
}

const F = (voiceless = false): WordEnd => ({ harmony: 'front', voiceless });
const B = (voiceless = false): WordEnd => ({ harmony: 'back', voiceless });

// Units 1–9 and tens 10–90, in Turkish (bir … dokuz, on … doksan) and Azerbaijani (bir … doqquz, on … doxsan).
const TR_UNITS = [F(), F(), F(true), F(true), F(true), B(), F(), F(), B()];
const TR_TENS = [B(), F(), B(), B(true), F(), B(true), F(true), F(), B()];
const AZ_UNITS = [F(), F(), F(), F(), F(), B(), F(), F(), B()];
const AZ_TENS = [B(), F(), B(), B(), F(), B(), F(), F(), B()];

function lastWord(value: number, units: WordEnd[], tens: WordEnd[]): WordEnd {
  const n = Math.abs(Math.trunc(value));
  if (n === 0) return B(); // sıfır
  if (n % 10 !== 0) return units[(n % 10) - 1] ?? F();
  if (n % 100 !== 0) return tens[(n % 100) / 10 - 1] ?? F();
  if (n % 1000 !== 0) return F(); // yüz
  if (n % 1_000_000 !== 0) return F(); // bin / min
  return B(); // milyon, milyar(d)
}

/** "'ten", "'dan", "-dən"…; empty for other languages and for decimals (said differently). */
export function ablativeEnding(value: number, language: string): string {
  if (!Number.isInteger(value)) return language === 'tr' ? "'den" : language === 'az' ? '-dən' : '';
  if (language === 'tr') {
    const end = lastWord(value, TR_UNITS, TR_TENS);
    return `'${end.voiceless ? 't' : 'd'}${end.harmony === 'front' ? 'en' : 'an'}`;
  }
  if (language === 'az') {
    const end = lastWord(value, AZ_UNITS, AZ_TENS);
    return end.harmony === 'front' ? '-dən' : '-dan';
  }
  return '';
}

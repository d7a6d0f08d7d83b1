/**
 * Character references for htmlToText: the named entities news pages actually use,
 * numeric references with the browsers' Windows-1252 quirk, and the legacy names
 * that browsers also accept without a semicolon ("&copy 2020", "&amp").
 */

/** HTML 4 Latin-1 entities, in code point order from U+00A0. */
const LATIN1_NAMES = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr ' +
  'deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml ' +
  'eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

const OTHER_NAMES: Record<string, number> = {
  amp: 0x26,
  lt: 0x3c,
  gt: 0x3e,
  quot: 0x22,
  apos: 0x27,
  OElig: 0x152,
  oelig: 0x153,
  Scaron: 0x160,
  scaron: 0x161,
  Yuml: 0x178,
  fnof: 0x192,
  circ: 0x2c6,
  tilde: 0x2dc,
  ensp: 0x2002,
  emsp: 0x2003,
  thinsp: 0x2009,
  zwnj: 0x200c,
  zwj: 0x200d,
  lrm: 0x200e,
  rlm: 0x200f,
  ndash: 0x2013,
  mdash: 0x2014,
  horbar: 0x2015,
  lsquo: 0x2018,
  rsquo: 0x2019,
  sbquo: 0x201a,
  ldquo: 0x201c,
  rdquo: 0x201d,
  bdquo: 0x201e,
  dagger: 0x2020,
  Dagger: 0x2021,
  bull: 0x2022,
  hellip: 0x2026,
  permil: 0x2030,
  prime: 0x2032,
  Prime: 0x2033,
  lsaquo: 0x2039,
  rsaquo: 0x203a,
  euro: 0x20ac,
  trade: 0x2122,
  minus: 0x2212,
  larr: 0x2190,
  rarr: 0x2192,
  uarr: 0x2191,
  darr: 0x2193,
  harr: 0x2194,
  asymp: 0x2248,
  ne: 0x2260,
  le: 0x2264,
  ge: 0x2265,
  infin: 0x221e,
  // Letters of Azerbaijani, Turkish and Armenian transliterations.
  Gbreve: 0x11e,
  gbreve: 0x11f,
  Idot: 0x130,
  imath: 0x131,
  inodot: 0x131,
  Scedil: 0x15e,
  scedil: 0x15f,
  Ccaron: 0x10c,
  ccaron: 0x10d,
  Zcaron: 0x17d,
  zcaron: 0x17e,
  Amacr: 0x100,
  amacr: 0x101,
};

const NAMED = new Map<string, string>();
LATIN1_NAMES.forEach((name, i) => {
  NAMED.set(name, String.fromCharCode(0xa0 + i));
});
for (const [name, code] of Object.entries(OTHER_NAMES)) NAMED.set(name, String.fromCharCode(code));

/** Names browsers decode even without the closing semicolon. */
const LEGACY = new Set([
  ...LATIN1_NAMES,
  'amp',
  'lt',
  'gt',
  'quot',
  'AMP',
  'LT',
  'GT',
  'QUOT',
  'COPY',
  'REG',
]);
NAMED.set('AMP', '&');
NAMED.set('LT', '<');
NAMED.set('GT', '>');
NAMED.set('QUOT', '"');
NAMED.set('COPY', '©');
NAMED.set('REG', '®');
const LONGEST_LEGACY = Math.max(...[...LEGACY].map((n) => n.length));

/** What browsers show for &#128;–&#159; (Windows-1252), where 0 means "no mapping". */
const CP1252 = [
  0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0, 0x17e,
  0x178,
];

function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  if (code >= 0x80 && code <= 0x9f) return String.fromCharCode(CP1252[code - 0x80] || code);
  return String.fromCodePoint(code);
}

const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,8})|([A-Za-z][A-Za-z0-9]{0,31}))(;?)/g;

function decodeNamed(name: string, semicolon: string): string | null {
  if (semicolon) {
    const exact = NAMED.get(name);
    if (exact !== undefined) return exact;
  }
  for (let length = Math.min(name.length, LONGEST_LEGACY); length >= 2; length--) {
    const prefix = name.slice(0, length);
    if (LEGACY.has(prefix)) return `${NAMED.get(prefix)}${name.slice(length)}${semicolon}`;
  }
  return null;
}

/** Decodes character references; unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, dec?: string, hex?: string, name?: string, semicolon = '') => {
    if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    return decodeNamed(name as string, semicolon) ?? whole;
  });
}

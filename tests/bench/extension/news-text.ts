/**
 * Deterministic news text that is NOT Nagorno-Karabakh coverage: other wars, disasters, markets
 * and sport, with the same vocabulary of losses and numbers the engine looks for, so the coverage
 * gate has real work to do and must still say no.
 */
import { seededRandom } from './stats';

const SENTENCES = [
  'Ukrainian air defences shot down {n} of {m} drones launched overnight, the air force said on {day}.',
  'In Idlib, at least {n} civilians were killed when {w} helicopters dropped barrel bombs on a market.',
  'The central bank raised its key rate by {n} basis points, the third rise this year.',
  'The home side won {n}-{w} after two late goals; more than {k} fans watched the match.',
  'Libyan forces said they destroyed {w} tanks and seized {n} armoured vehicles south of Tripoli.',
  'Exports of grain rose to {n} million tonnes in {month}, up from about {k} tonnes a year earlier.',
  "Sudan's army said {n} fighters were killed in clashes near Omdurman on {day}.",
  'Heavy rain flooded {n} villages in the north, and {w} bridges were closed to traffic.',
  'The city council approved a budget of {n} billion for schools, roads and public transport.',
  'Negotiators in Geneva said talks on a ceasefire in Yemen would resume on {day}.',
  'Rescuers pulled {w} survivors from the rubble after the earthquake, officials said.',
  'Shares in the carmaker fell {n} percent after it cut its forecast for the year.',
  'The ministry of health reported {k} new cases and {n} deaths in the past week.',
  'Police said {w} people were injured when a bus overturned on the coastal road.',
  'Myanmar junta aircraft struck a village in Sagaing, killing at least {n} people, residents said.',
  'Farmers drove {n} tractors into the capital to protest against the new fuel tax.',
  'The striker has scored {n} goals in {m} matches since joining the club in {month}.',
  'Firefighters battled {w} wildfires that have burnt {k} hectares of forest since {day}.',
];

const WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens of'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'March', 'May', 'July', 'October', 'December'];

/** Paragraphs of other news, together at least `chars` characters long. */
export function otherNewsParagraphs(chars: number, seed = 20240101): string[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const fill = (template: string): string =>
    template
      .replace(/\{n\}/g, () => String(2 + Math.floor(random() * 90)))
      .replace(/\{m\}/g, () => String(100 + Math.floor(random() * 50)))
      .replace(/\{k\}/g, () => (1000 + Math.floor(random() * 90_000)).toLocaleString('en'))
      .replace(/\{w\}/g, () => pick(WORDS))
      .replace(/\{day\}/g, () => pick(DAYS))
      .replace(/\{month\}/g, () => pick(MONTHS));
  const paragraphs: string[] = [];
  let total = 0;
  while (total < chars) {
    const count = 3 + Math.floor(random() * 4);
    const paragraph = Array.from({ length: count }, () => fill(pick(SENTENCES))).join(' ');
    paragraphs.push(paragraph);
    total += paragraph.length;
  }
  return paragraphs;
}

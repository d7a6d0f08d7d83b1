/**
 * German perfect: "Die aserbaidschanische Armee hat fünf Panzer zerstört", "Eriwan zufolge hat
 * Aserbaidschan 100 Soldaten verloren", "…, dass die armenische Armee 30 Panzer verloren habe".
 * The participle after the count is the loss verb; its subject stands before the auxiliary (the
 * clause's first part) or, when an attribution opens the clause, right after it. An own-loss
 * participle makes the subject the loser, an active one its agent (Lexicon grammar
 * perfectAuxiliary, perfectLossAfter).
 */
import type { CompiledPack } from './compiled-pack';
import { firstPartySide, opposite } from './side-phrases';
import type { Side } from './types';

/** The last auxiliary in `clause`, as [start, end] offsets inside it, or null. */
function lastAuxiliary(pattern: RegExp, clause: string): [number, number] | null {
  let found: [number, number] | null = null;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(clause); m; m = pattern.exec(clause)) found = [m.index, m.index + m[0].length];
  return found;
}

/**
 * The side of a count a perfect's participle right after it acts on, or null. `clauseStart` is
 * where the text after an attribution before the count starts (0 with none).
 */
export function perfectSubjectSide(
  pack: CompiledPack,
  sentence: string,
  clauseStart: number,
  figureStart: number,
  after: string,
): Side {
  const { perfectAuxiliary, perfectLossAfter, ownLoss } = pack.grammar;
  const m = perfectAuxiliary && perfectLossAfter ? perfectLossAfter.exec(after) : null;
  if (!perfectAuxiliary || !m?.[1]) return null;
  const clauseAt = sentence.lastIndexOf(',', figureStart - 1) + 1;
  const clause = sentence.slice(clauseAt, figureStart);
  const aux = m[2] ? null : lastAuxiliary(perfectAuxiliary, clause);
  // "…, dass die armenische Armee 30 Panzer verloren habe": the auxiliary ends the clause.
  if (!aux && !m[2]) return null;
  const first = aux ? clause.slice(0, aux[0]) : clause;
  const inverted = aux ? clause.slice(aux[1]) : '';
  const auxAt = clauseAt + (aux ? aux[0] : clause.length);
  // "Bei Angriffen der aserbaidschanischen Armee hat Armenien …": an adverbial first part is no subject.
  const adverbial = aux !== null && pack.grammar.introSegment.test(first.trimStart());
  const subject =
    clauseStart > auxAt
      ? adverbial
        ? null
        : firstPartySide(pack, first) // the attribution follows the auxiliary: only the first part
      : clauseStart > clauseAt || adverbial
        ? firstPartySide(pack, inverted) // an attribution or adverbial opens the clause: the subject follows
        : (firstPartySide(pack, first) ?? firstPartySide(pack, inverted));
  if (!subject) return null;
  return ownLoss.test(m[1]) ? subject : opposite(subject);
}

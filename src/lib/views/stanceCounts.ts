/**
 * How many companies gave each answer to one practice, in the vocabulary's order, answers nobody
 * gave left out: the practice pages' "Answers at a glance" and, once the companies are too many
 * to name, the practices index. One pass over the practice's cells. Pure: no Astro.
 */
import { STANCE_ORDER, type CellStance, type Tone } from '../answers/vocabulary.ts';

export interface StanceCount {
  stance: CellStance;
  /** The answer's tone for this practice (every cell of one practice and stance has the same). */
  tone: Tone;
  count: number;
}

export function stanceCounts(cells: Iterable<{ stance: CellStance; tone: Tone }>): StanceCount[] {
  const byStance = new Map<CellStance, StanceCount>();
  for (const { stance, tone } of cells) {
    const known = byStance.get(stance);
    if (known) known.count++;
    else byStance.set(stance, { stance, tone, count: 1 });
  }
  return STANCE_ORDER.flatMap((stance) => byStance.get(stance) ?? []);
}

/**
 * A small seeded pseudo-random generator (mulberry32), so that every fuzz case can be
 * replayed from its seed: `FUZZ_SEED=<seed> npm run fuzz`.
 */
export interface Random {
  /** The seed this generator started from. */
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [min, max]. */
  between(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A new generator whose sequence depends on this one's seed and `salt` only. */
  fork(salt: number): Random;
}

export function random(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const self: Random = {
    seed: seed >>> 0,
    next,
    int: (n) => Math.floor(next() * n),
    between: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick() from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    fork: (salt) => random(Math.imul((seed >>> 0) ^ 0x9e3779b9, 31) + Math.imul(salt, 0x85ebca6b)),
  };
  return self;
}

/**
 * The seed of a fuzz run: `FUZZ_SEED` when set, else `fallback` (fixed, so that `npm test` is
 * reproducible). `FUZZ_SEED=random` draws one seed and writes it back to the environment, so
 * that every process of the run (Playwright's runner and its workers, which inherit the
 * environment) fuzzes with the same one; print it, never put it in a test's title.
 */
export function seedFromEnv(fallback: number): number {
  const raw = process.env['FUZZ_SEED'];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'random') {
    const seed = Math.floor(Math.random() * 2 ** 31);
    process.env['FUZZ_SEED'] = String(seed);
    return seed;
  }
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new Error(`FUZZ_SEED must be an integer or "random", not "${raw}"`);
  return n;
}

/** A count from the environment (`FUZZ_RUNS`, `FUZZ_QUERIES`), else `fallback`. */
export function countFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, not "${raw}"`);
  return n;
}

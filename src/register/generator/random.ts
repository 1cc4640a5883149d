/**
 * Seeded randomness for the generator and the simulator: the same seed gives the same world.
 * sfc32 is written here rather than taken from a library because it is a dozen lines, fast, and we need
 * only uniform numbers; the distributions built on it are ours.
 */
export class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seed: number) {
    this.#a = 0x9e3779b9;
    this.#b = 0x243f6a88;
    this.#c = 0xb7e15162;
    this.#d = seed >>> 0;
    for (let i = 0; i < 15; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** Poisson-distributed count with mean `lambda` (Knuth for small means, normal approximation above). */
  poisson(lambda: number): number {
    if (lambda <= 0) return 0;
    if (lambda > 50) {
      const u = Math.max(this.next(), Number.EPSILON);
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
      return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * z));
    }
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  /** An independent stream derived from this one, so adding draws in one place does not shift another. */
  fork(salt: number): Random {
    return new Random((Math.floor(this.next() * 2 ** 31) ^ Math.imul(salt, 0x9e3779b1)) >>> 0);
  }
}

/** Draws items in proportion to their weights in O(log n): cumulative sums and a binary search. */
export class WeightedPicker<T> {
  readonly #items: readonly T[];
  readonly #cumulative: Float64Array;

  constructor(entries: readonly (readonly [T, number])[]) {
    if (entries.length === 0) throw new RangeError('no entries to pick from');
    this.#items = entries.map(([item]) => item);
    this.#cumulative = new Float64Array(entries.length);
    let sum = 0;
    entries.forEach(([, weight], i) => {
      if (!(weight > 0)) throw new RangeError(`weight must be positive (entry ${i})`);
      sum += weight;
      this.#cumulative[i] = sum;
    });
  }

  pick(random: Random): T {
    const target = random.next() * (this.#cumulative[this.#cumulative.length - 1] ?? 0);
    let lo = 0;
    let hi = this.#cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.#cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    return this.#items[lo] as T;
  }
}

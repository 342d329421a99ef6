// Two pages loaded seconds apart on the same machine slow down together when the machine is busy;
// pages loaded minutes apart do not. So a variant is compared with the floor load by load (the
// same run, the same protocol), and the median of those ratios is given with a 95% interval from
// a bootstrap over the runs: how far the median could move if the runs were repeated. A target is
// met when the whole interval is within it, missed when the whole interval is beyond it, and
// undecided otherwise: on a busy 2-core machine the medians of two runs can differ by 9%.

/** The `q` quantile (0.5: the median) of `values`, interpolated; undefined when empty. */
export const quantile = (values, q) => {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const at = (sorted.length - 1) * q;
  return sorted[Math.floor(at)] + (sorted[Math.ceil(at)] - sorted[Math.floor(at)]) * (at - Math.floor(at));
};

// A fixed seed: the same loads always give the same interval.
const random = (seed) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
};

/**
 * The median of `ratios` (one per run) and its 95% percentile-bootstrap interval.
 * @returns {{ median: number, low: number, high: number, n: number } | undefined}
 */
export function pairedRatio(ratios, resamples = 4000) {
  const values = ratios.filter((value) => Number.isFinite(value));
  if (values.length === 0) return undefined;
  const next = random(values.length);
  const medians = Array.from({ length: resamples }, () => quantile(Array.from(values, () => values[Math.floor(next() * values.length)]), 0.5));
  return { median: quantile(values, 0.5), low: quantile(medians, 0.025), high: quantile(medians, 0.975), n: values.length };
}

/** 'met', 'missed' or 'undecided': where the interval lies against `target` (a ratio such as 1.05). */
export const verdict = ({ low, high }, target) => (high <= target ? 'met' : low > target ? 'missed' : 'undecided');

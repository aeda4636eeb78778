// Small statistics for the report: percentiles, summaries, histograms and rates. Pure.

/** Median and 90th percentile of some values (undefined when there are none). */
export type Summary = { count: number; median?: number; p90?: number; max?: number };

export type Rate = { count: number; of: number; rate?: number };

export type Bin = { label: string; from: number; to: number; count: number };

/** Agent wait histogram edges (ms): the first minutes matter most to a waiting customer. */
const WAIT_EDGES = [0, 30_000, 60_000, 120_000, 300_000, 600_000, 1_800_000, Number.POSITIVE_INFINITY];

/** The p-th percentile (0–100) of values sorted ascending, interpolated between the nearest ranks. */
export function percentile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (rank - lower);
}

export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return { count: 0 };
  return { count: sorted.length, median: percentile(sorted, 50)!, p90: percentile(sorted, 90)!, max: sorted.at(-1)! };
}

/** Counts values into [edges[i], edges[i+1]) bins labelled for people. */
export function histogram(values: readonly number[], edges: readonly number[] = WAIT_EDGES): Bin[] {
  return edges.slice(0, -1).map((from, index) => {
    const to = edges[index + 1]!;
    return { label: binLabel(from, to), from, to, count: values.filter((value) => value >= from && value < to).length };
  });
}

function binLabel(from: number, to: number): string {
  const duration = (ms: number) => (ms < 60_000 ? `${ms / 1000} s` : `${ms / 60_000} min`);
  if (from === 0) return `< ${duration(to)}`;
  if (to === Number.POSITIVE_INFINITY) return `≥ ${duration(from)}`;
  return `${duration(from)} – ${duration(to)}`;
}

export const rate = (count: number, of: number): Rate => ({ count, of, ...(of > 0 ? { rate: count / of } : {}) });

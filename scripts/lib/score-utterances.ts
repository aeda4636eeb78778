// Scoring a reader against labelled messages, the corpus's way (`npm run eval`, and the train split's
// cross-validation in `npm run compare:nlu -- --cv 5`). A message labelled with two needs counts as
// read when the bot reads exactly those two; one labelled with one need, when the first need read is
// that one (the bot answers one need at a time). Macro-F1 is over every need label and "none", from
// each message's labelled and read sets.
import type { Understanding } from '../../machines/domain.js';
import type { Understand } from '../../src/nlu/understand.js';
import type { LabelledUtterance } from '../corpus.js';

export const slotNames = ['need', 'role', 'delegated', 'customerType', 'partner', 'product', 'hasOrderNumber', 'containsSecret'] as const;
export type SlotName = (typeof slotNames)[number];

/** The labels a reading amounts to, in the corpus's terms (`null`: not said). */
export function labelsOf(u: Understanding, needsLabelled = 1): Record<SlotName, unknown> {
  const read = u.needs.length > 0 ? u.needs : u.guessedNeed ? [u.guessedNeed] : [];
  return {
    need: needsLabelled > 1 ? (read.length > 1 ? [...read] : (read[0] ?? null)) : (read[0] ?? null),
    role: u.slots.role ?? null,
    delegated: u.slots.delegated ?? null,
    customerType: u.slots.customerType === 'unknown' ? null : (u.slots.customerType ?? null),
    partner: u.slots.partner === 'altaire' ? 'altaire' : null,
    product: u.slots.product === 'unknown' ? null : (u.slots.product ?? null),
    hasOrderNumber: u.slots.hasOrderNumber ?? null,
    containsSecret: u.containsSecret,
  };
}

export type UtteranceReport = {
  count: number;
  accuracy: Record<SlotName, number>;
  needMacroF1: number;
  confusion: Map<string, Map<string, number>>;
  misses: string[];
};

/** A label in the terms `labelsOf` reads in: a customer type or product labelled `unknown` is one not said. */
const labelled = (item: LabelledUtterance, slot: SlotName): unknown =>
  (slot === 'customerType' || slot === 'product') && item[slot] === 'unknown' ? null : item[slot];

/** A need label as a set of names ("null" when none is said). */
const needSet = (need: unknown): string[] => (Array.isArray(need) ? need.map(String).sort() : [String(need)]);
const sameLabel = (a: unknown, b: unknown): boolean => JSON.stringify(needSet(a)) === JSON.stringify(needSet(b)) && (Array.isArray(a) || !Array.isArray(b));

export async function evaluateUtterances(items: LabelledUtterance[], understand: Understand): Promise<UtteranceReport> {
  const correct = Object.fromEntries(slotNames.map((s) => [s, 0])) as Record<SlotName, number>;
  const confusion = new Map<string, Map<string, number>>();
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (label: string, field: 'tp' | 'fp' | 'fn') => {
    const entry = counts.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    entry[field]++;
    counts.set(label, entry);
  };
  const misses: string[] = [];
  for (const item of items) {
    const got = labelsOf(await understand(item.text), Array.isArray(item.need) ? item.need.length : 1);
    for (const slot of slotNames) {
      const same = slot === 'need' ? sameLabel(item.need, got.need) : got[slot] === labelled(item, slot);
      if (same) correct[slot]++;
      else misses.push(`${slot}: expected ${JSON.stringify(labelled(item, slot))}, read ${JSON.stringify(got[slot])} | ${item.text.slice(0, 90)}`);
    }
    const expected = needSet(item.need);
    const read = needSet(got.need);
    for (const label of new Set([...expected, ...read])) count(label, expected.includes(label) ? (read.includes(label) ? 'tp' : 'fn') : 'fp');
    const rowKey = expected.join('+');
    const row = confusion.get(rowKey) ?? new Map<string, number>();
    row.set(read.join('+'), (row.get(read.join('+')) ?? 0) + 1);
    confusion.set(rowKey, row);
  }
  const f1s = [...counts.values()].map(({ tp, fp, fn }) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)));
  const total = items.length;
  return {
    count: total,
    accuracy: Object.fromEntries(slotNames.map((s) => [s, total === 0 ? 0 : correct[s] / total])) as Record<SlotName, number>,
    needMacroF1: f1s.length === 0 ? 0 : f1s.reduce((a, b) => a + b, 0) / f1s.length,
    confusion,
    misses,
  };
}

// How `npm run eval` scores one reading against its labels: "unknown" and "not said" are one value for
// a customer type or a product, on the label's side as on the reading's.
import { describe, expect, it } from 'vitest';
import type { Understanding } from '../../machines/domain.js';
import type { LabelledUtterance } from '../../scripts/corpus.js';
import { evaluateUtterances } from '../../scripts/lib/score-utterances.js';

const label = (overrides: Partial<LabelledUtterance>): LabelledUtterance => ({
  text: 'no idea how we bought it',
  need: null,
  role: null,
  delegated: null,
  customerType: null,
  partner: null,
  product: null,
  hasOrderNumber: null,
  containsSecret: false,
  ...overrides,
});
const reading = (slots: Understanding['slots']): Understanding => ({ needs: [], slots, containsSecret: false, confidence: {} });
const score = async (item: LabelledUtterance, read: Understanding) => (await evaluateUtterances([item], () => Promise.resolve(read))).accuracy;

describe('scoring a reading', () => {
  it('counts a customer type or product labelled unknown as read when the reading says unknown or nothing', async () => {
    for (const read of [reading({ customerType: 'unknown', product: 'unknown' }), reading({})]) {
      const accuracy = await score(label({ customerType: 'unknown', product: 'unknown' }), read);
      expect([accuracy.customerType, accuracy.product]).toEqual([1, 1]);
    }
  });

  it('still counts a named value against unknown as a miss', async () => {
    const accuracy = await score(label({ customerType: 'unknown', product: 'unknown' }), reading({ customerType: 'reseller', product: 'ssl' }));
    expect([accuracy.customerType, accuracy.product]).toEqual([0, 0]);
  });
});

// How the customer bought, the order number and ALTAIRE, said the ways customers say them: a link on
// someone's blog, an order number that never existed, ALTAIRE named only to be denied.
import { describe, expect, it } from 'vitest';
import { readByRules } from '../../src/nlu/rules.js';

const slots = (text: string) => readByRules(text).slots;

describe('an affiliate told by the link', () => {
  it.each(['I clicked a link on a cooking blog to buy the certificate', 'got it through a link in a youtube video, the guy gets a commission'])(
    '%j is an affiliate purchase',
    (text) => {
      expect(slots(text).customerType).toBe('affiliate');
    },
  );

  it('a reset link is no purchase', () => {
    expect(slots('the reset link from your blog post does nothing').customerType).toBeUndefined();
  });
});

describe('an order number that never was', () => {
  it.each(['the order number never arrived as far as I know', 'we lost the order numbers in the migration', 'the order number i never got'])(
    '%j says they do not have it',
    (text) => {
      expect(slots(text).hasOrderNumber).toBe(false);
    },
  );
});

describe('ALTAIRE named and denied', () => {
  it.each([
    'ALTAIRE is not ours, we bought from the host',
    'we used to be with altaire but moved to you directly',
    'the mail mentioned ALTAIRE partner accounts but ours is not one',
  ])('%j is no partner account', (text) => {
    expect(slots(text).partner).not.toBe('altaire');
  });

  it('an ALTAIRE partner said plainly still is one', () => {
    expect(slots('we are an ALTAIRE partner and need a password reset').partner).toBe('altaire');
  });
});

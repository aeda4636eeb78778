// stepsReady (absorb's reading of the flows' deciding states) must say what the machine does: for every
// need and every combination of the facts its flow routes on, said in one first message, the machine shows
// an outcome exactly when stepsReady says the steps need nothing more. A flow changed without it fails here.
import { describe, expect, it } from 'vitest';
import { customerTypes, needs, roles, type Slots } from '../../machines/domain.js';
import { stepsReady } from '../../machines/steps-ready.js';
import { says } from '../support/messages.js';
import { startConversation } from '../support/machine-actor.js';

const maybe = <T>(values: readonly T[]): (T | undefined)[] => [undefined, ...values];
const combinations = (choices: Record<string, readonly unknown[]>): Record<string, unknown>[] =>
  Object.entries(choices).reduce<Record<string, unknown>[]>(
    (partial, [slot, values]) => partial.flatMap((facts) => values.map((value) => (value === undefined ? facts : { ...facts, [slot]: value }))),
    [{}],
  );

/** The facts each need's flow routes on, and the ones that override every flow (ALTAIRE, a client's account). */
const overriding = { partner: maybe(['altaire']), whoseAccount: maybe(['own', 'client']) };
const routedOn: Record<string, Omit<Slots, 'need'>[]> = {
  reset_password: combinations({
    customerType: maybe(customerTypes),
    hasOrderNumber: maybe([true, false]),
    hasEmailOrUsername: maybe([true, false]),
    role: maybe(['webmaster']),
    ...overriding,
  }),
  regain_access: combinations({ role: maybe(roles), delegated: maybe([true, false]), customerType: maybe(['direct']), ...overriding }),
  find_account: combinations({ role: maybe(roles), delegated: maybe([true, false]), customerType: maybe(['direct']), ...overriding }),
  recover_username: combinations({ role: maybe(roles), customerType: maybe(['direct']), ...overriding }),
  codesign_password: combinations({ role: maybe(roles), customerType: maybe(['direct']), ...overriding }),
};

describe('stepsReady agrees with the machine', () => {
  for (const need of needs.filter((n) => n !== 'human')) {
    it(`for ${need}, over every combination of the facts its flow routes on`, async () => {
      const disagreements: string[] = [];
      for (const facts of routedOn[need]!) {
        const chat = startConversation();
        await chat.send(says({ needs: [need], slots: facts }));
        const shown = chat.outcomes.length > 0;
        if (shown !== stepsReady({ ...facts, need })) disagreements.push(`${JSON.stringify(facts)}: machine ${shown ? 'shows steps' : 'asks'}`);
      }
      expect(disagreements).toEqual([]);
    });
  }

  it('no need, or a person, is never ready for steps', () => {
    expect(stepsReady({})).toBe(false);
    expect(stepsReady({ need: 'human', role: 'owner' })).toBe(false);
  });
});

describe('a need said beside an answer', () => {
  it('waits for the steps the answer completes ("we paid a reseller. oh and I also lost my user name")', async () => {
    const chat = startConversation();
    await chat.send(says({ needs: ['reset_password'] }));
    await chat.send(says({ needs: ['recover_username'], addsNeed: true, slots: { customerType: 'reseller' } }));
    expect(chat.outcomes).toEqual(['reset-reseller']);
    expect(chat.state.context.pendingNeeds).toEqual(['recover_username']);
  });

  it('goes first when it corrects the need under way ("through our host. sorry, it is my username I forgot, not the password")', async () => {
    const chat = startConversation();
    await chat.send(says({ needs: ['reset_password'] }));
    await chat.send(says({ needs: ['recover_username'], slots: { customerType: 'web_host' } }));
    expect(chat.outcomes).toEqual(['username-recovery']);
  });

  it('goes first when the answer leaves a question open ("yes I\'m the owner, and I can\'t find my username")', async () => {
    const chat = startConversation();
    await chat.send(says({ needs: ['regain_access'] }));
    await chat.send(says({ needs: ['recover_username'], slots: { role: 'owner' } }));
    expect(chat.outcomes).toEqual(['username-recovery']);
    expect(chat.state.context.pendingNeeds).toEqual(['regain_access']);
  });

  it('a person asked for beside an answer is taken at once', async () => {
    const chat = startConversation();
    await chat.send(says({ needs: ['reset_password'] }));
    await chat.send(says({ needs: ['human'], slots: { customerType: 'reseller' } }));
    expect(chat.outcomes).toEqual(['handoff']);
  });
});

// The support machine when a fact and an answer meet: an answer word beside a fact said in words,
// "that didn't help, because…", and a fact corrected after the outcome it chose (or one it did not).
import { describe, expect, it } from 'vitest';
import { says } from '../support/messages.js';
import { startConversation } from '../support/machine-actor.js';

describe('support machine: an answer word beside the fact said in words', () => {
  it.each([
    ['unsure', { hasEmailOrUsername: true }, 'reset-direct-self'],
    ['unsure', { hasEmailOrUsername: false }, 'reset-direct-email'],
    ['no', { hasEmailOrUsername: true }, 'reset-direct-email'],
    ['yes', { hasEmailOrUsername: true }, 'reset-direct-self'],
  ] as const)('"%s" with the fact %j read from the same message: a doubt yields to the fact, a plain yes or no answers', async (answer, fact, outcome) => {
    const chat = startConversation();
    await chat.send(says({ needs: ['reset_password'], slots: { role: 'owner', customerType: 'direct', hasOrderNumber: true } }));
    expect(chat.state.context.slots.hasEmailOrUsername).toBeUndefined();

    await chat.send(says({ answer, slots: fact }));

    expect(chat.outcomes).toEqual([outcome]);
  });
});

describe('support machine: "that didn\'t help, because…"', () => {
  it('is not solved, and the reason does not rewrite the case', async () => {
    const chat = startConversation();
    await chat.send(says({ needs: ['regain_access'], slots: { role: 'client' } }));

    const said = await chat.send(says({ answer: 'no', notHelped: true, slots: { role: 'owner' } }));

    expect(said).toEqual(['common.notSolved']);
    expect(chat.state.context.slots.role).toBe('client');
    expect(await chat.send(says({ answer: 'yes' }))).toContain('handoff.queued');
  });

  it('a correction without saying it did not help still changes the case', async () => {
    const chat = startConversation();
    await chat.send(says({ needs: ['regain_access'], slots: { role: 'client' } }));

    await chat.send(says({ answer: 'no', slots: { role: 'webmaster' } }));

    expect(chat.outcomes).toContain('webmaster-client-self');
  });

  it.each([
    [
      'delegation, with thanks',
      { role: 'owner' as const, delegated: true },
      'regain_access' as const,
      { smallTalk: 'thanks' as const, slots: { delegated: false } },
    ],
    [
      'the e-mail, with a no',
      { role: 'owner' as const, customerType: 'direct' as const, hasOrderNumber: true, hasEmailOrUsername: true },
      'reset_password' as const,
      { answer: 'no' as const, slots: { hasEmailOrUsername: false } },
    ],
  ])('an answer to "did that solve it?" that touches on a fact (%s) is no correction', async (_, facts, need, reply) => {
    const chat = startConversation();
    await chat.send(says({ needs: [need], slots: facts }));
    const shown = chat.outcomes.length;

    await chat.send(says(reply));

    expect(chat.outcomes).toHaveLength(shown);
  });

  it("an order number said after a web host's outcome changes nothing: that outcome was not chosen by it", async () => {
    const chat = startConversation();
    await chat.send(says({ needs: ['reset_password'], slots: { role: 'owner', customerType: 'web_host', hasOrderNumber: true } }));
    expect(chat.outcomes).toEqual(['reset-web-host']);

    expect(await chat.send(says({ slots: { hasOrderNumber: false } }))).not.toContain('reset.webHost');
    expect(chat.outcomes).toEqual(['reset-web-host']);
  });

  it.each([
    ['the order number', { customerType: 'direct', hasOrderNumber: true, hasEmailOrUsername: true }, { hasOrderNumber: false }, 'reset-direct-email'],
    [
      'the e-mail or user name',
      { customerType: 'direct', hasOrderNumber: true, hasEmailOrUsername: true },
      { hasEmailOrUsername: false },
      'reset-direct-email',
    ],
    ['the order number of an E-PKI order', { customerType: 'epki', hasOrderNumber: true }, { hasOrderNumber: false }, 'reset-epki-ticket'],
  ] as const)('a fact the outcome was chosen by, taken back after it (%s), gives the outcome for the fact corrected', async (_, facts, corrected, outcome) => {
    const chat = startConversation();
    await chat.send(says({ needs: ['reset_password'], slots: { role: 'owner', ...facts } }));
    expect(chat.outcomes).not.toContain(outcome);

    await chat.send(says({ slots: corrected }));

    expect(chat.outcomes).toContain(outcome);
  });
});

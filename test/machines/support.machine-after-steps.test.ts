// After steps were given: a request outside the sources goes to a person from "did that solve it?", a
// fact the bot holds is overwritten only by a sure reading, and ALTAIRE named while working out how the
// certificate was bought gives the partner answer.
import { describe, expect, it } from 'vitest';
import { says } from '../support/messages.js';
import { startConversation } from '../support/machine-actor.js';

const resellerReset = { needs: ['reset_password' as const], slots: { role: 'owner' as const, customerType: 'reseller' as const } };

describe('support machine: outside the sources after an outcome', () => {
  it('"ok. Separate issue: the certificate must be revoked today" at "did that solve it?" is handed over', async () => {
    const chat = startConversation();
    await chat.send(says(resellerReset));
    expect(chat.outcomes).toEqual(['reset-reseller']);

    await chat.send(says({ outsideSources: true }));

    expect(chat.outcomes).toEqual(['reset-reseller', 'handoff']);
  });

  it('the same after "no" to "did that solve it?"', async () => {
    const chat = startConversation();
    await chat.send(says(resellerReset));
    await chat.send(says({ answer: 'no' }));

    await chat.send(says({ outsideSources: true }));

    expect(chat.outcomes).toEqual(['reset-reseller', 'handoff']);
  });
});

describe('support machine: a fact held is corrected by a sure reading only', () => {
  const refused = { needs: ['reset_password' as const], slots: { role: 'webmaster' as const, whoseAccount: 'client' as const } };

  it('a role the models half-guess beside "ok fair enough" does not re-open the case', async () => {
    const chat = startConversation();
    await chat.send(says(refused));

    await chat.send(says({ answer: 'yes', slots: { role: 'owner' }, confidence: { role: 0.65 } }));

    expect(chat.outcomes).toEqual(['webmaster-client-self']);
  });

  it('a role said for sure does', async () => {
    const chat = startConversation();
    await chat.send(says({ needs: ['regain_access'], slots: { role: 'client' } }));

    await chat.send(says({ answer: 'no', slots: { role: 'owner', delegated: false }, confidence: { role: 0.95 } }));

    expect(chat.outcomes).toEqual(['client-lost-access', 'owner-find-accounts']);
  });
});

describe('support machine: ALTAIRE named while working out how it was bought', () => {
  it('gives the partner answer, then a person', async () => {
    const chat = startConversation();
    await chat.send(says({ needs: ['reset_password'], slots: { customerType: 'unknown' } }));
    expect(chat.outcomes).toEqual(['reset-unknown-type']);

    await chat.send(says({ slots: { partner: 'altaire' } }));

    expect(chat.outcomes).toEqual(['reset-unknown-type', 'partner-no-reset', 'handoff']);
  });
});

describe('support machine: yes, with the facts of the waiting need', () => {
  it('"yes. about the other login: our IT contractor set it up for me" goes on to the sign-on steps for a client', async () => {
    const chat = startConversation();
    await chat.send(says({ needs: ['reset_password', 'regain_access'], slots: { customerType: 'direct', hasOrderNumber: false } }));
    expect(chat.outcomes).toEqual(['reset-direct-email']);

    await chat.send(says({ answer: 'yes', slots: { role: 'client' }, confidence: { role: 0.95 } }));

    expect(chat.outcomes).toEqual(['reset-direct-email', 'client-lost-access']);
  });

  it('a plain yes offers the waiting need first', async () => {
    const chat = startConversation();
    await chat.send(says({ needs: ['reset_password', 'regain_access'], slots: { customerType: 'direct', hasOrderNumber: false } }));

    const said = await chat.send(says({ answer: 'yes' }));

    expect(said.some((key) => key.startsWith('common.offerNext') || key.includes('offerNext'))).toBe(true);
    expect(chat.outcomes).toEqual(['reset-direct-email']);
  });
});

describe('support machine: the same need for a client, after the customer\u2019s own', () => {
  it('"cheers. while I\'m here: one of our customers forgot theirs too" is refused, not taken as solved', async () => {
    const chat = startConversation();
    await chat.send(says({ needs: ['reset_password'], slots: { role: 'webmaster', customerType: 'reseller', whoseAccount: 'own' } }));
    expect(chat.outcomes).toEqual(['reset-reseller']);

    await chat.send(says({ needs: ['reset_password'], smallTalk: 'thanks', slots: { role: 'webmaster', whoseAccount: 'client' } }));

    expect(chat.outcomes).toEqual(['reset-reseller', 'webmaster-client-self']);
  });
});

describe('support machine: offered the need mentioned earlier', () => {
  const twoNeeds = { needs: ['codesign_password' as const, 'reset_password' as const] };

  it('"yes the password. we bought everything directly from you" keeps the way of buying said with the yes', async () => {
    const chat = startConversation();
    await chat.send(says(twoNeeds));
    await chat.send(says({ answer: 'yes' }));
    expect(chat.state.context.pendingNeeds).toEqual(['reset_password']);

    const said = await chat.send(says({ answer: 'yes', slots: { customerType: 'direct' } }));

    expect(chat.state.context.slots).toMatchObject({ need: 'reset_password', customerType: 'direct' });
    expect(said).toContain('reset.askOrderNumber');
  });

  it('"no thanks, it was through a reseller anyway" does not take the need up', async () => {
    const chat = startConversation();
    await chat.send(says(twoNeeds));
    await chat.send(says({ answer: 'yes' }));

    await chat.send(says({ answer: 'no', slots: { customerType: 'reseller' } }));

    expect(chat.state.context.slots.need).not.toBe('reset_password');
    expect(chat.outcomes).toEqual(['codesign-password']);
  });
});

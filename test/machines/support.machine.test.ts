// The support machine on the happy paths and its hard rules, driven with understood messages (no
// NLU): it routes on what it already knows and asks only what it lacks, and never breaks a hard rule
// (no reset for an ALTAIRE partner, no client's password for a webmaster). Detours and the handoff:
// support.machine-detours.test.ts.
import { describe, expect, it } from 'vitest';
import { clicks, needs, says } from '../support/messages.js';
import { startConversation } from '../support/machine-actor.js';

describe('support machine: routing on what is known', () => {
  it('greets and asks one question when the chat opens', async () => {
    const chat = startConversation();

    const said = await chat.send({ type: 'session.started' });

    expect(said).toEqual(['common.welcome', 'triage.askNeed']);
    expect(chat.state.matches({ triage: 'askingNeed' })).toBe(true);
  });

  it('goes straight to the outcome when one message states need and role, asking nothing', async () => {
    const chat = startConversation();

    const said = await chat.send(says({ needs: ['regain_access'], slots: { role: 'webmaster' } }));

    expect(said).toEqual(['access.webmasterClientSelf', 'common.didItSolve']);
    expect(chat.outcomes).toEqual(['webmaster-client-self']);
  });

  it('never asks again for what it knows: a customer type given early skips that question', async () => {
    const chat = startConversation();

    await chat.send(says({ needs: ['reset_password'], slots: { customerType: 'epki' } }));

    expect(chat.said.map((s) => s.key)).not.toContain('reset.askCustomerType');
    expect(chat.state.matches({ reset: 'askingOrderNumber' })).toBe(true);
  });

  it('asks which login problem it is when the customer only says they cannot log in', async () => {
    const chat = startConversation();

    const said = await chat.send(says({ slots: { loginTrouble: true } }));

    expect(said).toEqual(['triage.clarifyLogin']);
  });

  it('answers one need, then offers the other one the customer mentioned', async () => {
    const chat = startConversation();
    await chat.send(needs('recover_username', 'reset_password'));
    expect(chat.outcomes).toEqual(['username-recovery']);

    const said = await chat.send(clicks('yes'));
    expect(said).toEqual(['triage.offerNext.reset_password']);

    const next = await chat.send(clicks('yes'));
    expect(next).toEqual(['reset.intro', 'reset.askCustomerType']);
  });

  it('takes the offered need up when the customer answers with its facts instead of "yes"', async () => {
    const chat = startConversation();
    await chat.send(needs('recover_username', 'reset_password'));
    await chat.send(clicks('yes'));

    const said = await chat.send(says({ slots: { customerType: 'direct', hasOrderNumber: false } }));

    expect(said).toEqual(['reset.intro', 'reset.directEmail', 'common.didItSolve']);
    expect(chat.outcomes).toEqual(['username-recovery', 'reset-direct-email']);
  });

  it('switches need when a reset turns out to be about the code-signing certificate password', async () => {
    const chat = startConversation();
    await chat.send(needs('reset_password'));

    await chat.send(needs('codesign_password'));

    expect(chat.outcomes).toEqual(['codesign-password']);
  });
});

describe('support machine: hard rules', () => {
  it('never offers a reset to an ALTAIRE partner account, and hands it to a person flagged', async () => {
    const chat = startConversation();

    await chat.send(says({ needs: ['reset_password'], slots: { partner: 'altaire', customerType: 'direct', hasOrderNumber: true } }));

    expect(chat.outcomes).toEqual(['partner-no-reset', 'handoff']);
    expect(chat.handoffs).toEqual([expect.objectContaining({ reason: 'partner-altaire' })]);
  });

  it('lets ALTAIRE arriving last override a direct-reset path already under way', async () => {
    const chat = startConversation();
    await chat.send(needs('reset_password'));
    await chat.send(clicks('direct'));

    await chat.send(says({ slots: { partner: 'altaire' } }));

    expect(chat.outcomes).not.toContain('reset-direct-self');
    expect(chat.outcomes[0]).toBe('partner-no-reset');
  });

  it("refuses a webmaster's request to reset a client's password, and sends the client to reset it", async () => {
    const chat = startConversation();

    const said = await chat.send(says({ needs: ['reset_password'], slots: { role: 'webmaster', whoseAccount: 'client' } }));

    expect(said).toEqual(['reset.intro', 'access.refuseClientReset', 'common.didItSolve']);
    expect(chat.outcomes).toEqual(['webmaster-client-self']);
  });

  it("refuses a client's password even when no need was read ('my client needs the password for her account')", async () => {
    const chat = startConversation();

    const said = await chat.send(says({ slots: { role: 'webmaster', whoseAccount: 'client' } }));

    expect(said).toEqual(['access.refuseClientReset', 'common.didItSolve']);
    expect(chat.outcomes).toEqual(['webmaster-client-self']);
  });

  it("gives a webmaster's own account the normal reset path: the refusal is keyed on whose account, not the role", async () => {
    const chat = startConversation();

    const said = await chat.send(says({ needs: ['reset_password'], slots: { role: 'webmaster', whoseAccount: 'own' } }));

    expect(said).toEqual(['reset.intro', 'reset.askCustomerType']);
  });

  it('takes a direct customer with order number and user name straight to the reset link, asking about no partner', async () => {
    const chat = startConversation();
    await chat.send(needs('reset_password'));
    await chat.send(clicks('direct'));
    await chat.send(clicks('yes'));

    const said = await chat.send(clicks('yes'));

    expect(said).toEqual(['reset.directSelf', 'common.didItSolve']);
    expect(chat.outcomes).toEqual(['reset-direct-self']);
  });

  it('keeps the stated need for the agents when the customer then asks for a person', async () => {
    const chat = startConversation();
    await chat.send(needs('reset_password', 'find_account'));

    await chat.send(needs('human'));

    expect(chat.handoffs[0]).toEqual(expect.objectContaining({ reason: 'asked', slots: { need: 'reset_password' }, pendingNeeds: ['find_account'] }));
  });

  it('hands affiliate resets to a person: the sources give no path', async () => {
    const chat = startConversation();

    await chat.send(says({ needs: ['reset_password'], slots: { customerType: 'affiliate' } }));

    expect(chat.outcomes).toEqual(['reset-affiliate', 'handoff']);
    expect(chat.handoffs[0]?.reason).toBe('affiliate');
  });

  it('helps a customer who does not know how they bought, then hands over if still unknown', async () => {
    const chat = startConversation();
    await chat.send(needs('reset_password'));
    await chat.send(clicks('not_sure'));
    expect(chat.outcomes).toEqual(['reset-unknown-type']);

    await chat.send(says({ answer: 'unsure' }));

    expect(chat.outcomes).toEqual(['reset-unknown-type', 'handoff']);
    expect(chat.handoffs[0]?.reason).toBe('unknown-customer-type');
  });

  it('warns about a secret typed into the chat and keeps going', async () => {
    const chat = startConversation();

    const said = await chat.send(says({ needs: ['reset_password'], containsSecret: true }));

    expect(said[0]).toBe('common.secretWarning');
    expect(said).toContain('reset.askCustomerType');
  });
});

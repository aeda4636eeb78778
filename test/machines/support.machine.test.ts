import { describe, expect, it } from 'vitest';
import { clicks, gibberish, needs, says } from '../support/messages.js';
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

describe('support machine: escapes and misunderstandings', () => {
  it('hands over to a person after two messages in a row it cannot understand', async () => {
    const chat = startConversation();

    expect(await chat.send(gibberish)).toEqual(['common.notUnderstood', 'triage.askNeed']);
    expect(await chat.send(gibberish)).toEqual(['handoff.stuck', 'handoff.queued']);
    expect(chat.handoffs[0]?.reason).toBe('stuck');
  });

  it('small talk is answered and does not count as a misunderstanding', async () => {
    const chat = startConversation();
    await chat.send(gibberish);

    expect(await chat.send(says({ smallTalk: 'greeting' }))).toEqual(['common.smallTalk.greeting', 'triage.askNeed']);
    expect(await chat.send(gibberish)).toEqual(['common.notUnderstood', 'triage.askNeed']);
  });

  it('goes back one answer and asks that question again', async () => {
    const chat = startConversation();
    await chat.send(needs('reset_password'));
    await chat.send(clicks('epki'));

    const said = await chat.send({ type: 'user.back' });

    expect(said).toEqual(['reset.askCustomerType']);
    expect(chat.state.context.slots.customerType).toBeUndefined();
  });

  it('starts over from anywhere, forgetting what it knew', async () => {
    const chat = startConversation();
    await chat.send(says({ needs: ['reset_password'], slots: { customerType: 'epki' } }));

    const said = await chat.send({ type: 'user.startOver' });

    expect(said).toEqual(['common.startOver', 'triage.askNeed']);
    expect(chat.state.context.slots).toEqual({});
  });

  it('reaches a person from any question when asked', async () => {
    const chat = startConversation();
    await chat.send(needs('reset_password'));

    await chat.send({ type: 'user.agent' });

    expect(chat.outcomes).toEqual(['handoff']);
    expect(chat.handoffs[0]).toEqual({ reason: 'asked', slots: { need: 'reset_password' }, shown: [] });
  });

  it('tells the customer honestly when the handoff cannot be recorded, and offers a retry', async () => {
    const chat = startConversation({ handoffFails: true });

    const said = await chat.send(needs('human'));

    expect(said).toEqual(['handoff.unavailable', 'handoff.route.email']);
    expect(chat.outcomes).not.toContain('handoff');
  });

  it('withdraws a queued request on "cancel" and returns to the bot', async () => {
    const chat = startConversation();
    await chat.send(needs('human'));

    const said = await chat.send({ type: 'user.cancel' });

    expect(said).toEqual(['handoff.cancelled', 'triage.askNeed']);
  });
});

describe('support machine: needs read with low confidence', () => {
  it('asks "did you mean…?" and takes the need on yes', async () => {
    const chat = startConversation();

    expect(await chat.send(says({ guessedNeed: 'find_account' }))).toEqual(['triage.confirmNeed.find_account']);
    await chat.send(clicks('yes'));

    expect(chat.state.context.slots.need).toBe('find_account');
    expect(chat.state.matches({ access: 'askingRole' })).toBe(true);
  });

  it('asks what they need instead on no', async () => {
    const chat = startConversation();
    await chat.send(says({ guessedNeed: 'reset_password' }));

    expect(await chat.send(clicks('no'))).toEqual(['triage.askNeed']);
    expect(chat.state.context.guessedNeed).toBeUndefined();
  });
});

describe('support machine: with a person', () => {
  const queued = async (customerType?: 'epki' | 'direct') => {
    const chat = startConversation();
    await chat.send(says({ needs: ['human'], slots: customerType ? { customerType } : {} }));
    return chat;
  };

  it('says the place in the queue, and again only when it changes', async () => {
    const chat = await queued();
    expect(chat.said.find((s) => s.key === 'handoff.queued')?.values).toEqual({ position: '1' });

    expect(await chat.send({ type: 'handoff.position', position: 1 })).toEqual([]);
    expect(await chat.send({ type: 'handoff.position', position: 3 })).toEqual(['handoff.position']);
    expect(chat.said.at(-1)?.values).toEqual({ position: '3' });
  });

  it("passes the customer's words on while waiting, and warns about a secret", async () => {
    const chat = await queued();

    expect(await chat.send(says({ containsSecret: true }))).toEqual(['common.secretWarning', 'handoff.stillQueued']);
    expect(chat.relays.count).toBe(1);
  });

  it('with an agent: silent on content, relays both ways, and returns to the bot when the agent ends', async () => {
    const chat = await queued();
    expect(await chat.send({ type: 'agent.joined', agentName: 'Anna' })).toEqual(['handoff.agentJoined']);

    expect(await chat.send(says({ needs: ['reset_password'] }))).toEqual([]);
    expect(await chat.send({ type: 'user.agent' })).toEqual([]);
    expect(chat.relays.count).toBe(2);
    expect(await chat.send({ type: 'agent.message', agentName: 'Anna', text: 'Hi {there}' })).toEqual(['handoff.agentMessage']);
    expect(chat.said.at(-1)?.values).toEqual({ agent: 'Anna', text: 'Hi {there}' });

    expect(await chat.send({ type: 'agent.ended', agentName: 'Anna' })).toEqual(['handoff.agentEnded', 'handoff.anythingElse']);
    expect(chat.state.context.handoff).toBeUndefined();
    expect(chat.state.context.slots.need).toBeUndefined();
    expect(await chat.send(needs('recover_username'))).toContain('triage.usernameRecovery');
  });

  it('back in the queue when the agent releases the case', async () => {
    const chat = await queued();
    await chat.send({ type: 'agent.joined', agentName: 'Anna' });

    expect(await chat.send({ type: 'agent.released', position: 2 })).toEqual(['handoff.agentReleased', 'handoff.position']);
    expect(chat.state.matches({ handoff: { queued: 'waiting' } })).toBe(true);
  });

  it('after the wait limit offers to keep waiting or the route for the case (ticket for E-PKI)', async () => {
    const chat = await queued('epki');
    expect(await chat.send({ type: 'handoff.waitedTooLong' })).toEqual(['handoff.waitTooLong']);

    expect(await chat.send(clicks('other_route'))).toEqual(['handoff.route.ticket', 'handoff.anythingElse']);
    expect(chat.outcomes).toEqual(['handoff']);
  });

  it('an idle customer taken off the queue is told, and can ask again', async () => {
    const chat = await queued();

    expect(await chat.send({ type: 'handoff.idle' })).toEqual(['handoff.idleRemoved', 'handoff.anythingElse']);
    expect(await chat.send({ type: 'user.agent' })).toContain('handoff.queued');
  });

  it('ignores agent events once the customer has left', async () => {
    const chat = await queued();
    await chat.send({ type: 'user.cancel' });

    expect(await chat.send({ type: 'agent.joined', agentName: 'Anna' })).toEqual([]);
    expect(await chat.send({ type: 'agent.message', agentName: 'Anna', text: 'hello?' })).toEqual([]);
  });
});

// The support machine off the straight path, driven with understood messages (no NLU): messages it
// cannot understand, back and start over, needs read with low confidence, and the handoff to a person
// (queue position, relays, an agent joining, releasing and ending, the wait limit, an idle customer).
import { describe, expect, it } from 'vitest';
import { clicks, gibberish, needs, says } from '../support/messages.js';
import { startConversation } from '../support/machine-actor.js';

describe('support machine: escapes and misunderstandings', () => {
  it('hands over to a person after two messages in a row it cannot understand', async () => {
    const chat = startConversation();

    expect(await chat.send(gibberish)).toEqual(['common.notUnderstood', 'triage.askNeed']);
    expect(await chat.send(gibberish)).toEqual(['handoff.stuck', 'handoff.queued']);
    expect(chat.handoffs[0]?.reason).toBe('stuck');
  });

  it('a product named with no need ("a refund for my SSL") is not progress: two of them go to a person', async () => {
    const chat = startConversation();

    expect(await chat.send(says({ slots: { product: 'ssl' } }))).toEqual(['common.notUnderstood', 'triage.askNeed']);
    expect(await chat.send(says({ slots: { product: 'code_signing' } }))).toEqual(['handoff.stuck', 'handoff.queued']);
    expect(chat.handoffs[0]?.reason).toBe('stuck');
  });

  it('a request the sources do not cover (a refund) goes to a person at once, whatever role is said with it', async () => {
    const chat = startConversation();

    expect(await chat.send(says({ outsideSources: true, slots: { role: 'owner', product: 'ssl' } }))).toEqual(['handoff.outsideSources', 'handoff.queued']);
    expect(chat.handoffs[0]).toEqual(expect.objectContaining({ reason: 'outside-sources' }));
  });

  it('a refund asked in the middle of a need keeps that need', async () => {
    const chat = startConversation();
    await chat.send(needs('reset_password'));

    expect(await chat.send(says({ outsideSources: true }))).not.toContain('handoff.outsideSources');
    expect(chat.handoffs).toEqual([]);
  });

  it('another need said while answering a question about the first comes first, and the first is offered after it', async () => {
    const chat = startConversation();
    await chat.send(needs('regain_access'));
    expect(chat.state.context.slots.role).toBeUndefined();

    await chat.send(says({ needs: ['recover_username'], slots: { role: 'owner' } }));

    expect(chat.outcomes).toEqual(['username-recovery']);
    expect(chat.state.context.pendingNeeds).toEqual(['regain_access']);
  });

  it('a need dropped for what the sources do not cover goes to a person, the dropped need still on the case', async () => {
    const chat = startConversation();
    await chat.send(needs('reset_password'));

    expect(await chat.send(says({ outsideSources: true, dropsNeed: true }))).toContain('handoff.outsideSources');
    expect(chat.state.context.handoffReason).toBe('outside-sources');
    expect(chat.state.context.slots.need).toBe('reset_password');
  });

  it('a refund asked after an answer, with thanks, still goes to a person; "back" afterwards hands nothing over', async () => {
    const chat = startConversation();
    await chat.send(needs('find_account'));
    await chat.send(says({ slots: { role: 'owner' } }));
    await chat.send(clicks('yes'));

    expect(await chat.send(says({ smallTalk: 'thanks', outsideSources: true }))).toContain('handoff.outsideSources');
  });

  it('"back" after a refund taken in elsewhere does not hand over', async () => {
    const chat = startConversation();
    await chat.send(needs('reset_password'));
    await chat.send(says({ outsideSources: true }));

    expect(await chat.send({ type: 'user.back' })).not.toContain('handoff.outsideSources');
  });

  it('a role said before the need is progress, and the product counts once the need is known', async () => {
    const chat = startConversation();

    expect(await chat.send(says({ slots: { role: 'webmaster' } }))).not.toContain('common.notUnderstood');
    expect(await chat.send(says({ slots: { product: 'ssl' } }))).toContain('common.notUnderstood');
    await chat.send(needs('reset_password'));
    expect(await chat.send(says({ slots: { product: 'code_signing' } }))).not.toContain('common.notUnderstood');
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

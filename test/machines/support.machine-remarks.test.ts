// A remark that asks for nothing ("problem solved, my colleague had it", an opinion of the change) is
// noted, not misunderstood: the bot thanks the customer and asks its question again, and two remarks in
// a row never hand the chat over as if the bot were stuck.
import { describe, expect, it } from 'vitest';
import { says } from '../support/messages.js';
import { startConversation } from '../support/machine-actor.js';

describe('support machine: a remark is noted', () => {
  it('at the start it is thanked for, not "didn\'t follow"', async () => {
    const chat = startConversation();
    const said = await chat.send(says({ remark: true }));
    expect(said).toContain('common.noted');
    expect(said).not.toContain('common.notUnderstood');
  });

  it('two remarks in a row hand nothing over, and the need after them is served', async () => {
    const chat = startConversation();
    await chat.send(says({ remark: true }));
    await chat.send(says({ remark: true }));
    expect(chat.outcomes).toEqual([]);

    await chat.send(says({ needs: ['recover_username'] }));
    expect(chat.outcomes).toEqual(['username-recovery']);
  });

  it('a message saying nothing at all is still not understood', async () => {
    const chat = startConversation();
    expect(await chat.send(says({}))).toContain('common.notUnderstood');
  });
});

describe('support machine: a question for a person, asked mid-flow', () => {
  it("is said to be a person's question, no miss is counted, and the question asked before comes again", async () => {
    const chat = startConversation();
    const asked = await chat.send(says({ needs: ['reset_password'] }));
    const question = asked.at(-1);
    const said = await chat.send(says({ outsideSources: true }));
    expect(said).toContain('common.forAPerson');
    expect(said).not.toContain('common.notUnderstood');
    expect(said.at(-1)).toBe(question);
    expect(chat.outcomes).toEqual([]);
  });

  it('two such questions in a row hand nothing over as if the bot were stuck, and the flow goes on', async () => {
    const chat = startConversation();
    await chat.send(says({ needs: ['reset_password'] }));
    await chat.send(says({ outsideSources: true }));
    expect(await chat.send(says({ outsideSources: true }))).toContain('common.forAPerson');
    expect(chat.outcomes).toEqual([]);
  });

  it('at the start of a chat it still goes to a person at once', async () => {
    const chat = startConversation();
    expect(await chat.send(says({ outsideSources: true }))).toContain('handoff.outsideSources');
  });
});

// The project's scripted conversations (corpus/conversations), typed turn by turn into the real runner
// (content, understanding, machines, store): each reaches its expected outcome and never says what it
// must not. A conversation the bot does not get right yet is listed in test/support/known-conversation-failures.ts
// with the reason; its test passes only while it still fails, so a fix shows up as a failure here until it leaves the list.
import { describe, expect, it } from 'vitest';
import { reachedExpectedOutcomes, readProjectConversations, type ScriptedConversation } from '../../scripts/corpus.js';
import { knownConversationFailures as knownFailures } from '../support/known-conversation-failures.js';
import { Chat, createTestRunner } from '../support/runner.js';

async function play(conversation: ScriptedConversation) {
  const chat = new Chat(createTestRunner());
  await chat.open();
  for (const turn of conversation.turns) await chat.type(turn);
  expect(reachedExpectedOutcomes(conversation, chat.outcomes), `reached ${chat.outcomes.join(' > ') || 'no outcome'}`).toBe(true);
  const said = chat.texts.join('\n').toLowerCase();
  for (const forbidden of conversation.mustNotContain) expect(said).not.toContain(forbidden.toLowerCase());
}

const conversations = readProjectConversations();

describe('the project corpus conversations, typed', () => {
  it('lists no unknown conversation as a known failure', () => {
    const ids = new Set(conversations.map((c) => c.id));
    expect(Object.keys(knownFailures).filter((id) => !ids.has(id))).toEqual([]);
    expect(ids.size).toBe(conversations.length);
  });

  for (const conversation of conversations) {
    const reason = knownFailures[conversation.id];
    if (reason) it.fails(`${conversation.id} still fails (known: ${reason})`, () => play(conversation));
    else it(conversation.id, () => play(conversation));
  }
});

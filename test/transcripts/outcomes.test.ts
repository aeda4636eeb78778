// Every outcome of DOMAIN.md's table, reached through the real bot behind botbuilder's TestAdapter:
// once by clicking buttons (Web Chat sends a button's label as the message), once by typing the
// buttons' words the way people do (lower case, no punctuation, a slip of the finger).
import { describe, expect, it } from 'vitest';
import { partsOf, type ReplyChannelData } from '../../src/bot-framework/render-reply.js';
import { AdapterChat } from '../support/test-adapter.js';

type Step = { click: string } | { type: string };

/** For each outcome id: the steps after opening the chat, by button choice id (or typed text). */
const routes: Record<string, Step[]> = {
  'webmaster-client-self': [{ click: 'regain_access' }, { click: 'webmaster' }],
  'client-lost-access': [{ click: 'regain_access' }, { click: 'client' }],
  'owner-find-accounts': [{ click: 'find_account' }, { click: 'owner' }, { click: 'no' }],
  'owner-delegated': [{ click: 'regain_access' }, { click: 'owner' }, { click: 'yes' }],
  'reset-web-host': [{ click: 'reset_password' }, { click: 'web_host' }],
  'reset-reseller': [{ click: 'reset_password' }, { click: 'reseller' }],
  'reset-epki-self': [{ click: 'reset_password' }, { click: 'epki' }, { click: 'yes' }],
  'reset-epki-ticket': [{ click: 'reset_password' }, { click: 'epki' }, { click: 'no' }],
  'reset-direct-self': [{ click: 'reset_password' }, { click: 'direct' }, { click: 'yes' }, { click: 'yes' }],
  'reset-direct-email': [{ click: 'reset_password' }, { click: 'direct' }, { click: 'yes' }, { click: 'no' }],
  'reset-affiliate': [{ click: 'reset_password' }, { click: 'affiliate' }],
  'reset-unknown-type': [{ click: 'reset_password' }, { click: 'not_sure' }],
  // ALTAIRE has no button: the customer says it.
  'partner-no-reset': [{ click: 'reset_password' }, { type: "We use ALTAIRE's software" }],
  'codesign-password': [{ click: 'codesign_password' }],
  'username-recovery': [{ click: 'recover_username' }],
  handoff: [{ click: 'human' }],
};

/** How a person might type a button's words: lower case, no punctuation, two letters swapped. */
function typedLike(label: string): string {
  const words = label
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const longest = words.reduce((best, word, index) => (word.length > (words[best]?.length ?? 0) ? index : best), 0);
  const word = words[longest] ?? '';
  if (word.length >= 6) words[longest] = word.slice(0, 2) + word[3] + word[2] + word.slice(4);
  return words.join(' ');
}

async function walk(steps: Step[], press: (chat: AdapterChat, choiceId: string) => Promise<unknown>): Promise<AdapterChat> {
  const chat = new AdapterChat();
  await chat.open();
  for (const step of steps) {
    if ('type' in step) await chat.type(step.type);
    else await press(chat, step.click);
  }
  return chat;
}

const labelOf = (chat: AdapterChat, choiceId: string): string => {
  const choice = chat.runner.catalog
    .keys()
    .flatMap((key) => chat.runner.catalog.choicesOf(key))
    .find((c) => c.id === choiceId && chat.buttons.some((button) => button.value === c.label));
  if (!choice) throw new Error(`No button for ${choiceId}; showing ${chat.buttons.map((b) => b.title).join(' | ')}`);
  return choice.label;
};

describe('every outcome, by clicking buttons', () => {
  it.each(Object.entries(routes))('%s', async (outcome, steps) => {
    const chat = await walk(steps, (c, id) => c.type(labelOf(c, id)));

    expect(chat.outcomes).toContain(outcome);
  });
});

describe("every outcome, by typing the buttons' words", () => {
  it.each(Object.entries(routes))('%s', async (outcome, steps) => {
    const chat = await walk(steps, (c, id) => c.type(typedLike(labelOf(c, id))));

    expect(chat.outcomes).toContain(outcome);
  });
});

describe('what follows an outcome', () => {
  it('asks "did that solve it?" after every outcome that does not go to a person', async () => {
    for (const [outcome, steps] of Object.entries(routes)) {
      const chat = await walk(steps, (c, id) => c.type(labelOf(c, id)));
      // The message that shows the outcome ends with the question, the part right after the steps.
      const shown = chat.replies.find((reply) => (reply.channelData as ReplyChannelData).outcome === outcome);
      const parts = partsOf(shown!.channelData as ReplyChannelData);
      const next = parts.length > 1 ? parts.at(-1) : undefined;

      const goesToPerson = ['reset-affiliate', 'partner-no-reset', 'handoff'].includes(outcome);
      if (goesToPerson) expect(chat.outcomes.at(-1), outcome).toBe('handoff');
      else if (outcome !== 'reset-unknown-type') expect(next, outcome).toBe('common.didItSolve');
    }
  });

  it('ends the conversation as resolved on "yes", and offers a person or a restart on "no"', async () => {
    const solved = await walk(routes['reset-web-host']!, (c, id) => c.type(labelOf(c, id)));
    await solved.type(labelOf(solved, 'yes'));
    expect(solved.contentKeys.at(-1)).toBe('common.glad');

    const notSolved = await walk(routes['reset-web-host']!, (c, id) => c.type(labelOf(c, id)));
    await notSolved.type(labelOf(notSolved, 'no'));
    expect(notSolved.contentKeys.at(-1)).toBe('common.notSolved');
    await notSolved.type(labelOf(notSolved, 'agent'));
    expect(notSolved.outcomes.at(-1)).toBe('handoff');
  });
});

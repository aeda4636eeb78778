// Customers who only type: the bot clarifies, answers small talk and keeps what one message says.
import { describe, expect, it } from 'vitest';
import { Chat, createTestRunner } from '../support/runner.js';

async function typed(...turns: string[]): Promise<Chat> {
  const chat = new Chat(createTestRunner());
  await chat.open();
  for (const turn of turns) await chat.type(turn);
  return chat;
}

describe('typed conversations', () => {
  it('asks which login problem a bare "I can\'t log in" is, then follows the answer typed in words', async () => {
    const chat = await typed("I can't log in");
    expect(chat.lastKeys).toEqual(['triage.clarifyLogin']);

    await chat.type('forgot my user name');

    expect(chat.outcomes).toEqual(['username-recovery']);
  });

  it.each([
    'Who am I chatting with, a real person?',
    'is this chat automated?',
    'Hi, is a real person typing this or an AI?',
    "Is this a real person I'm chatting with?",
  ])('answers %j with what the bot is, and hands over to nobody unasked', async (question) => {
    const chat = await typed(question);

    expect(chat.lastKeys).toEqual(['common.smallTalk.bot_question', 'triage.askNeed']);
    expect(chat.outcomes).toEqual([]);
  });

  it('answers a greeting and steers back to the question', async () => {
    const chat = await typed('hello there');

    expect(chat.lastKeys).toEqual(['common.smallTalk.greeting', 'triage.askNeed']);
  });

  it('fills every slot one long message states and asks for nothing it was told', async () => {
    const chat = await typed(
      'Hi, we have an enterprise E-PKI account and our admin forgot the password. We still have the original order number from when we set it up.',
    );

    expect(chat.outcomes).toEqual(['reset-epki-self']);
    expect(chat.keys).not.toContain('reset.askCustomerType');
    expect(chat.keys).not.toContain('reset.askOrderNumber');
  });

  it('takes "thanks, that fixed it" after an outcome as solved', async () => {
    const chat = await typed('bought my SSL through my hosting company and need to reset the password', 'thank you so much, that fixed it');

    expect(chat.outcomes).toEqual(['reset-web-host']);
    expect(chat.lastKeys).toEqual(['common.glad']);
  });
});

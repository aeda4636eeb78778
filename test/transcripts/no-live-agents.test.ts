// HANDOFF_TARGET=none (the default): nobody chats live, so the bot says what happens instead of
// offering a person: the request is recorded for the team, and the route that fits the customer.
import { describe, expect, it } from 'vitest';
import { Chat, createTestRunner } from '../support/runner.js';

async function typed(...turns: string[]): Promise<Chat> {
  const chat = new Chat(createTestRunner());
  await chat.open();
  for (const turn of turns) await chat.type(turn);
  return chat;
}

const promisesAPerson = /connect you (with|to)|pass(ing)? you to a person|\bjoin\b|right now|talk to a person/i;

describe('with no live agents', () => {
  it('"agent please": the request is recorded for the team and the email route given, with no person promised', async () => {
    const chat = await typed('agent please');

    const said = chat.turns
      .at(-1)!
      .replies.map((reply) => reply.text)
      .join('\n');
    expect(chat.lastKeys).toEqual(['handoff.offline', 'handoff.route.email', 'handoff.anythingElse']);
    expect(said).toMatch(/recorded your request/);
    expect(said).toContain('support@example.com');
    expect(chat.texts.join('\n')).not.toMatch(promisesAPerson);
  });

  it('a direct customer is told to write from the administrative address; a web-host customer to contact the host', async () => {
    const direct = await typed('I forgot my password', 'we bought it directly from you', 'I want a person');
    const webHost = await typed('I forgot my password, we bought it through our hosting company', 'no', 'Pass it to the team');

    expect(direct.lastKeys).toContain('handoff.route.direct');
    expect(direct.texts.join('\n')).toMatch(/administrative email address/);
    expect(webHost.lastKeys).toContain('handoff.route.webHost');
    expect(webHost.texts.join('\n')).not.toMatch(/your account's|email address on your account/);
  });

  it('the ISO outcomes and the stuck handoff offer no person in the chat', async () => {
    const client = await typed('My web guy gave me a login and it stopped working since the sign-on change');
    const stuck = await typed('xq zzv', 'plk wrrt');

    expect(client.outcomes).toContain('client-lost-access');
    expect(stuck.outcomes).toEqual(['handoff']);
    for (const chat of [client, stuck]) expect(chat.texts.join('\n')).not.toMatch(promisesAPerson);
  });
});

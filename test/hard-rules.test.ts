// DOMAIN.md's hard rules, one test each, through the real bot (TestAdapter, runner, content, NLU).
import { describe, expect, it } from 'vitest';
import { AdapterChat } from './support/test-adapter.js';

const selfServiceResetRoutes = [/forgotten password/i, /password reminder/i];

async function conversation(...turns: string[]): Promise<AdapterChat> {
  const chat = new AdapterChat();
  await chat.open();
  for (const turn of turns) await chat.type(turn);
  return chat;
}

describe('hard rules', () => {
  it('1. never asks for a password, never shows one, warns about a typed one and stores it nowhere', async () => {
    const chat = await conversation('Forgot my password. The old one was Winter#2021 if that helps.', 'I ordered directly on your site');

    expect(chat.contentKeys).toContain('common.secretWarning');
    expect(chat.texts.join('\n')).not.toContain('Winter#2021');
    for (const text of chat.texts) expect(text).not.toMatch(/\b(send|tell|give|type|enter|share)( me| us)? (your|the) password\b/i);
    const stored = await chat.runner.store.load(chat.conversationKey);
    expect(stored).toBeDefined();
    expect(JSON.stringify(stored)).not.toContain('Winter#2021');
  });

  it('2. never discloses account data: a user name is only pointed to, not given', async () => {
    const chat = await conversation("What's my customer number? I can't remember my user name either.", 'My email is pat@example.com');

    expect(chat.outcomes).toContain('username-recovery');
    expect(chat.texts.join('\n')).not.toMatch(/your (user name|username|customer number) is/i);
  });

  it('3. never resets, or offers a reset for, an ALTAIRE partner account', async () => {
    const chat = await conversation(
      'I need to reset a password.',
      "We bought directly from you, I have the order number and user name, and it's the account built into ALTAIRE's software.",
    );

    expect(chat.outcomes).toEqual(['partner-no-reset', 'handoff']);
    for (const route of selfServiceResetRoutes) expect(chat.texts.join('\n')).not.toMatch(route);
  });

  it("3. treats a password held by the customer's software as the ALTAIRE partner account", async () => {
    const chat = await conversation('I need to reset the password that is hard-coded into the software we got from our supplier.');

    expect(chat.outcomes).toEqual(['partner-no-reset', 'handoff']);
    for (const route of selfServiceResetRoutes) expect(chat.texts.join('\n')).not.toMatch(route);
  });

  it('3. ALTAIRE said after the reset link overrides it: no further reset, a person flagged', async () => {
    const chat = await conversation(
      'I need to reset a password.',
      'We bought directly from you, and I have the order number and user name.',
      "Oh - the account is the one built into ALTAIRE's software.",
    );

    expect(chat.outcomes).toEqual(['reset-direct-self', 'partner-no-reset', 'handoff']);
    expect((await chat.runner.store.listCases())[0]).toEqual(expect.objectContaining({ reason: 'partner-altaire' }));
  });

  it('4. never recommends account sharing; where sharing is mentioned it says it is not endorsed', () => {
    const catalog = new AdapterChat().runner.catalog;
    const render = (key: string) => catalog.render(key, { position: '1', agent: 'Dana', text: '' }).text;
    const mentionsSharing = catalog.keys().filter((key) => /\bshar(e|ing)\b[^.]*\b(account|login)\b/i.test(render(key)));

    expect(mentionsSharing.length).toBeGreaterThan(0);
    for (const key of mentionsSharing) {
      const text = render(key);
      expect(text, key).toMatch(/does not endorse/i);
      expect(text, key).not.toMatch(/\b(we|i) (recommend|suggest|advise) shar/i);
    }
  });

  it.each(["I'm a webmaster, can you reset my client's password for me?", 'My client needs the password for her account.'])(
    "5. refuses a webmaster's request for a client's password or reset; the client resets it: %s",
    async (asked) => {
      const chat = await conversation(asked);

      expect(chat.contentKeys).toContain('access.refuseClientReset');
      expect(chat.outcomes).toEqual(['webmaster-client-self']);
      const said = chat.texts.join('\n');
      for (const route of selfServiceResetRoutes) expect(said).not.toMatch(route);
      // The refusal stands alone: no suggestion that the client could share their login instead.
      expect(said).not.toMatch(/\bshar(e|ing)\b/i);
    },
  );

  it("5. after refusing a client's password, the webmaster's own password is reset as usual", async () => {
    const chat = await conversation('My client needs the password for her account.', 'OK. Separately, I forgot my password.');

    expect(chat.outcomes).toEqual(['webmaster-client-self']);
    expect(chat.contentKeys.at(-1)).toBe('reset.askCustomerType');
  });

  it("5. a webmaster's own account is not a client's: it gets the normal reset path", async () => {
    const chat = await conversation("I'm a web developer. I forgot the password to my own account - not a client's");

    expect(chat.contentKeys).not.toContain('access.refuseClientReset');
    expect(chat.contentKeys.at(-1)).toBe('reset.askCustomerType');
  });

  it('6. where the sources give no answer (affiliate orders), a person takes over instead of invented steps', async () => {
    const chat = await conversation(
      "I'd like to reset the password for our certificate account.",
      'We ordered through an affiliate of yours - the payment went to you, not to them.',
    );

    expect(chat.outcomes).toEqual(['reset-affiliate', 'handoff']);
    const cases = await chat.runner.store.listCases();
    // No agents chat live in this runner: the case is recorded for the team, with its reason, and closed.
    expect(cases).toEqual([expect.objectContaining({ reason: 'affiliate', status: 'closed' })]);
  });
});

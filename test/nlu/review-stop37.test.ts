// What a second reader of this stop's rules found them reading wrongly, kept read rightly: a customer's own
// reset is not a client's, a failure after "it worked" is no yes, a request for a person beside "said" is
// still one, a reset link is no affiliate's, a format tried is no password, "at first" puts nothing first.
import { describe, expect, it } from 'vitest';
import { inOrderSaid } from '../../src/nlu/need-order.js';
import { readByRules } from '../../src/nlu/rules.js';
import { redactSecrets } from '../../src/nlu/secrets.js';
import { normalise } from '../../src/nlu/text.js';

describe("a customer's own account is not a client's", () => {
  it.each([
    "I can't log in, it says password incorrect. Please reset it so I can log in.",
    'forgot business account password, pls send me a new one',
    "I own a small salon. Our salon's login stopped working, can you send me a new password?",
    "I'm the IT admin, the account I manage for our company is locked and the password reset never arrives",
    'The account belongs to the business I run with my wife, and I forgot the password',
    "Ich betreue Webseiten für Kunden. Ich habe mein Passwort vergessen, es kommt 'Ihr Passwort ist ungültig'",
    "I rang support and they couldn't find my login. Please send the details to me",
  ])('%j', (text) => expect(readByRules(text).slots.whoseAccount).not.toBe('client'));
});

describe('answers and requests beside other words', () => {
  it.each([
    'It worked once but now the password is rejected again',
    'Got it, but the reset email never arrives',
    'Fixed the username thing, but the password still gets rejected',
  ])('%j is no yes', (text) => expect(readByRules(text).answer).not.toBe('yes'));

  it.each(['Non-profit here, I forgot my password'])('%j is no no', (text) => expect(readByRules(text).answer).toBeUndefined());

  it.each(['Nie wiem', 'Non so'])('%j is unsure', (text) => expect(readByRules(text).answer).toBe('unsure'));

  it.each(["ça ne m'a pas aidé", 'Eso no me ayudó', 'Isso não ajudou', 'To nie pomogło'])('%j says it did not help', (text) =>
    expect(readByRules(text).notHelped).toBe(true),
  );

  it.each(['Let me talk to an agent, I already explained everything', "Please connect me to a real person, the bot said it can't help"])(
    '%j wants a person',
    (text) => expect(readByRules(text).needs).toContain('human'),
  );
});

describe('buying, secrets and order', () => {
  it.each(['The help article says to click the reset link, but we bought it directly from you', 'Your sales rep sent me a payment link and I paid by card'])(
    '%j is no affiliate or reseller',
    (text) => expect(['direct', undefined]).toContain(readByRules(text).slots.customerType),
  );

  it.each([
    "I tried p12 but it won't import, wrong password",
    'I tried SHA256 instead, the password is still wrong',
    "I can't log in, the account name is 'Green Valley Dental'",
  ])('%j stays as typed', (text) => expect(redactSecrets(text).redacted).toBe(text));

  it('"at first" puts nothing first', () => {
    const text = "At first my password worked, now it is rejected and I also can't find my username";
    expect(inOrderSaid(['recover_username', 'reset_password'], normalise(text))).toEqual(['recover_username', 'reset_password']);
  });
});

// Needs told by what the page shows or by what is missing rather than by the thing's name ("'invalid login ID'",
// "the certs list in my portal is blank", "'this account does not hold any orders'", "the bit you type before
// it"), S/MIME certificates missing from an account (a need like any other; getting one or setting it up in a
// mail program is outside the sources), and a thing denied as missing beside the one that is.
import { describe, expect, it } from 'vitest';
import { trainSlotClassifier } from '../../src/nlu/classifier.js';
import { readWithRules } from '../../src/nlu/rules.js';
import { createUnderstand } from '../../src/nlu/understand.js';

const understand = createUnderstand(await trainSlotClassifier());
const needsOf = async (text: string) => (await understand(text)).needs;

describe('needs told by what the screen says or what is missing', () => {
  it.each([
    ["The portal keeps answering 'invalid login ID' when I paste it in", ['recover_username']],
    ['I know the password, it is the part you type before it that I lost', ['recover_username']],
    ['our certificates list on the dashboard is empty since the weekend', ['find_account']],
    ["the site says 'this account does not have any certificates' but we bought three", ['find_account']],
    ['We are with ALTAIRE. Our SSL certs are missing from the account since Friday.', ['find_account']],
    ['Which colleague has the account with our S/MIME certificates? They are not in mine.', ['find_account']],
    ['Our S/MIME certificates for the staff were ordered under E-PKI, but the enterprise account we sign into shows none.', ['find_account']],
    ['We are not missing the customer number, we are missing the password.', ['reset_password']],
    ["I thought I'd lost my password but it was in the drawer. Now I need my customer number.", ['recover_username']],
  ])('%j reads %j', async (text, needs) => {
    expect(await needsOf(text)).toEqual(needs);
  });

  it.each([
    'our bookkeeper wants an S/MIME certificate to sign her emails in Outlook, how do we get one?',
    'how do I get the S/MIME certificate into Thunderbird?',
  ])('%j is outside the sources', (text) => {
    expect(readWithRules(text).withheldAs).toBe('outside');
  });

  it.each(['the certificate list on your pricing page is confusing', 'the login ID field is greyed out, is that normal?'])(
    '%j reads no need from the rules',
    (text) => {
      expect(readWithRules(text).understanding.needs).toEqual([]);
    },
  );
});

it('a signing USB stick "blocked" after a wrong number names the token, not a bare login symptom', async () => {
  expect(await needsOf("the small usb stick we use for signing our software says 'blocked' after I typed the number wrong")).toEqual(['codesign_password']);
});

describe('look-alikes a second reader found', () => {
  it.each([
    'Can I purchase an S/MIME certificate through your site?',
    'How do I enable S/MIME on my iPhone?',
    'My S/MIME certificate expired, how do I get a new one?',
  ])('%j is outside the sources', (text) => {
    expect(readWithRules(text).withheldAs).toBe('outside');
  });

  it.each([
    'The certificate list in certmgr is empty after I imported the pfx',
    "The new account doesn't have any certificates yet because we haven't ordered one",
    'I unzipped the bundle you emailed but the certificate is missing from it',
  ])('%j reads no lost certificates', (text) => {
    expect(readWithRules(text).understanding.needs).not.toContain('find_account');
  });

  it.each(["I thought I'd lost my password but actually it expired", 'I thought I had lost my password but my boss changed it, so I need it reset'])(
    '%j still needs the password',
    async (text) => {
      expect(await needsOf(text)).toContain('reset_password');
    },
  );

  it('"I remember the part you enter before it" keeps only the password lost', async () => {
    expect(await needsOf('I remember the part you enter before it, my email, but the password is gone')).toEqual(['reset_password']);
  });
});

// Questions that name what needs are about without stating one: how code signing itself works is
// for a person (outside the sources), and a loss only supposed is a question; an account in one's own
// name says who owns it, not which account holds the certificates.
import { describe, expect, it } from 'vitest';
import { readWithRules } from '../../src/nlu/rules.js';

describe('how signing itself works is outside the sources', () => {
  it.each([
    'how do i timestamp with signtool so the signature still validates after the cert expires?',
    'SmartScreen still flags every download as an unrecognised app. Does EV get rid of that?',
    'Do I need to notarise the app as well as sign it?',
    'SignTool Error: No certificates were found that met all the given criteria. help?',
    "the cert shows up in certmgr but signtool won't pick it up",
  ])('%j is for a person, with no need read', (text) => {
    const read = readWithRules(text);
    expect(read.understanding.needs).toEqual([]);
    expect(read.understanding.outsideSources).toBe(true);
  });

  it('a signing password that fails beside it is still the need', () => {
    expect(readWithRules('SmartScreen complains and the pfx password is rejected').understanding.needs).toEqual(['codesign_password']);
  });
});

describe('prices and charges are outside the sources', () => {
  it.each([
    'how much is it going to cost to renew our wildcard next year?? the renewal notice says one price and your website says another',
    'we were charged twice for the renewal',
    'what does a code signing certificate cost per year?',
    'Hello, we receive the new SSL certificate by email. How I install it in Plesk? It show error that private key is not match.',
    "ordered an OV cert 9 days ago and it's still 'pending validation'. nobody ever called our company number for the verification call",
    'our accountant needs an S/MIME certificate so she can sign her emails in Outlook. how do we get one?',
    'one of our servers was breached overnight and the private key was on it. What do we do about the certificate now?',
    'Our firm changed its name in March. The certificates still show the old company name.',
    "our EV code signing token (the usb stick) was in a laptop bag that got stolen yesterday. we don't have the token anymore, what do we do?",
  ])('%j is for a person, with no need read', (text) => {
    const read = readWithRules(text);
    expect(read.understanding.needs).toEqual([]);
    expect(read.understanding.outsideSources).toBe(true);
  });

  it.each([
    ['I lost the token PIN, it is locked now', ['codesign_password']],
    ['our site was hacked and now my account password is rejected', ['reset_password']],
  ])('%j: a need beside those words is still the need', (text, needs) => {
    expect(readWithRules(text).understanding.needs).toEqual(needs);
  });

  it('a need beside a price question is still the need', () => {
    expect(readWithRules('forgot my password, how much does the cert cost anyway').understanding.needs).toEqual(['reset_password']);
  });
});

describe('an account said to be in one’s own name', () => {
  it('"the account is in my own name" is who owns it, not which account', () => {
    expect(readWithRules("I'm the customer, the account is in my own name").understanding.needs).toEqual([]);
  });

  it('"If I forgot my password, how do I reset it?" is still the need', () => {
    expect(readWithRules('If I forgot my password, how do I reset it?').understanding.needs).toEqual(['reset_password']);
  });
});

describe("a question about anyone's account, with trouble words in it", () => {
  it.each(['How many wrong password attempts before an account gets locked?', "What's the usual procedure for resetting a password here"])(
    '%j is how things go, no need',
    (text) => {
      expect(readWithRules(text).understanding.needs).toEqual([]);
    },
  );

  it.each(['why is the password not working?', 'how many times did I type the password wrong before it locked?'])(
    '%j is the customer’s own trouble',
    (text) => {
      expect(readWithRules(text).needWithheld).toBe(false);
    },
  );
});

describe('how things would go, asked in more ways', () => {
  it.each([
    'How does a password reset actually work with you lot, do you email a link or text a code?',
    'If I ever forgot my customer number, could I get it back by email?',
    'Seriously, who thought switching off the independent sign-on halfway through the year was a good idea?',
  ])('%j states no need', (text) => {
    expect(readWithRules(text).understanding.needs).toEqual([]);
  });
});

describe('a secret pasted beside a request outside the sources', () => {
  it('an API key in an error report, asked to be checked for revocation, starts no password reset', () => {
    const read = readWithRules(
      "Every call returns 'Error 401: invalid API key' and the key in our config is sk_live_51HxT9aQ2vZ8bK3mN7pR4wY6. Can you check if it was revoked on your end?",
    );
    expect(read.understanding.needs).toEqual([]);
    expect(read.understanding.outsideSources).toBe(true);
    expect(read.understanding.containsSecret).toBe(true);
  });

  it('a signing tool asking for a password is still the code signing password', () => {
    expect(readWithRules("signtool says no certificates were found and asks for a password I don't know").understanding.needs).toEqual(['codesign_password']);
  });

  it('a value given "if that helps" beside a login said dead is no mere answer: the retired sign-on is read', () => {
    expect(readWithRules('my ISO login is dead. customer no. 30418822 if that helps').understanding.needs).toEqual(['regain_access']);
  });

  it('a password pasted with trouble and no request outside the sources is still a reset', () => {
    expect(readWithRules('Xk9#mPq2vL doesnt work anymore').understanding.needs).toEqual(['reset_password']);
  });
});

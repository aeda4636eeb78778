// Needs the customer rules out (src/nlu/cleared.ts), stories that end well, and the certificate said
// to work: read by neither the rules nor the trained models, while the need beside them still counts.
import { describe, expect, it } from 'vitest';
import { trainSlotClassifier } from '../../src/nlu/classifier.js';
import { readWithRules } from '../../src/nlu/rules.js';
import { createUnderstand } from '../../src/nlu/understand.js';

const understand = createUnderstand(await trainSlotClassifier());

describe('a story that ends on all being well states no need', () => {
  it.each([
    'we had one of those separate certificate logins until last year and then moved to the main account, all good.',
    'The old sign-on went away, our developer set us up on the normal login, everything is working again.',
    'our three designers moved off the ISO logins in March and everybody got across fine',
    'what exactly are independent sign-on accounts?',
  ])('"%s" reads no need', async (text) => {
    expect((await understand(text)).needs).toEqual([]);
  });

  it('a story that ends well but asks for something still states its need', async () => {
    expect((await understand('the ISO login went away and we moved over, all fine, but now I need my customer number')).needs).toContain('recover_username');
  });
});

describe('a need the customer rules out is read by neither the rules nor the models', () => {
  it.each([
    ["no need to talk to anyone, I'm happy with the bot", 'human'],
    ['I am not after which account the certificates are on, I know where they are', 'find_account'],
    ['not asking for the keystore password, I have it', 'codesign_password'],
    ["Not the password and not the customer number either. It just won't let me in.", 'recover_username'],
  ])('"%s" does not read %s', async (text, need) => {
    const u = await understand(text);
    expect(u.needs).not.toContain(need);
    expect(u.guessedNeed).not.toBe(need);
  });

  it('a person declined beside a need leaves the need', async () => {
    expect((await understand("I don't want to speak to anyone, just reset my password")).needs).toEqual(['reset_password']);
  });
});

it("asking what one's own user name or customer number is, is the need", async () => {
  expect((await understand('what is my customer number?')).needs).toEqual(['recover_username']);
  expect((await understand("what's our username")).needs).toEqual(['recover_username']);
});

describe('the certificate said to work, the account password is the need', () => {
  it.each([
    'Our signing works fine, the build server signs every night. I just cannot get into the account where we manage the certificate, the password is refused.',
    'the token is fine and the signing side is all working, I need a new password for the customer account it was bought on',
    'our account for the code signing certificate: lost the pw',
  ])('"%s" reads the account password alone', async (text) => {
    expect((await understand(text)).needs).toEqual(['reset_password']);
  });

  it('the certificate said fine beside a lost pfx password still reads the pfx password', async () => {
    expect((await understand('the certificate is fine but the pfx password is lost')).needs).toEqual(['codesign_password']);
  });

  it('the order number and user name had, the password forgotten, reads the password alone', async () => {
    expect((await understand('I have the order number and my username, but I forgot the password')).needs).toEqual(['reset_password']);
  });
});

describe('the user name or customer number typed out is had', () => {
  it.each([
    ['forgot my password, username is jsmith77', ['reset_password']],
    ['mot de passe oublié, identifiant : claire_dupont75', ['reset_password']],
    ['customer number CX-44871B, which account are my certificates in?', ['find_account']],
  ])('%j reads %j, not the user name', (text, needs) => {
    const read = readWithRules(text);
    expect(read.understanding.needs).toEqual(needs);
    expect(read.needsRuledOut).toContain('recover_username');
  });

  it.each(['username jsmith77 is not recognised', 'I typed customer number 4471-22 and it says unknown user'])('%j, refused, is still the need', (text) => {
    expect(readWithRules(text).understanding.needs).toEqual(['recover_username']);
  });
});

describe('a user name or customer number had, found or given, is not also lost', () => {
  it.each([
    'Direct buyer. Forgot the pass. Got the order number and the username right here.',
    'my login email is k.moreno@harbourline.es, it is the other half of signing in that has gone',
    "I couldn't find our customer number for a while but our bookkeeper emailed it over, so that's sorted. It's the password I need now.",
    'Tracked down the customer number in an old invoice. Password still forgotten though.',
  ])('"%s" reads the password alone', async (text) => {
    expect((await understand(text)).needs).toEqual(['reset_password']);
  });

  it('a user name thought found and then refused is still the need', async () => {
    expect((await understand("I thought I'd found the customer number on a letter, 55031872, but the login page says it does not exist")).needs).toContain(
      'recover_username',
    );
  });
});

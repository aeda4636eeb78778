// Corrections mid-message and roles told through whom a helper works for: read with the trained
// models, as the bot reads customers (understand.ts, corrections.ts, rules.ts).
import { describe, expect, it } from 'vitest';
import { trainSlotClassifier } from '../../src/nlu/classifier.js';
import { readByRules } from '../../src/nlu/rules.js';
import { createUnderstand } from '../../src/nlu/understand.js';

const understand = createUnderstand(await trainSlotClassifier());

describe('a need taken back mid-message', () => {
  it.each([
    ['my user name is gone... hang on, no, the user name is fine, it is the password I lost', ['reset_password']],
    ['Reset my password please. Oh wait, I know the password, I need the customer number', ['recover_username']],
    ['the PIN of our signing token is lost, sorry I mean the password for logging in to the portal', ['reset_password']],
    ['which account has the certs? scratch that, I can see them, I just cannot remember my user name', ['recover_username']],
    ['Could I talk to a person? Actually, never mind, I only need my password reset', ['reset_password']],
  ])('%j reads the need said last', async (text, needs) => {
    expect((await understand(text)).needs).toEqual(needs);
  });

  it.each([
    'I forgot my password. Oh wait, I also forgot my username',
    'I forgot my password. Sorry, no idea what my username is either',
    'I forgot my password, I was on hold on the phone for an hour and nobody could find my username',
  ])('%j adds a need rather than taking one back', async (text) => {
    expect((await understand(text)).needs).toEqual(expect.arrayContaining(['reset_password', 'recover_username']));
  });

  it.each([
    'Please reset my password. Actually no, scratch that, I just want a refund',
    'forget the password for now, something more urgent came up: our web server was hacked and I need the certificate revoked today',
  ])('%j: a need dropped for what the sources do not cover', async (text) => {
    const read = await understand(text);
    expect(read.needs).toEqual([]);
    expect(read.outsideSources).toBe(true);
    expect(read.dropsNeed).toBe(true);
  });

  it('"I forget the password every time" puts nothing aside', async () => {
    expect((await understand('I forget the password every time, can you reset it')).needs).toEqual(['reset_password']);
  });

  it('"forget what I said before" takes back what came before; trouble over after it is no need', () => {
    expect(readByRules('forget what I said before, my colleague worked out which account the certificates are in').needs).toEqual([]);
  });

  it('a way of buying offered with doubt after a marker is not said', () => {
    expect(readByRules('I forgot my password. hang on, not sure if we bought it from our web host').slots.customerType).toBeUndefined();
  });

  it('a marker with no need after it leaves the whole reading ("I mean, …")', async () => {
    expect((await understand('I forgot my password. I mean, honestly, this is the third time this year')).needs).toEqual(['reset_password']);
  });
});

describe('roles told through whom a helper works for', () => {
  it.each([
    ['Our studio looks after the SSL for around 40 small businesses and we are locked out', 'webmaster'],
    ['I am only the web designer, the owner asked me to sort out the login', 'webmaster'],
    ['not my account - I am a web developer and these are my clients certificates', 'webmaster'],
    ['our web agency set everything up for us', 'client'],
    ['the login for our designer was made by me', 'owner'],
    ['yes, the IT contractor got his own login from me', 'owner'],
    ['a question about the login I made for our former web agency', 'owner'],
    ['I am the contractor who renews the certificate, not the business owner', 'webmaster'],
    ["it's our shop and our certificate, nobody else's", 'owner'],
    ['paid for the wildcard with my own card', 'owner'],
    ['self-managed, no agency involved', 'owner'],
  ])('%j is %s', (text, role) => {
    expect(readByRules(text).slots.role).toBe(role);
  });

  it('a web host that bought the certificate says how it was bought, not who the customer is', () => {
    const slots = readByRules('our hosting provider ordered the certificate for us').slots;
    expect(slots.role).toBeUndefined();
    expect(slots.customerType).toBe('web_host');
  });
});

describe('both halves of the login lost together', () => {
  it.each([
    'cannot recall the customer number or the password that goes with it',
    'we know neither the login name nor the password',
    'je ne me souviens ni de mon identifiant ni de mon mot de passe',
    'the name and the password for your site are both gone',
  ])('%j asks for both', (text) => {
    expect(readByRules(text).needs).toEqual(['recover_username', 'reset_password']);
  });

  it('doubt between the two is still asked about', () => {
    expect(readByRules("I don't know if it's my username or my password").needs).toEqual([]);
  });
});

describe('two needs said as two', () => {
  it('"two problems": the account password and the signing file password', () => {
    expect(readByRules('two problems, the password is forgotten and also windows asks a password for our code signing certificate').needs).toEqual([
      'codesign_password',
      'reset_password',
    ]);
  });

  it('a sign-on said to be gone beside "which account"', () => {
    expect(readByRules('where are my certs and how do I get at them now that the separate login is gone').needs).toEqual(['find_account', 'regain_access']);
  });
});

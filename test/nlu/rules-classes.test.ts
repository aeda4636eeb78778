// The rules' reading of the classes corpus/README.md's labelling rules settle (bare login symptoms,
// needs in other languages, the certificate's password versus the account's, roles said indirectly,
// order-number questions), one example of each written for this test.
import { describe, expect, it } from 'vitest';
import { readByRules } from '../../src/nlu/rules.js';

const needs = (text: string) => readByRules(text).needs;
const slots = (text: string) => readByRules(text).slots;

describe('rules: bare login symptoms', () => {
  it.each(["I'm locked out", 'it says my credentials are invalid', 'keeps throwing me back to the login', 'my account is blocked'])(
    '"%s" is login trouble with no need',
    (text) => {
      expect(needs(text)).toEqual([]);
      expect(slots(text).loginTrouble).toBe(true);
    },
  );

  it('a symptom that names the password is a reset', () => {
    expect(needs('locked out after too many wrong password attempts')).toEqual(['reset_password']);
    expect(needs('my clients pass is not accepted, it wont let me in')).toEqual(['reset_password']);
  });

  it('a symptom that names the retired login is regain_access', () => {
    expect(needs('Your email said the old certificate login was going away, and now it shows an error')).toEqual(['regain_access']);
    expect(needs('the login my developer made for me is dead')).toEqual(['regain_access']);
  });
});

describe('rules: other languages', () => {
  it.each([
    ['Ich habe mein Passwort vergessen', 'reset_password'],
    ['Je ne retrouve pas mon nom d’utilisateur, je l’ai oublié', 'recover_username'],
    ['¿En qué cuenta está nuestro certificado?', 'find_account'],
    ['Ik wil graag met een medewerker praten', 'human'],
    ['Minha senha não funciona mais', 'reset_password'],
  ])('"%s" is %s', (text, need) => {
    expect(needs(text)).toContain(need);
  });

  it('a bare symptom in another language is still bare', () => {
    expect(needs('Je n’arrive pas à me connecter')).toEqual([]);
  });
});

describe("rules: the certificate's password or the account's", () => {
  it("a signing token's PIN is the certificate's", () => {
    expect(needs('Our EV code signing token arrived. Which PIN am I meant to type when SafeNet pops up?')).toEqual(['codesign_password']);
  });

  it("'I don't remember my account password' stays the account's in a code-signing story", () => {
    expect(needs('i need to reissue our code signing cert but i dont remember my account password')).toEqual(['reset_password']);
  });

  it('a password on the exported file is not the account password', () => {
    expect(needs('The app and the code signing cert are ours. I forgot the password I put on the exported pfx.')).toEqual(['codesign_password']);
  });

  it("'the PIN works, the website password doesn't' is the account's", () => {
    expect(needs("The signing token PIN works. The website password doesn't.")).toEqual(['reset_password']);
  });

  it('asking which password is meant states neither', () => {
    expect(needs('Is the password you mean the one for the website or the one on the certificate?')).toEqual([]);
  });
});

describe('rules: roles and order numbers', () => {
  it('someone who looks after certificates for other businesses is a webmaster', () => {
    expect(slots('I take care of certificates for about a dozen small companies').role).toBe('webmaster');
  });

  it('a password set by the old IT guy makes a client', () => {
    expect(slots('Password was set by our old IT guy, who left on bad terms').role).toBe('client');
  });

  it('denying a login for a helper says delegated false and no role', () => {
    const read = slots('no, I never created a login for anyone');
    expect(read.delegated).toBe(false);
    expect(read.role).toBeUndefined();
  });

  it('a question about the order number says neither having nor lacking it', () => {
    expect(slots('where would I find the order number??').hasOrderNumber).toBeUndefined();
    expect(slots("Will you need the order number? Because I don't have it.").hasOrderNumber).toBe(false);
  });
});

describe('rules: knowing the account e-mail or user name', () => {
  const knows = (text: string) => readByRules(text).slots.hasEmailOrUsername;

  it.each([
    'the user name escapes me but I still know the e-mail address we registered with',
    'I remember my login email fine',
    'we have the account email, it is on the invoice',
    'we buy directly, order number yes, username yes',
    'email - yep, got it',
  ])('"%s" knows one of them', (text) => {
    expect(knows(text)).toBe(true);
  });

  it.each([
    "can't remember my username or my password",
    'lost the user name somewhere along the way',
    "yes, I've got the order number from the confirmation email",
    'we got the ssl off the guys who sold us our email setup',
  ])('"%s" says nothing of the e-mail, so the bot still asks', (text) => {
    expect(knows(text)).toBeUndefined();
  });

  it.each(["I don't know the email address or the user name", 'neither the user name nor the email rings a bell', 'order number yes, email nope'])(
    '"%s" knows neither',
    (text) => {
      expect(knows(text)).toBe(false);
    },
  );
});

describe('rules: a correction inside the message', () => {
  it.each([
    ['it was a reseller - no wait, we got it straight from you', 'customerType', 'direct'],
    ['our hosting company sold it, or rather an affiliate site did', 'customerType', 'affiliate'],
    ["I'm the owner, well no, I'm just the client, our agency set everything up", 'role', 'client'],
    ["scratch that, I'm not the client, I manage these certificates for my clients", 'role', 'webmaster'],
  ] as const)('"%s": %s is %s', (text, slot, value) => {
    expect(readByRules(text).slots[slot]).toBe(value);
  });

  it('a correction that names nothing leaves the earlier reading', () => {
    expect(readByRules('we bought through a reseller, I mean, I think so').slots.customerType).toBe('reseller');
  });
});

describe('rules: saying the steps did not help', () => {
  it.each(['nope, that did not solve anything, our developer left last year', "still doesn't work after all that", 'no luck with the link'])(
    '"%s" says it did not help',
    (text) => {
      expect(readByRules(text).notHelped).toBe(true);
    },
  );

  it.each(['yes that worked, thanks', 'my password does not match'])('"%s" does not', (text) => {
    expect(readByRules(text).notHelped).toBeUndefined();
  });

  it.each(['please pass this on to your team', 'can you hand my case over to the specialists'])('"%s" asks for a person', (text) => {
    expect(readByRules(text).needs).toContain('human');
  });
});

describe('rules: owners said in so many words', () => {
  it.each([
    "I'm an owner and I've lost the password",
    'we ordered the wildcard ourselves and nobody outside touches it',
    'we handle the certificates ourselves',
    'the certs are our own, bought for our own shop',
    "it's my personal certificate",
  ])('"%s" is the owner', (text) => {
    expect(slots(text).role).toBe('owner');
  });

  it.each(["I'm the shop owner's web designer", 'nobody else has a login to it'])('"%s" says no owner', (text) => {
    expect(slots(text).role).not.toBe('owner');
  });
});

describe('rules: clients said in so many words', () => {
  it.each([
    'an outside IT bloke configured it all for us years ago',
    "I'm a customer of the agency, not yours",
    'our former web developer set up my certificate access',
    'the login came from our IT contractor',
  ])('"%s" is the client', (text) => {
    expect(slots(text).role).toBe('client');
  });

  it('"I didn\'t make the login, my web designer did" is a client, and no login was delegated or denied', () => {
    expect(slots("I didn't make the login, my web designer did")).toMatchObject({ role: 'client' });
    expect(slots("I didn't make the login, my web designer did").delegated).toBeUndefined();
  });
});

describe('rules: webmasters said in so many words', () => {
  it.each([
    "I've got about thirty clients on certificates from you",
    "I'm the IT person for a dental practice and their login stopped",
    'design agency here, one of our accounts is locked',
    'I run a small web studio; a certificate we manage has gone missing',
    'the bakery whose website I look after needs its certificate back',
    'my customer bought it through a reseller and now she is locked out',
  ])('"%s" is the webmaster', (text) => {
    expect(slots(text).role).toBe('webmaster');
  });
});

describe('rules: one half of the login ruled out', () => {
  it.each([
    ["the password's fine, it's the login name I can't place", 'recover_username'],
    ['I remember the password, just not what goes in the top box', 'recover_username'],
    ["username isn't the problem, I know it; the password keeps bouncing", 'reset_password'],
    ['it says my details are wrong, but the user name is right, I copied it off the invoice', 'reset_password'],
  ])('"%s" reads the other half: %s', (text, need) => {
    expect(needs(text)).toEqual([need]);
  });

  it('reads nothing when the login is not said to fail and the other half is not named', () => {
    expect(needs("password's fine, I can log in, I just wanted to say thanks")).toEqual([]);
  });
});

describe('rules: roles said through what a helper did', () => {
  it.each([
    'Web designer did it. I know nothing about the account.',
    'we use an outside IT firm. they bought it via a reseller',
    'my sister in law did the website and the ssl',
    'Our signing certificate was ordered by the contractor who builds our app',
    'our consultants set us up with a partner account',
  ])('"%s" is a client', (text) => {
    expect(slots(text).role).toBe('client');
  });

  it.each([
    'our agency bought it from a reseller for our clients',
    'I manage the certificates for around a dozen customer websites',
    'i buy certs for my webdesign customers',
  ])('"%s" is a webmaster', (text) => {
    expect(slots(text).role).toBe('webmaster');
  });

  it.each(['bought by me personally for my open source tool', 'mine. i look after them.', 'Personal cert, sorted it all on my own'])(
    '"%s" is an owner',
    (text) => {
      expect(slots(text).role).toBe('owner');
    },
  );

  it('a staff developer is no helper', () => {
    expect(slots('our staff developer bought it').role).toBeUndefined();
  });
});

describe('rules: a file password or token PIN with no signing word', () => {
  it.each(['I forgot the password on the pfx too', 'the tokens pin got locked after 3 tries', 'what is the PIN of the token we got from you?'])(
    '"%s" is the certificate\'s password',
    (text) => {
      expect(needs(text)).toEqual(['codesign_password']);
    },
  );

  it("the account password said beside it stays the account's", () => {
    expect(needs('forgot the password for my account')).toEqual(['reset_password']);
  });
});

describe('rules: asking for a person without the word', () => {
  it.each(['the guy who bought it left in 2021. Who do I talk to?', 'Can a colleague of yours look at this?'])('"%s" asks for a human', (text) => {
    expect(needs(text)).toEqual(['human']);
  });
});

describe('rules: the user name by other names', () => {
  it.each(['need my client id for the portal', 'customer no please', "I remember the password fine, it's what I log in with that I forgot"])(
    '"%s" is recover_username',
    (text) => {
      expect(needs(text)).toEqual(['recover_username']);
    },
  );
});

describe('rules: the kind of certificate by what surrounds it', () => {
  it.each([
    ['my site still says not secure even though I installed it', 'ssl'],
    ['how long does OV validation usually take?', 'ssl'],
    ['Apache complains the intermediate chain is missing', 'ssl'],
    ['personal ID cert installed in my browser to sign pdfs', 'client_cert'],
    ["I don't know if it's SSL or code signing or something else", 'unknown'],
    ['EV code signing token, PIN locked', 'code_signing'],
  ])('"%s" is %s', (text, product) => {
    expect(slots(text).product).toBe(product);
  });
});

describe('rules: help with the password', () => {
  it('"please help me with the password" asks for a reset', () => {
    expect(needs('ok, now please help me with the password')).toEqual(['reset_password']);
  });
});

import { describe, expect, it } from 'vitest';
import { trainSlotClassifier } from '../../src/nlu/classifier.js';
import { createUnderstand } from '../../src/nlu/understand.js';

const understand = createUnderstand(await trainSlotClassifier());

describe('understand: several facts in one message', () => {
  it('reads need and role together', async () => {
    const u = await understand("I'm a webmaster and my client's ISO login stopped working");

    expect(u.needs[0]).toBe('regain_access');
    expect(u.slots.role).toBe('webmaster');
  });

  it('reads need, customer type and order number together', async () => {
    const u = await understand('epki account, forgot password, no order number anymore');

    expect(u.needs).toEqual(['reset_password']);
    expect(u.slots).toMatchObject({ customerType: 'epki', hasOrderNumber: false });
  });

  it('ranks two needs, user name before password', async () => {
    expect((await understand('forgot my user name and my password')).needs).toEqual(['recover_username', 'reset_password']);
  });
});

describe('understand: negation', () => {
  it.each([
    ["I'm not a reseller customer, we bought it from our hosting provider", 'web_host'],
    ['not epki, just a regular account I bought directly', 'direct'],
    ['I did not go through a reseller or a host, I bought it myself directly from you.', 'direct'],
  ] as const)('%j is %s', async (text, type) => {
    expect((await understand(text)).slots.customerType).toBe(type);
  });

  it('a negated partner is no partner', async () => {
    expect((await understand("no, we're not with ALTAIRE")).slots.partner).toBe('none');
  });

  it('a negated need is not a need', async () => {
    expect((await understand("I don't want to reset anything, I was just curious")).needs).toEqual([]);
    expect((await understand("No thanks, I don't need an agent")).needs).not.toContain('human');
  });

  it('a sign-on ruled out is not the need, even past "because"', async () => {
    expect((await understand('I forgot my password, and no, it is not because of the sign-on retirement')).needs).toEqual(['reset_password']);
  });

  it('the client of a webmaster is not the webmaster', async () => {
    expect((await understand("I'm not a webmaster, I'm the client - the agency gave me the login")).slots.role).toBe('client');
  });
});

describe('understand: typos and fragments', () => {
  it.each([
    ['i forgto my pasword', 'reset_password'],
    ['my iso logn stoped workng since teh change', 'regain_access'],
    ['wich acount r my certs in', 'find_account'],
    ['tlak to human pls', 'human'],
  ] as const)('%j means %s', async (text, need) => {
    expect((await understand(text)).needs[0]).toBe(need);
  });

  it('reads a missing order number written with typos', async () => {
    expect((await understand('dont hav the order numbr')).slots.hasOrderNumber).toBe(false);
  });
});

describe('understand: who did what for whom', () => {
  it('an owner who made a login for their developer delegated', async () => {
    expect((await understand('I made an account for my developer')).slots).toMatchObject({ role: 'owner', delegated: true });
  });

  it('a customer whose developer made them a login is a client', async () => {
    expect((await understand('my developer set everything up, I just got a login from him')).slots.role).toBe('client');
  });
});

describe('understand: secrets and small talk', () => {
  it('flags a typed password', async () => {
    expect((await understand('my password is Pa55word!23')).containsSecret).toBe(true);
  });

  it('recognises small talk without inventing a need', async () => {
    const u = await understand('thank you so much, that fixed it');

    expect(u.smallTalk).toBe('thanks');
    expect(u.needs).toEqual([]);
  });
});

describe('understand: conversation commands', () => {
  it.each([
    ['start over', 'startOver'],
    ['Go back', 'back'],
    ['never mind', 'cancel'],
  ] as const)('%j is the command %s', async (text, command) => {
    expect((await understand(text)).command).toBe(command);
  });

  it('a command word inside a sentence is not a command', async () => {
    expect((await understand('my login stopped working, can you help me start over with a new account?')).command).toBeUndefined();
  });
});

// The classes of misreading issue 15 lists, one example each: the fix is meant for the class (negation
// scope, several needs, the object a need is about, word forms, indirect roles, questions), so these
// sentences were never used to train or tune anything.
describe('understand: the failure classes of issue 15', () => {
  it.each(['I DONT KNOW JUST GET ME A HUMAN', "I don't want a bot, I want a real person", 'no idea, can I talk to someone?'])(
    'negation stops at a clause break: %j asks for a person',
    async (text) => {
      expect((await understand(text)).needs).toContain('human');
    },
  );

  it('a second need in another clause is kept', async () => {
    const u = await understand('forgot the password for my account, and also the code signing certificate asks for a password when I export it');

    expect(u.needs).toEqual(expect.arrayContaining(['reset_password', 'codesign_password']));
  });

  it('an account password is read as one even when the certificate it was bought for is named', async () => {
    expect((await understand('I forgot the login password for the account I bought my code signing certificate on')).needs[0]).toBe('reset_password');
  });

  it('a role said indirectly: a webmaster', async () => {
    expect((await understand('I build and run websites for other people')).slots.role).toBe('webmaster');
  });

  it('a role said indirectly: a client ("my website guy set it up for me")', async () => {
    expect((await understand('my website guy set it up for me and now I cannot get in')).slots.role).toBe('client');
  });

  it('a question about the order number does not say the customer has one', async () => {
    expect((await understand('where would I find the order number??')).slots.hasOrderNumber).not.toBe(true);
  });

  it('buying on the website is buying direct', async () => {
    expect((await understand('we purchased the certificate on your website last spring')).slots.customerType).toBe('direct');
  });

  it.each([
    ["my password works fine, it's my user name that I can't remember", 'recover_username'],
    ['not a password problem - I lost my customer number', 'recover_username'],
  ])('a thing the customer rules out is not the need: %j', async (text, need) => {
    expect((await understand(text)).needs).toEqual([need]);
  });

  it('"password" in another language still says which need ("my Passwort")', async () => {
    expect((await understand("my Passwort doesn't work anymore, I need to reset it")).needs[0]).toBe('reset_password');
  });

  it('an order reference is an order number', async () => {
    expect((await understand('we still have the order reference from the invoice')).slots.hasOrderNumber).toBe(true);
  });

  it('giving the user name is having it', async () => {
    expect((await understand('user name is dchen_ops')).slots.hasEmailOrUsername).toBe(true);
  });

  it.each([
    ['Pw8#rlTqz9 keeps coming back invalid', 'reset_password'],
    ['typed Qv7!mzLp2x into the pfx export box and it failed', 'codesign_password'],
  ])('a pasted password said to fail is the need of what it opens: %j', async (text, need) => {
    const u = await understand(text);
    expect(u.containsSecret).toBe(true);
    expect(u.needs[0]).toBe(need);
  });

  it('logging in to the account that holds a code-signing certificate is the account password', async () => {
    expect((await understand("I can't log in to download the code signing certificate, the password is not accepted")).needs[0]).toBe('reset_password');
  });

  it('asking which of several customer numbers holds a certificate is finding the account, not a lost number', async () => {
    expect((await understand('which of our customer numbers holds the wildcard certificate?')).needs).toEqual(['find_account']);
  });

  it('logging in on the website is not buying there', async () => {
    expect((await understand('I tried to log in on your website and my password is wrong')).slots.customerType).toBeUndefined();
  });
});

describe('understand: failures', () => {
  it('a model that fails while reading rejects the call, it does not throw at it', async () => {
    const broken = {
      ...(await trainSlotClassifier()),
      read: () => {
        throw new Error('model file damaged');
      },
    };
    let reading: Promise<unknown> | undefined;
    expect(() => {
      reading = createUnderstand(broken)('I forgot my password');
    }).not.toThrow();
    await expect(reading).rejects.toThrow('model file damaged');
  });
});

describe('understand: asking how to do what the sources do not cover', () => {
  it.each(['how can I renew my certificate before it lapses', 'I want to renew the code signing certificate', 'how to install the new cert on Apache'])(
    '"%s" reads no need and guesses none (the bot asks, then hands over)',
    async (text) => {
      const u = await understand(text);
      expect(u.needs).toEqual([]);
      expect(u.guessedNeed).toBeUndefined();
    },
  );

  it('a need said beside it is still read', async () => {
    expect((await understand('I need to renew our certificate but I forgot my password')).needs).toContain('reset_password');
  });
});

describe('typographic apostrophes and dashes', () => {
  it('read as the plain ones ("I’m", "passw—")', async () => {
    const typographic = 'I’m the client – reset the pfx passw— no hang on, it’s my own login password that won’t work';
    const plain = "I'm the client  -  reset the pfx passw -  no hang on, it's my own login password that won't work";
    const [a, b] = await Promise.all([understand(typographic), understand(plain)]);
    expect(a.needs).toEqual(b.needs);
    expect(a.slots).toEqual(b.slots);
  });
});

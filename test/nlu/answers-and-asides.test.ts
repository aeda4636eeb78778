// Classes found by the stop-40 conversations (corpus/conversations/w48*) and a review of the fixes: doubt
// said as a question back, hosting named beside a different way of buying, a login granted as
// "one", a customer's own trade, and a client named by a title or by "the church's own account".
import { describe, expect, it } from 'vitest';
import { readByRules, readWithRules } from '../../src/nlu/rules.js';

describe('doubt said as a question back', () => {
  it.each(['how am I supposed to know that?? my predecessor ordered it', 'how would I know, I only started in March', 'who knows, it was all before my time'])(
    '%j is unsure',
    (text) => expect(readByRules(text).answer).toBe('unsure'),
  );
});

describe('hosting named beside another way of buying', () => {
  it.each([
    'Hang on, I mixed that up. Our hosting is with them but I bought the certificate myself, on your website.',
    'our website is hosted with Hostellan but the certificate I bought directly from you',
  ])('%j is direct', (text) => expect(readByRules(text).slots.customerType).toBe('direct'));

  it.each([
    'our hosting is with Hostellan, and the certificate came with the hosting package',
    'our hosting is with 123reg but they sold us the certificate too',
  ])('%j is the host', (text) => {
    expect(readByRules(text).slots.customerType).toBe('web_host');
  });
});

describe('a login granted as "one"', () => {
  it.each(['ok yes, I set one up for our IT contractor', 'yes, I made one for the web designer', 'I created one for my developer'])('%j is delegated', (text) =>
    expect(readByRules(text).slots).toMatchObject({ role: 'owner', delegated: true }),
  );

  it.each([
    'should I make one for my developer?',
    'I never made one for the developer',
    'We never set one up for our IT contractor',
    'I need to make one for our web designer now, how?',
  ])('%j is not', (text) => expect(readByRules(text).slots.delegated).not.toBe(true));
});

describe("the customer's own trade", () => {
  it.each([
    "hi, I run a small dental practice. can't get at our certificates since the independent sign on went",
    'we own a family bakery and the login stopped working',
  ])('%j keeps the models from reading a webmaster', (text) => expect(readWithRules(text).roleRuledOut).toBe('webmaster'));

  it.each(['I run a small web design firm and manage SSL for my clients', 'I run a little agency, the certificates are for our clients'])(
    '%j does not',
    (text) => expect(readWithRules(text).roleRuledOut).toBeUndefined(),
  );
});

describe('a client named by a title or by their own account', () => {
  it('a volunteer webmaster asking for the vicar’s reset asks for a client’s', () => {
    const text =
      "I do the website for our local church as a volunteer and look after their certificate. The vicar has forgotten the password to the church's own account with you - can you reset it and email the new one to me";
    expect(readByRules(text).slots.whoseAccount).toBe('client');
  });

  it('staff speaking of their own office manager do not', () => {
    expect(readByRules('I look after the website for our company and the office manager has forgotten the password').slots.whoseAccount).toBeUndefined();
  });
});

describe('the sign-on left behind, then the customer account failing', () => {
  it.each([
    "Since the changeover we've used our regular customer account with no trouble, until today: 'wrong password'.",
    'Since the ISO switch I log in as k.brandt with my customer account and now it says the password is incorrect',
  ])('%j is a password reset', (text) => expect(readByRules(text).needs).toEqual(['reset_password']));

  it('"since the change my iso login password doesn\'t work" is still the sign-on', () => {
    expect(readByRules("since the change my iso login password doesn't work").needs).toEqual(['regain_access']);
  });
});

describe('a denial denied', () => {
  it('"It\'s not like I don\'t know my username … The password on the other hand" is the password', () => {
    expect(readByRules("It's not like I don't know my username, I've used it for years. The password on the other hand...").needs).toEqual(['reset_password']);
  });
});

describe('in the languages customers mix in', () => {
  it.each(['vorrei un rimborso per il certificato, l’ho pagato due volte', 'como instalo o certificado no meu servidor apache?'])(
    '%j is outside the sources',
    (text) => expect(readByRules(text).outsideSources).toBe(true),
  );

  it('"sì, ho creato un login per il nostro sviluppatore esterno" is a delegation', () => {
    expect(readByRules('sì, ho creato un login per il nostro sviluppatore esterno').slots).toMatchObject({ role: 'owner', delegated: true });
  });

  it('a webmaster writing that the client forgot the password asks for a client’s reset', () => {
    expect(readByRules('zarządzam certyfikatami klienta, klient zapomniał hasła do konta, can you reset it?').slots.whoseAccount).toBe('client');
  });
});

describe('found in review', () => {
  it.each(['how do I know which account my certificates are in?', 'how can I know my username'])('%j is a question, not doubt', (text) =>
    expect(readByRules(text).answer).toBeUndefined(),
  );

  it('"I\'m the webmaster here and I forgot the password for the agency\'s own account" is their own', () => {
    expect(readByRules("I'm the webmaster here and I forgot the password for the agency's own account").slots.whoseAccount).toBeUndefined();
  });

  it.each(["I'm sick of the automated emails saying my certificate expires", "I don't need any AI features, I just forgot my username"])(
    '%j asks for no person',
    (text) => expect(readByRules(text).needs).not.toContain('human'),
  );

  it.each([
    'we run a small branding studio, one of the restaurants we look after has lost the password',
    'I run a small WordPress business, the bakery down the road pays me to keep their certificate running',
  ])('%j may still be read as a webmaster', (text) => expect(readWithRules(text).roleRuledOut).toBeUndefined());
});

describe('found by the stop-40 conversations, second wave', () => {
  it.each([
    'Could you reset the password on the Harbour Bakery account? I built their website and look after everything for them.',
    'IT contractor for a small law firm. Their office admin is locked out of their certificate account - please send a password reset link to me.',
  ])('%j asks for a client’s reset', (text) => expect(readByRules(text).slots.whoseAccount).toBe('client'));

  it.each(['please reset the password on the shop account and send it to me', 'please reset the password on our old shop account and send it to me'])(
    '%j is the customer’s own',
    (text) => expect(readByRules(text).slots.whoseAccount).toBeUndefined(),
  );

  it('"I do know which email the account uses" asks nothing', () => {
    expect(readByRules("nope, can't find any order number. I do know which email the account uses").needs).toEqual([]);
  });

  it('"I know which account it is, the password is the problem" is the password', () => {
    expect(readByRules('I know which account it is, the password is the problem').needs).toEqual(['reset_password']);
  });
});

describe('the password said to be kept somewhere', () => {
  it.each([
    ["What's our login name? The web agency set everything up and the only thing they ever gave me was the password.", ['recover_username']],
    ['The password is written on a card in the safe but not the username. Can you tell me what it is?', ['recover_username']],
  ] as const)('%j is no reset', (text, needs) => expect(readByRules(text).needs).toEqual(needs));

  it.each(['the password is saved in my browser but it says wrong password', 'the password is stored in our vault but not accepted any more'])(
    '%j still is',
    (text) => expect(readByRules(text).needs).toContain('reset_password'),
  );
});

describe('found in the second review', () => {
  it.each([
    'I own the Harbour Bakery. I forgot the password for the Harbour Bakery account, please send the reset link to me',
    "I'm the practice manager at Smith Dental Practice, forgot the password to the Smith Dental Practice account - please email a reset to me",
    "I've been a customer for years and forgot the password for the Rose Cottage Bakery account",
    "I'm a web designer. I forgot the password to the Pixel Studio account, that's my own business",
    'Our former employee set up the account under his login and left the company. Please send the password reset to me instead.',
  ])('%j is the customer’s own account', (text) => expect(readByRules(text).slots.whoseAccount).toBeUndefined());

  it.each([
    'Somebody keeps trying to phone me saying they are from you, is that a scam?',
    'I need to speak to the account manager at our company before I change anything',
    "I'll have to talk to the technician who installed it and come back to you",
    "There should be someone here who can reset it, I'll ask our IT guy",
    "I'll go through it with someone in our office and get back to you",
  ])('%j asks for no person', (text) => expect(readByRules(text).needs).not.toContain('human'));

  it.each(["I'm sick of talking to a machine", "I don't want to talk to an AI"])('%j asks for a person', (text) =>
    expect(readByRules(text).needs).toContain('human'),
  );

  it.each(['how can I know that', 'How do I know?? nobody told me anything'])('%j is unsure', (text) => expect(readByRules(text).answer).toBe('unsure'));

  it('"I have created one for our developer" is a delegation', () => {
    expect(readByRules('I have created one for our developer').slots).toMatchObject({ role: 'owner', delegated: true });
  });
});

describe('one identifier given, the other asked for', () => {
  it.each([
    'customer no. 512-88-3301, opened the account in 2019. can u tell me the username on it',
    'Customer number C-2209417 is on the invoice but the login wants a user name and I have no clue what mine is.',
    'My customer number I know not any more, it was on an invoice I threw away',
  ])('%j does not rule the user name out', (text) => expect(readWithRules(text).needsRuledOut).not.toContain('recover_username'));
});

describe('found by the stop-40 conversations, third wave', () => {
  it('"half my certificates aren\'t in it" after the move to the customer account is finding them', () => {
    expect(readByRules("I moved to the customer account like the email said and half our certificates aren't in it!").needs).toEqual(['find_account']);
  });

  it('"That login was created for us by the company that built our website" is a client', () => {
    expect(readByRules('That login was created for us by the agency that built our website').slots.role).toBe('client');
  });

  it('"either I made the old login myself or the agency made it for me" says no role', () => {
    expect(readByRules("honestly, either I made the old login myself or the agency made it for me, can't remember").slots.role).toBeUndefined();
  });
});

describe('a signing key lost on its hardware', () => {
  it('"I left the yubikey with our code signing key in a hotel room … can someone kill that certificate" is outside the sources', () => {
    expect(readByRules('I think I left the yubikey with our code signing key in a hotel room. can someone kill that certificate?').outsideSources).toBe(true);
  });
});

describe('found in the third review', () => {
  it.each([
    ['The password is written in the office notebook. When I type it the site says invalid login.', ['reset_password']],
    ['The password is written down somewhere in the office, I forgot both the username and the password', ['recover_username', 'reset_password']],
    ['The only thing they gave me was the password and I lost it', ['reset_password']],
    ['My customer number is 55123 and I know my username, but the password no idea what it is', ['reset_password']],
    ['I paid yesterday and my certificate is not in my account yet, when will it be issued?', []],
  ] as const)('%j is %j', (text, needs) => expect(readByRules(text).needs).toEqual(needs));

  it('"Either I made a typo or they created it for us with the wrong email" keeps the client', () => {
    expect(
      readByRules('Our agency set up the account. Either I made a typo or they created it for us with the wrong email, I forgot my password').slots.role,
    ).toBe('client');
  });

  it.each([
    'SafeNet says the certificate is missing, how do I get the codesigning certificate on the token',
    'Please deactivate the certificate login for our former employee',
    'Could our firewall block the certificate?',
  ])('%j is not outside the sources', (text) => expect(readByRules(text).outsideSources).toBeUndefined());
});

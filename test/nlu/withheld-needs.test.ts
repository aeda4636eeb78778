// Messages that name what needs are about (passwords, user names, the sign-on) without stating a need:
// questions about the process, doubt about which thing fails, and values given as answers. Neither
// the rules nor the models may read a need from them; said beside trouble, the trouble still counts.
import { describe, expect, it } from 'vitest';
import { trainSlotClassifier } from '../../src/nlu/classifier.js';
import { readWithRules } from '../../src/nlu/rules.js';
import { createUnderstand } from '../../src/nlu/understand.js';

const understand = createUnderstand(await trainSlotClassifier());

describe('a question about the process states no need', () => {
  it.each([
    'How long do password resets normally take to come through?',
    "what's an ISO login, is that something I'd have?",
    'Will we need new user names once the old sign-on is gone?',
    'do I need my customer number to chat with you?',
    "What's the maximum length of a password on your portal?",
    'What does independent sign-on actually mean?',
    'Do you ever store the passwords people type here?',
    'Does the password reset link run out after a while?',
    'can a user name have an underscore in it',
    'When is the independent sign-on being turned off?',
    'When exactly will you be switching off the independent sign-on? We want to plan for it.',
    'Your notice about the retired sign-on: does it affect us at all? We only use the main account.',
    'I log in with my email on the normal page. Is the separate-login retirement anything I need to worry about?',
    'Will our installed certificates stay valid once the independent sign-on is gone?',
    'We have several accounts with you, is that a problem?',
    'if i forget my username, is there a self service way or is it only via support?',
  ])('"%s" reads no need and guesses none', async (text) => {
    const u = await understand(text);
    expect(u.needs).toEqual([]);
    expect(u.guessedNeed).toBeUndefined();
  });

  it.each([
    'Hi team, how long does the password reset email usually take? Thanks',
    'Good afternoon. Will our user names change after the migration? Regards, Priya',
  ])('"%s" is still such a question inside a greeting and a sign-off', async (text) => {
    expect((await understand(text)).needs).toEqual([]);
  });

  it('a remark that asks for nothing states no need', async () => {
    expect((await understand('Not asking for anything, just wanted to say the sign-on change was badly announced')).needs).toEqual([]);
  });

  it.each([
    ['How long does a reset take? I forgot my password and the renewal is due', 'reset_password'],
    ["what's the process for changing the password on my account, I want a longer one", 'reset_password'],
    ["what's the process if I've lost my user name", 'recover_username'],
    ['Is it possible to reset the pfx password of our code signing certificate?', 'codesign_password'],
    ['Can you reset the password on my account?', 'reset_password'],
    ['Is a real person around to talk to?', 'human'],
  ] as const)('"%s" still reads %s: trouble is told beside the question', async (text, need) => {
    expect((await understand(text)).needs).toContain(need);
  });
});

describe('not knowing which of two things fails', () => {
  it.each(["no clue whether it's the user name or the password it doesn't like", 'Not sure if my password or my username is the problem'])(
    '"%s" reads no need: the bot asks which it is',
    async (text) => {
      const u = await understand(text);
      expect(u.needs).toEqual([]);
      expect(u.slots.loginTrouble).toBe(true);
    },
  );

  it.each(["Either the user name or the password is off and I can't work out which", 'Could be the old sign-on, could be my password, no idea'])(
    '"%s" offers two and says which is unknown: the bot asks',
    async (text) => {
      const u = await understand(text);
      expect(u.needs).toEqual([]);
      expect(u.slots.loginTrouble).toBe(true);
    },
  );

  it('not knowing both is two needs, not doubt', async () => {
    expect((await understand("I don't know my username or my password for the account")).needs).toEqual(['recover_username', 'reset_password']);
  });
});

describe('a value given as an answer', () => {
  it.each(['username is harbour_lights77 in case you need it', 'Customer number: 5521-0931', 'my login email is pat.osei@example.net'])(
    '"%s" reads no need',
    async (text) => {
      const u = await understand(text);
      expect(u.needs).toEqual([]);
      expect(u.guessedNeed).toBeUndefined();
    },
  );

  it('a password given as an answer reads no need and is still masked as a secret', async () => {
    const u = await understand('the password I had was Copper-Kettle-19, if that helps');
    expect(u.needs).toEqual([]);
    expect(u.containsSecret).toBe(true);
  });

  it.each([
    ['my password is Copper-Kettle-19 and it keeps saying incorrect', 'reset_password'],
    ['my email is pat.osei@example.net, what is my username?', 'recover_username'],
    ['username harbour_lights77, can someone call me about it', 'human'],
  ] as const)('"%s" still reads %s', async (text, need) => {
    expect((await understand(text)).needs).toContain(need);
  });

  it('a value given in a script the rules cannot read is not taken as an answer: the rest may say it fails', () => {
    expect(readWithRules('мой пароль Copper-Kettle-19 не работает').needWithheld).toBe(false);
    expect(readWithRules('my password Copper-Kettle-19').needWithheld).toBe(true);
  });
});

describe('no longer reaching one’s certificates, said without what fails', () => {
  it('a short one is a bare symptom: the bot asks which it is', async () => {
    const u = await understand('cant acess my certficates anymore pls help');
    expect(u.needs).toEqual([]);
    expect(u.slots.loginTrouble).toBe(true);
  });

  it('said with the sign-on change, it is the retired sign-on', async () => {
    expect((await understand("I can't access my certificates since the sign-on change")).needs).toEqual(['regain_access']);
  });
});

describe('wondering which role one has', () => {
  it.each(["Does it change anything whether I'm the client or the webmaster?", "honestly not sure if I'm an owner or a client, I just pay for it"])(
    '"%s" says no role: the bot asks',
    async (text) => {
      expect((await understand(text)).slots.role).toBeUndefined();
    },
  );

  it('a role said against the others is still said', async () => {
    expect((await understand("I'm the webmaster, not the owner or the client")).slots.role).toBe('webmaster');
  });
});

describe('a need the customer rules out is read from neither the rules nor the models', () => {
  it.each([
    ["The password's fine, honestly. It's the sign-in name I can't remember", 'reset_password', 'recover_username'],
    ["not after my customer number, I've got that; I just can't remember the password", 'recover_username', 'reset_password'],
    ['The certificate password I have, no problem there. I need to reset the password of the account.', 'codesign_password', 'reset_password'],
  ] as const)('"%s": not %s but %s', async (text, ruledOut, need) => {
    const u = await understand(text);
    expect(u.needs).toContain(need);
    expect(u.needs).not.toContain(ruledOut);
  });

  it('the password named to say it fails is not ruled out', async () => {
    expect((await understand("the password I have doesn't get me in any more")).needs).toContain('reset_password');
  });
});

describe('a way of buying offered only as a maybe says none', () => {
  it.each([
    'perhaps through the hosting company?',
    "I forgot the password. We might have gone through a reseller, I really can't say",
    'do affiliates get a different login from direct customers?',
  ])('"%s" says no customer type: the bot asks', async (text) => {
    expect((await understand(text)).slots.customerType).toBeUndefined();
  });

  it.each([
    ['reseller, I think. The invoice came from them', 'reseller'],
    ['not sure about the order number, but we bought it through our web host', 'web_host'],
  ] as const)('"%s" still says %s', async (text, type) => {
    expect((await understand(text)).slots.customerType).toBe(type);
  });
});

describe('more that states no need', () => {
  it.each([
    'the password reset worked, thank you so much',
    'thx, reset link worked, im back in',
    'danke, das Passwort funktioniert wieder',
    'the password on the post-it under my keyboard says Paprika_Moon7',
    'oops I typed my password in here by mistake, it is Quokka!Smile9, please ignore',
    'can the new password contain special characters?',
    'the login screen says something went wrong',
    'i typed everything right, i swear',
  ])('"%s" reads no need', async (text) => {
    expect((await understand(text)).needs).toEqual([]);
  });

  it.each([
    ['the reset link worked but now I forgot my username', 'recover_username'],
    ['my password is Gaviota#2020 and it does not work', 'reset_password'],
    ['i forgot my password, can it contain special characters?', 'reset_password'],
  ])('"%s" still reads %s', async (text, need) => {
    expect((await understand(text)).needs).toContain(need);
  });

  it('ruling out both halves of the login leaves neither', async () => {
    const { needs } = await understand('I know my user name and my password, only I cant find where to download the certificate');
    expect(needs).not.toContain('reset_password');
    expect(needs).not.toContain('recover_username');
  });
});

describe('the rules say why, whatever the models learnt', () => {
  it.each([
    'the password reset worked, thank you so much',
    'the password on the post-it says Paprika_Moon7',
    'can the new password contain special characters?',
  ])('"%s" withholds the need', (text) => {
    expect(readWithRules(text).needWithheld).toBe(true);
  });

  it.each(['it will not let me in and I have been trying all morning before my meeting', "I'm locked out again and honestly it is driving me mad this week"])(
    '"%s" is a symptom naming nothing',
    (text) => {
      expect(readWithRules(text).symptomOnly).toBe(true);
    },
  );

  it('a symptom naming the password is not', () => {
    expect(readWithRules('the portal will not accept my password').symptomOnly).toBe(false);
  });
});

describe('a request outside the sources', () => {
  it.each(['I want a refund for the SSL certificate', 'I just want my money back for the certificate', 'how do I renew it?'])(
    '"%s" is outside the sources: no need, and a person answers it',
    (text) => {
      const read = readWithRules(text);
      expect(read.needWithheld).toBe(true);
      expect(read.understanding.outsideSources).toBe(true);
    },
  );

  it('a refund beside a need the bot serves is that need', () => {
    const read = readWithRules('I forgot my password, and I want a refund');
    expect(read.understanding.needs).toEqual(['reset_password']);
    expect(read.understanding.outsideSources).toBeUndefined();
  });
});

describe('doubt, questions about the bot, trouble over, and questions about how things work', () => {
  it.each([
    'no clue if it is the login name or the password that is off',
    'either the account is wrong or the password is, dunno which',
    'Are you an actual human or a bot?',
    'sorted now, the reset email had gone to junk, thanks anyway',
    'got it working after all, cheers',
    'If we rotate the account password, does the token PIN change as well?',
    'is the PIN on the token the same thing as my login password?',
  ])('%j states no need', (text) => {
    expect(readWithRules(text).understanding.needs).toEqual([]);
    expect(readWithRules(text).needWithheld).toBe(true);
  });

  it('asking the bot what it is and then for a person is a request for one', () => {
    expect(readWithRules('are you a bot? I want to talk to a person').understanding.needs).toEqual(['human']);
  });

  it('two login parts both forgotten are both needs, not doubt', () => {
    expect(readWithRules('I forgot my password and my username, not sure which account either').understanding.needs).toEqual(
      expect.arrayContaining(['reset_password', 'recover_username']),
    );
  });
});

describe('certificates missing, and getting back in', () => {
  it.each(['WHERE ARE ALL MY CERTS', 'logged in fine but my own certificate is nowhere', 'the certs are not showing under my login'])(
    '%j asks which account holds them',
    (text) => {
      expect(readWithRules(text).understanding.needs).toEqual(['find_account']);
    },
  );

  it('where a certificate file is stored on a server is no account question', () => {
    expect(readWithRules('where is the certificate file stored on my server').understanding.needs).toEqual([]);
  });

  it('"how do I get back in now that the sign-on is retired" is no trouble over', () => {
    expect(readWithRules('how do I get back in now that the independent sign-on is retired').understanding.needs).toEqual(['regain_access']);
  });
});

describe('the user-name reminder asked about, or missing', () => {
  it('where the reminder goes is a question', () => {
    expect(readWithRules('When I ask for a username reminder, does it go to the email on the account or to whatever address I type?').needWithheld).toBe(true);
  });

  it('a reminder that never came is the need', () => {
    expect(readWithRules('I asked for a username reminder twice and nothing came').understanding.needs).toEqual(['recover_username']);
  });
});

// A person asked for in soft words, and messages that name passwords, tokens or the retired sign-on
// without asking for anything: an opinion, how things are set up, a question about things in general.
import { describe, expect, it } from 'vitest';
import { readWithRules } from '../../src/nlu/rules.js';

const needsOf = (text: string) => readWithRules(text).understanding.needs;

describe('a person asked for softly, beside what is wrong', () => {
  it.each([
    ['is there a real person around? the passphrase on our pfx is rejected', 'codesign_password'],
    ['Could somebody talk me through it? My account password gets refused every time.', 'reset_password'],
    ['may I have a human please, my user id is not recognised', 'recover_username'],
    ['I would rather not sort this out with a chatbot. The separate certificate login stopped working.', 'regain_access'],
    ['my customer number is gone. would appreciate a call back, phone me back on the office line', 'recover_username'],
    ['Is there a number we can ring? nobody here knows which account holds the certificates', 'find_account'],
  ])('%j asks for a person and says %s', (text, need) => {
    expect(needsOf(text)).toEqual(['human', need]);
  });

  it.each([
    "I'm not repeating all of that again, get me an agent",
    'Pouvez-vous me passer un conseiller ?',
    'our web firm is away this week. Could a member of staff look at it for me?',
    'hello?? is anybody actually there or am I talking to a wall',
    'Gibt es bei Ihnen echte Menschen? Bitte rufen Sie mich zurück.',
    '¿Hay alguna persona disponible? El bot no me entiende.',
  ])('%j asks for a person', (text) => {
    expect(needsOf(text)).toEqual(['human']);
  });

  it.each([
    ["I'm not after an agent, I'm after my password", ['reset_password']],
    ["I don't need an agent, just the password", ['reset_password']],
  ])('%j turns a person down and asks for %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });

  it('"the trouble is my password" names the password', () => {
    expect(needsOf('honestly the trouble is my password')).toEqual(['reset_password']);
  });
});

describe('nothing asked for', () => {
  it.each([
    'the new single login is much worse than the old separate one',
    'nobody told us the independent sign-on was being switched off, poor communication',
    'the bot kept asking me the same question',
    'our code signing PIN is stored in the company vault and the CTO holds the key',
    'the signing token is plugged into the release server in the basement',
    'we migrated everyone to the normal account login in March',
    'Does changing the account password affect the token PIN?',
    'do resellers use the same login page after the change?',
    "yes, I'm a real person, not a script, go ahead",
  ])('%j states no need', (text) => {
    expect(needsOf(text)).toEqual([]);
  });

  it.each([
    ['the new login is awful and I am locked out of the certificate sign-on since it went', 'regain_access'],
    ['our token PIN is stored on a post-it nobody can find anymore', 'codesign_password'],
    ['does the reset link expire? my password still does not work', 'reset_password'],
  ])('%j: trouble beside it is the need (%s)', (text, need) => {
    expect(needsOf(text)).toContain(need);
  });
});

describe('what the models are not asked either', () => {
  it.each(['code signing', 'the EV one on a USB token', "it's for signing our software"])('%j only names the product: no need from rules or models', (text) => {
    const read = readWithRules(text);
    expect(read.needWithheld).toBe(true);
    expect(read.understanding.needs).toEqual([]);
  });

  it('a question about how long a PIN stays locked is hypothetical, however many trouble words it has', () => {
    expect(readWithRules('how long does a code signing PIN stay locked after too many wrong tries?').needWithheld).toBe(true);
  });

  it('the account password named with the certificate said fine rules the certificate password out', () => {
    const read = readWithRules('The certificate itself is fine, we sign every day. I need to change the password I use to log in to your site');
    expect(read.understanding.needs).toEqual(['reset_password']);
    expect(read.needsRuledOut).toContain('codesign_password');
  });

  it('not when a file or token is named too ("… and the export password on the pfx")', () => {
    expect(readWithRules('lost my account password AND the export password on the code signing pfx').needsRuledOut).not.toContain('codesign_password');
  });
});

describe('how the reset e-mail works, asked or remarked on', () => {
  it.each([
    'from which address will the password reset email be sent?',
    'how soon does a recovery email usually show up',
    'your reset links always end up in our junk folder',
    'is the reset link valid for 24 hours or less?',
  ])('%j states no need', (text) => {
    expect(readWithRules(text).understanding.needs).toEqual([]);
  });

  it.each([
    'the reset email never arrived, how long should it take?',
    'the reset link had expired by the time I clicked it',
    'reset mails take forever here, could you send me one now please',
  ])('%j is a reset', (text) => {
    expect(readWithRules(text).understanding.needs).toEqual(['reset_password']);
  });
});

describe('the reset e-mail asked about by its sender', () => {
  it('"what sender address do your reset mails come from?" states no need', () => {
    expect(readWithRules('what sender address do your reset mails come from?').understanding.needs).toEqual([]);
  });
});

describe('a person not wanted, thanked, or only asked about', () => {
  it.each([
    "Don't need a person, thanks, I'm only reading the FAQ",
    'no need for a human, the steps are enough',
    'Please pass my thanks on to Ingrid in your support team.',
    'am I talking to a bot?',
  ])('%j reads no person and no need', (text) => {
    const reading = readWithRules(text);
    expect(reading.understanding.needs).toEqual([]);
    expect(reading.needWithheld || reading.needsRuledOut.includes('human')).toBe(true);
  });

  it('"am I talking to a bot? I want a real person" still asks for one', () => {
    expect(needsOf('am I talking to a bot? I want a real person')).toEqual(['human']);
  });
});

describe('how they bought or the order number, given as an answer', () => {
  it.each([
    ['thru our host. sorry slow, on the train', 'web_host'],
    ['through the hosting, it comes bundled with our plan at Kestrel Hosting', 'web_host'],
    ['Directly. And I have the order number and the email.', 'direct'],
  ])('%j states no need, only how they bought (%s)', (text, type) => {
    const { understanding, needWithheld } = readWithRules(text);
    expect(understanding.needs).toEqual([]);
    expect(needWithheld).toBe(true);
    expect(understanding.slots.customerType).toBe(type);
  });

  it('"ya i have the original order number from the epki purchase" states no need and has the order number', () => {
    const { understanding, needWithheld } = readWithRules('ya i have the original order number from the epki purchase');
    expect([understanding.needs, needWithheld, understanding.slots.hasOrderNumber]).toEqual([[], true, true]);
  });

  it('"bought direct, forgot my password" is still a reset', () => {
    expect(needsOf('bought direct, forgot my password')).toEqual(['reset_password']);
  });
});

describe('the bot turned down is a person asked for', () => {
  it.each([
    "I don't want a bot.",
    'dont want a chatbot',
    'not talking to a robot',
    'enough with the bot',
    "I'm done with this chatbot",
    'I do not want the bot for this',
  ])('%j asks for a person', (text) => expect(needsOf(text)).toEqual(['human']));

  it.each(["I don't want the bot to reset anything", "the bot is fine, I don't need a person"])('%j does not', (text) =>
    expect(needsOf(text)).not.toContain('human'),
  );
});

describe('a person asked for by what they would do', () => {
  it.each([
    ['I keep messing up the reset link, could somebody ring me and go through it with me? forgot my password', 'reset_password'],
    ['the token PIN is down to one attempt, I want an engineer on the phone before we try again', 'codesign_password'],
    ['can one of your colleagues look at this for me? my user name is not recognised', 'recover_username'],
    ["which account holds our wildcard? honestly I'd rather explain it to someone on your team", 'find_account'],
    ["J'ai oublié mon mot de passe, quelqu'un peut m'appeler ?", 'reset_password'],
  ] as const)('%j asks for a person beside %s', (text, need) => expect(needsOf(text)).toEqual(expect.arrayContaining(['human', need])));

  it.each(['the engineer who set up our token called me yesterday, the PIN still fails', 'one of your people told me to use this chat for my password'])(
    '%j asks for no person',
    (text) => expect(needsOf(text)).not.toContain('human'),
  );
});

describe('an opinion of the sign-on change, asking for nothing', () => {
  it.each([
    'Your new single login is a step backwards imo',
    'I liked having the separate certificate login, it kept things tidy',
    'The email about retiring the ISO sign-on was very clear, thanks for that.',
    'For what it is worth, I preferred the old independent sign-on page',
  ])('%j is a remark: no need, by the models either', (text) => {
    const read = readWithRules(text);
    expect(read.understanding.needs).toEqual([]);
    expect(read.withheldAs).toBe('remark');
  });

  it('an opinion beside trouble still reads the trouble', () => {
    expect(needsOf('the new login is a step backwards imo, and my ISO login stopped working on Monday')).toEqual(['regain_access']);
  });
});

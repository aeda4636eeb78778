// Three classes read from what a message does rather than the things it names: a question about how
// things work, typed without its question mark or about a reset only supposed; a message that opens on
// its problem being solved and goes on to tell how; and a second thing added by "same for", "also no
// clue" or "… and the username isn't either".
import { describe, expect, it } from 'vitest';
import { readWithRules } from '../../src/nlu/rules.js';

const needsOf = (text: string) => readWithRules(text).understanding.needs;

describe('a question about how things work states no need', () => {
  it.each([
    'how do customers normally get their user name back',
    'How does the password reset procedure work, just curious',
    "what's the maximum length a password can be on your site?",
    'Is there a minimum number of characters for the account password?',
    'If we ever change our password, will the certificates be affected?',
    'If the chat cannot sort it, can I phone someone? Not now, just wondering.',
    'Do you have a support line, and when is somebody there? I do not need one right now',
  ])('%j', (text) => {
    expect(needsOf(text)).toEqual([]);
  });

  it.each([
    ['How do I reset my password? I forgot it', ['reset_password']],
    ['If I reset my password now, will I lose the certificates? I forgot it yesterday', ['reset_password']],
    ["is there a person I could talk to? I'm stuck", ['human']],
    ['is there a person I could talk to right now?', ['human']],
    ['how do people usually reset the password? mine stopped working', ['reset_password']],
    ['how do other customers find their username, i have no clue what mine is', ['recover_username']],
    ['how do customers usually reach a person, I really need one', ['human']],
    ['password max characters? im trying to set mine and it fails', ['reset_password']],
  ])('%j still states its need', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });

  // "just wondering" and "for future reference" open the customer's own requests as often as idle questions.
  it.each(['just wondering what my username is?', "for future reference, what's my customer number?"])('%j is not withheld as a mere question', (text) => {
    expect(readWithRules(text).withheldAs).toBeUndefined();
  });
});

describe('a message opening on its problem solved tells only how', () => {
  it.each([
    'Problem solved - my colleague had the pfx password saved in his notes',
    'Sorted it myself, the customer number was on an old invoice',
    'the new password works, all good thanks',
    'the reset link has arrived, thanks',
    'ok the reset email finally came through. took a while but it is here now',
  ])('%j', (text) => {
    expect(needsOf(text)).toEqual([]);
  });

  it.each([
    ["Problem solved for the password, but now I can't find my username", ['recover_username']],
    ['solved it myself - but the token PIN is still rejected', ['codesign_password']],
    ['the reset email never arrived', ['reset_password']],
    ['the reset email has arrived but the link says it expired', ['reset_password']],
    ['Requested a password reset but nothing lands in my inbox', ['reset_password']],
    ['Problem solved for the password, now I forgot my username', ['recover_username']],
    ['fixed it! unfortunately the pfx password is lost', ['codesign_password']],
    ['Everything sorted. The developer left and took the token pin with him', ['codesign_password']],
    ['Reset email arrived. Now what is my username', ['recover_username']],
  ])('%j is still open', (text, needs) => {
    expect(needsOf(text)).toEqual(expect.arrayContaining(needs));
  });
});

describe('a second thing added to the trouble before it', () => {
  it.each([
    ['Login name? Forgotten. Password? Also no clue.', ['recover_username', 'reset_password']],
    ['Can you reset my username please? Same for the password.', ['recover_username', 'reset_password']],
    ['the token PIN is rejected and the username is not working either', ['codesign_password', 'recover_username']],
    ['Customer number? Lost. Password? No clue.', ['recover_username', 'reset_password']],
  ])('%j', (text, needs) => {
    expect([...needsOf(text)].sort()).toEqual([...needs].sort());
  });

  it.each([
    ['I changed my password and the username stayed the same', 'recover_username'],
    ['the pfx password is not working and the username I have written down', 'recover_username'],
    ["password keeps getting rejected and my username didn't change so its not that", 'recover_username'],
    ['username or password? dunno', 'recover_username'],
    ['I reset my username last week and now the password doesnt work', 'recover_username'],
  ])('%j adds no %s', (text, need) => {
    expect(needsOf(text)).not.toContain(need);
  });
});

describe('an inbox named where the reset mail arrives is not what the password is for', () => {
  it('"the reset link never arrives in my inbox" is the account password', () => {
    expect(needsOf('password reset never arrives in my inbox')).toEqual(['reset_password']);
  });

  it('"the password for my inbox" is still outside the sources', () => {
    const read = readWithRules("I forgot the password to my inbox, it's the webmail one");
    expect(read.understanding.needs).toEqual([]);
    expect(read.understanding.outsideSources).toBe(true);
  });
});

describe('a reset someone already did is told, not asked', () => {
  it('"your colleague reset my password this morning. But …" reads only what is still open', () => {
    expect(needsOf("Your colleague reset my password this morning. But the certificates still aren't showing, which account are they on?")).toEqual([
      'find_account',
    ]);
  });

  it('"he reset my password but it still does not work" is still the password', () => {
    expect(needsOf('he reset my password but it still does not work')).toEqual(['reset_password']);
  });
});

describe('what the bot is told to do with them', () => {
  it('a question about how things work goes to a person (the sources are silent on it)', () => {
    const read = readWithRules('How does the password reset process work just curious');
    expect(read.understanding.outsideSources).toBe(true);
    expect(read.understanding.remark).toBeUndefined();
  });

  it('a problem told as solved is a remark, noted by the bot', () => {
    const read = readWithRules('Problem solved - my colleague had the pfx password saved in his notes');
    expect(read.understanding.remark).toBe(true);
    expect(read.understanding.outsideSources).toBeUndefined();
  });

  it('"are you a real person?" is small talk, neither', () => {
    const read = readWithRules('are you a real person or a bot?');
    expect(read.understanding.outsideSources).toBeUndefined();
    expect(read.understanding.remark).toBeUndefined();
  });
});

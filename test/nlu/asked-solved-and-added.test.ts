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
  ])('%j still states its need', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
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
  ])('%j is still open', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
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
  ])('%j adds no %s', (text, need) => {
    expect(needsOf(text)).not.toContain(need);
  });
});

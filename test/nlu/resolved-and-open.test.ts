// A problem told as already solved is not a need; what the message still wants is read from the rest.
import { describe, expect, it } from 'vitest';
import { trainSlotClassifier } from '../../src/nlu/classifier.js';
import { solved } from '../../src/nlu/resolved.js';
import { readWithRules } from '../../src/nlu/rules.js';
import { createUnderstand } from '../../src/nlu/understand.js';

const needsOf = (text: string) => [...readWithRules(text).understanding.needs].sort();
const understand = createUnderstand(await trainSlotClassifier());

describe('one problem solved, another still open', () => {
  it.each([
    ["The password reset worked, I'm in. Problem is the account is empty. Where did our certificates go?", ['find_account']],
    ["Managed to re-export the signing pfx with a new password, so that's done. What I still don't have is my username.", ['recover_username']],
    // In one sentence, turned by "but now".
    ["that worked, new password is set, but now it's asking for my customer number and I have no clue what it is", ['recover_username']],
    ['reset done but now the certificates are not in the account', ['find_account']],
    // …or by "but" and another thing named after it.
    ["Password reset worked, but now I can't remember the username.", ['recover_username']],
    ["Sorted the pfx password, but I still don't know my user name.", ['recover_username']],
    ["The username reminder came through, great. The password still isn't accepted though.", ['reset_password']],
    // …but the same trouble back is still that trouble.
    ["I reset my password last week and it worked, but now it's locked again", ['reset_password']],
    ['The reset worked but now the password is rejected again.', ['reset_password']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });
});

describe('solved, nothing else wanted', () => {
  it('"Password reset worked, thanks. I\'m in." states no need', () => {
    expect(needsOf("Password reset worked, thanks. I'm in. That's everything.")).toEqual([]);
  });

  it.each([
    "Thanks, that did it! New password's in and I can see all the certs again.",
    'Turns out the token PIN was on a sticky note in the safe. Signed the release fine, cheers.',
    'Reset came through. Logged in without a hitch. Thanks!',
    'nvm!! my colleague had the customer number in the onboarding doc, all sorted',
    "Please close my ticket from Monday about the retired sign-on. Our agency moved me to a normal account and it's fine now.",
    'sorted! new password took first time, cheers for walking me through it',
    "Never mind! I hadn't forgotten anything after all, I was typing it into the username box instead of the password one. Sorry for the bother.",
  ])('%j, every sentence solved or thanks, states no need', (text) => {
    expect(needsOf(text)).toEqual([]);
  });

  it.each([
    ['Our webmaster made me a certificate login and it has not worked since the change.', ['regain_access']],
    ['Got my customer number off the invoice so that is sorted, it is the password I am missing.', ['reset_password']],
    ['I can log in fine, both halves work. The certificate just is not in there though.', ['find_account']],
    ['I was typing it into the wrong box. But my username is still unknown, what is it?', ['recover_username']],
    ['Sorry for the bother. I forgot my password.', ['reset_password']],
  ])('%j: a single sentence, or one still wanting something, is read', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });

  it('a sentence that says something stopped is not solved', () => {
    expect(needsOf('My son made me a certificate login. It stopped the day your change went through.')).toEqual(['regain_access']);
  });
});

describe('the retired sign-on told as a story that ended well, or asked about', () => {
  it.each([
    "I set up a certificate login for our designer before you retired those logins. She's been on my customer account since, works fine",
    'the move away from the independent sign-on went smoothly, thanks!',
    'We came through the ISO migration without any trouble. The instructions were clear.',
    'We got back in after the ISO change by using the normal account login, no help needed.',
    "I'm in. The old ISO username still worked after all, odd.",
    "The old sign-on is gone, I've moved over, and I'm not asking for anything.",
    'Just curious: when you retired the independent sign-on, what happened to the certs attached to those logins?',
    "Hypothetically, once the separate sign-on is gone, what's the date the old logins stop?",
    'Made my web guy an ISO login years ago. Does it still work after the retirement, or should I set up a fresh one?',
  ])('%j states no need', (text) => {
    expect(needsOf(text)).toEqual([]);
  });

  it.each([
    ['I can log in to your site without any problem. It is the p12 that refuses my passphrase on import.', ['codesign_password']],
    ["Since your change my separate certificate login won't open. It always worked without problem before.", ['regain_access']],
    ["We got through the ISO migration without trouble. Now I can't remember the account password.", ['reset_password']],
  ])('%j still reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });
});

describe('a story that closes itself: nothing left to do, whatever it named on the way', () => {
  it.each([
    'My customer number went missing when we moved offices, then the accountant found it in an old invoice. I can log in and see everything. You can close my question.',
    'The signing token said PIN locked twice last night and I nearly cried. Turned out I had the wrong token in. Release shipped at nine. No further action needed on your side.',
    'Was locked out of the account on Friday because of too many password attempts, the reset email sorted it within minutes. Nothing needed from you, just letting you know it works.',
    "Our agency couldn't find which account held the wildcard, then they spotted it under the old trading name. All fine. Just wanted to say thanks for the pointers.",
  ])('%j states no need', (text) => {
    expect(needsOf(text)).toEqual([]);
  });

  it.each([
    ['The password part is sorted, nothing needed there. But I still have no idea what my username is.', ['recover_username']],
    ["Nothing to do with my code signing cert, I've simply forgotten my account password.", ['reset_password']],
    ['No help needed with the certificate itself. Could you reset my account password though?', ['reset_password']],
    ['All fine with the certificate, thanks for yesterday. Now I cannot remember my username either.', ['recover_username']],
  ])('%j still reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });
});

describe('a question said to be only a question, in the customers’ languages', () => {
  it.each([
    'Muss man beim Zurücksetzen die Bestellnummer angeben? Nur zur Info.',
    'combien de temps reste valable le lien de réinitialisation ? simple curiosité',
    'Is the password of the account the same as the one on the pfx? Just curious.',
    'se cambio la password, il webmaster viene avvisato? chiedo solo per capire',
  ])('%j states no need', (text) => {
    expect(needsOf(text)).toEqual([]);
  });

  it.each([
    ['Just curious why my password stopped working overnight, can you reset it?', ['reset_password']],
    ['Could somebody call me? Just asking, it is about my forgotten username.', ['human', 'recover_username']],
  ])('%j still reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });
});

describe('more ways of closing, and a token asked about while it works', () => {
  it.each([
    'The token PIN was in the safe after all and the release is signed. You can close this.',
    'ignore that, my colleague had the customer number all along',
    'What actually happens when a signing token PIN gets locked? Asking so we know what to expect, ours works fine.',
    'Generally speaking, can a token PIN be reset once it locks? Nothing is locked right now.',
  ])('%j states no need', (text) => {
    expect(readWithRules(text).needWithheld).toBe(true);
  });
});

describe('what is told solved beside what is still wanted is not read by the models either', () => {
  it.each([
    ["The reset email arrived and I've set a new password. But I'm still not sure which account holds our certificates, we've got two.", ['find_account']],
    // Nothing else read by the rules: the models still read what the message wants.
    ['logged in fine, zero certificates showing. we definitely have three.', ['find_account']],
  ])('%j reads %j', async (text, needs) => {
    expect([...(await understand(text)).needs].sort()).toEqual(needs);
  });
});

describe('a wish to have things sorted does not tell them sorted', () => {
  it.each([
    "when i export it windows asks for the password , then your site says the password is incorrect . i'd like both of those sorted , thanks",
    'i would like that sorted asap',
  ])('%j is not solved', (sentence) => {
    expect(solved(sentence)).toBe(false);
  });
});

describe('a thing told found or reset, then another wanted', () => {
  const understandNeeds = async (text: string) => [...(await understand(text)).needs].sort();
  it.each([
    ['found the p12 passphrase, but the login to your site says my password is wrong', ['reset_password']],
    ["Password's reset. Still missing: the customer number, the form keeps asking for it", ['recover_username']],
    [
      'Hello, the password of the pfx file I have found now in our wiki, this is ok. But the password to log in to your website, this I have forgotten',
      ['reset_password'],
    ],
    [
      "Spoke to one of your colleagues on the phone, he reset my password. But I still can't see the SSL for greyhollow-vets.com anywhere. Which account is it on?",
      ['find_account'],
    ],
  ])('%j reads %j, by the models too', async (text, needs) => {
    expect(await understandNeeds(text)).toEqual(needs);
  });

  it('a reset told with the trouble still there is still the trouble', async () => {
    expect(await understandNeeds('my password was reset but it still fails')).toEqual(['reset_password']);
  });
});

describe('a sentence telling the thing done by someone else', () => {
  it.each(['one of your colleagues reset my password', 'he reset my password', 'she unlocked the account for us'])('%j is solved', (sentence) => {
    expect(solved(sentence)).toBe(true);
  });

  it.each(['he reset my password again but it fails', 'she reset the password and now it is locked'])('%j is not', (sentence) => {
    expect(solved(sentence)).toBe(false);
  });
});

describe('a need taken back, or told done before another', () => {
  it('"…Never mind, my colleague just told me what it is" takes the reset back', async () => {
    const read = await createUnderstand(await trainSlotClassifier())('Reset my password please. Never mind, my colleague just told me what it is, sorry!');
    expect(read.needs).toEqual([]);
  });

  it('"Nobody told me what it is" is no password found', async () => {
    const read = await createUnderstand(await trainSlotClassifier())('Reset my password please. Nobody told me what it is.');
    expect(read.needs).toEqual(['reset_password']);
  });

  it('the reset told worked leaves only the code signing file’s password', async () => {
    const read = await createUnderstand(await trainSlotClassifier())(
      'Thanks, the password reset worked. Now I also need the password for the code signing file.',
    );
    expect(read.needs).toEqual(['codesign_password']);
  });

  it('a customer number told arrived leaves only the password', async () => {
    const read = await createUnderstand(await trainSlotClassifier())('Thanks, the customer number arrived. Now I need to reset the password too.');
    expect(read.needs).toEqual(['reset_password']);
  });
});

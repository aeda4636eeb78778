// A reply to "did that solve it?" that says the steps failed by what happened when the customer followed them,
// or asks a question back, is read so (the machine then offers a person); a try that worked, a plain symptom
// with no try and a question hoping for yes are not.
import { describe, expect, it } from 'vitest';
import { readByRules } from '../../src/nlu/rules.js';

describe('the steps failed, told by what happened', () => {
  it.each([
    'I tried the reminder page twice and nothing ever arrived, not even in the spam folder',
    "I've emailed the reseller three times and they've gone quiet",
    'clicked forgotten password, put in the order number and email, and it says the details don\u2019t match any account',
    "I logged in to the customer account but the certificates the developer bought aren't in there, it's just empty",
    'Searched my mail, there are no renewal notices at all',
    'went to the control panel like you said and it just loops back to the login screen',
    'I followed the guide and typed in my email but no email ever came',
    'the reset page says the email is not recognised',
    'asked our host, they sent me straight back to you',
    'no that did not help',
  ])('%j is not helped', (text) => {
    expect(readByRules(text).notHelped).toBe(true);
  });

  it.each([
    'tried the reminder page and it worked, I\u2019m back in. thanks',
    'I followed the guide and got in, thanks',
    // Review: a yes, or trouble only at first, is solved.
    'Yes thanks, the page said the old link had expired but the new one went through fine',
    'I clicked the link and nothing happened at first but then it loaded, all good',
    'yes! I followed the steps and no more loops',
    "thanks, the system said wrong password twice and then the reset email came and now I'm logged in",
    "Clicked the reset link, it said expired, got a fresh one and I'm back in",
    'yes that fixed it',
    'my certificates are gone since the sign-on change',
    'I forgot my password',
  ])('%j is not', (text) => {
    expect(readByRules(text).notHelped).toBeUndefined();
  });
});

describe('a question asked back', () => {
  it.each([
    "and what if I'm not on the same computer any more? the old laptop got wiped last month",
    'the reseller closed down last year. what now',
    '\u00bfy si ya no tengo el mismo ordenador?',
    'where else could they be?',
  ])('%j asks back', (text) => {
    expect(readByRules(text).asksBack).toBe(true);
  });

  it.each([
    'I exported it and typed a new password at the end. Is that it, did I do it right?',
    'can you reset my password?',
    'yes',
    'thanks, that sorted it',
    // Review: statements opening with a question word, and questions hoping for yes.
    'what a relief, that did it',
    'when I clicked the link it logged me straight in',
    'how embarrassing, it was in my spam folder all along',
    'Do I need to do anything else?',
    "so that's it?",
    'Looks like it worked?',
    'It let me in. Why did it lock me out in the first place?',
  ])('%j does not ask back (it hopes for yes, asks for a need, or answers)', (text) => {
    expect(readByRules(text).asksBack).toBeUndefined();
  });
});

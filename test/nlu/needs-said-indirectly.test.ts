// Needs said without their usual words, and remarks that state none: one half of the login had and
// the other not, a person asked for beside another need, something done with no trouble after it.
import { describe, expect, it } from 'vitest';
import { readWithRules } from '../../src/nlu/rules.js';

describe('one half of the login had, the other not', () => {
  it.each([
    ['I know my password but not my user name', 'recover_username'],
    ['never mind the customer number, I still cannot remember the password', 'reset_password'],
    ['Bought direct. Forgot pass. Have the order number.', 'reset_password'],
  ])('%j is %s', (text, need) => {
    expect(readWithRules(text).understanding.needs).toEqual([need]);
  });
});

describe('a person asked for beside another need', () => {
  it.each([
    "I'd like an agent, the PIN of our signing token is lost",
    'which account are the certs in? can one of your colleagues look?',
    'could a person help me get my user name back?',
  ])('%j asks for a person as well', (text) => {
    const needs = readWithRules(text).understanding.needs;
    expect(needs[0]).toBe('human');
    expect(needs.length).toBe(2);
  });
});

describe('something done, told with no trouble', () => {
  it('"we updated our password on monday" states no need', () => {
    expect(readWithRules('we updated our password on monday').understanding.needs).toEqual([]);
  });

  it('with trouble after it, it is the need', () => {
    expect(readWithRules('I changed my password last week and now it says wrong password').understanding.needs).toEqual(['reset_password']);
  });
});

describe('one half known, the other implied', () => {
  it.each([
    ['I have the password written down, but the account name beside it is smudged', ['recover_username']],
    ['the agency only ever told me the password, never what goes before it', ['recover_username']],
    ['I know what my user name was, just not the other part', ['reset_password']],
    ['the user name is the problem', ['recover_username']],
  ])('%j reads %j', (text, needs) => {
    expect(readWithRules(text).understanding.needs).toEqual(needs);
  });
});

describe('a login a helper made that stopped, and the password by other names', () => {
  it.each([
    ['My web designer made an account for me to see our SSL, now I cannot get in at all', ['regain_access']],
    ["our agency's login for us has died since your change", ['regain_access']],
    ['Our webmaster set up a separate login just for the certificates and it has not worked since', ['regain_access']],
    ['The login screen hates my password', ['reset_password']],
    ['I lost my secret word for entering the site', ['reset_password']],
  ])('%j reads %j', (text, needs) => {
    expect(readWithRules(text).understanding.needs).toEqual(needs);
  });
});

describe('told about the change or about delegation, asking for nothing', () => {
  it.each([
    'You could have given us more notice about removing the separate logins',
    'Will you ever bring back the certificate-only login?',
    "what's the last day the old way of signing in still works?",
    'yes, the login for our developer was made by me',
    'I never made an independent sign-on login for anybody',
  ])('%j states no need', (text) => {
    expect(readWithRules(text).understanding.needs).toEqual([]);
  });

  it.each([
    'the certificates are mine and I never gave anyone else a login, but my own ISO login is retired',
    'Nobody else manages our certs, just me. The ISO sign-on is being removed.',
  ])('%j: delegation told beside the sign-on going is the need', (text) => {
    expect(readWithRules(text).understanding.needs).toEqual(['regain_access']);
  });

  it('"Einloggen klappt nicht" is a bare login symptom: the bot asks which', () => {
    const read = readWithRules('Einloggen klappt nicht');
    expect(read.understanding.needs).toEqual([]);
    expect(read.understanding.slots.loginTrouble).toBe(true);
  });

  it('a login made for a helper that stopped working is the need', () => {
    expect(readWithRules('I made a separate login for our freelancer and it stopped working').understanding.needs).toEqual(['regain_access']);
  });
});

describe('the user name or customer number looked for and not found', () => {
  it.each([
    'our customer number? we looked everywhere and cannot find it',
    'the username seems to have disappeared from the shared notes',
    'the contractor left last month and took our login name with him',
    'There was an account number once. No clue where it went.',
    'the site wants a customer number and we have no idea',
    'The login form needs a customer number. Ten years with you and I have never seen one, so how do I get mine?',
    'My predecessor wrote the password in the wiki (Heron#5521) but not the username, if that helps.',
    "After the merger the passwords came over in a spreadsheet; the usernames didn't.",
    "I've misplaced my 'login handle' or whatever it's called. Sorry, I'm not technical.",
    'There are two spaces on your page. The top one used to fill itself in, now it is blank and I have not a clue what goes there.',
    'my daughter wrote the order number on a card, 4410293, but the user name she never wrote down',
    "It doesn't recognise my customer number. I typed the one off an old invoice and it just says not found.",
    "When I sign in it says 'No account matches this customer number'.",
    'I thought I had the customer number from an invoice, but the login says it does not exist.',
    "Am I meant to log in with a number or a name? Either way I haven't got it.",
    'what username am I meant to sign in with? I only ever had the password saved',
  ])('%j is recover_username', (text) => {
    expect(readWithRules(text).understanding.needs).toEqual(['recover_username']);
  });

  it.each(['I found my customer number, it was on the invoice', 'where is the customer number printed?'])('%j states no lost identifier', (text) => {
    expect(readWithRules(text).understanding.needs).not.toContain('recover_username');
  });
});

describe('a sign-on a helper made, or an extra certificate login, said broken or gone', () => {
  it.each([
    'the sign-in our web designer created for us has quit on me',
    'the extra login for our IT firm is broken since your update',
    'my developer set up an access for me and now none of us can use it',
    'why was our certificate login removed?',
  ])('%j is regain_access', (text) => {
    expect(readWithRules(text).understanding.needs).toEqual(['regain_access']);
  });

  it('"why did you retire the separate logins?" asks about the change', () => {
    expect(readWithRules('why did you retire the separate logins?').understanding.needs).toEqual([]);
  });
});

describe('certificates that appear in none of the logins, or sit in an account nobody can place', () => {
  it.each([
    'none of our certs show up in my account, I have checked twice',
    "the client's certificate doesn't appear in any of my logins",
    'the renewal email mentions an account we do not recognise',
    "it's not in mine. could it be in their account?",
  ])('%j is find_account', (text) => {
    expect(readWithRules(text).understanding.needs).toEqual(['find_account']);
  });
});

describe('a person asked for by whom to talk to', () => {
  it.each([
    'who should I speak to about this, a real person?',
    'let me chat with someone from your team please',
    'put me through to a colleague of yours',
    "I'd like to talk to someone about the login I created for our developer",
  ])('%j asks for a person', (text) => {
    expect(readWithRules(text).understanding.needs).toContain('human');
  });

  it('"who do you think set up the login?" asks for no one', () => {
    expect(readWithRules('who do you think set up the login?').understanding.needs).not.toContain('human');
  });
});

describe('the password said last to be the one', () => {
  it.each(['username? no. it really is the password, sorry', 'no is the username, is the password what I am forget', 'the password is what we lost'])(
    '%j is reset_password',
    (text) => {
      expect(readWithRules(text).understanding.needs).toEqual(['reset_password']);
    },
  );
});

describe('the login password by what became of it', () => {
  it.each([
    'my password is not functioning since monday',
    'none of us knows the password of that login any more',
    "I forgot what I chose last time. not the username, it's the other bit",
    'I set up a login for our web guy. Password reset needed.',
  ])('%j is reset_password', (text) => {
    expect(readWithRules(text).understanding.needs).toEqual(['reset_password']);
  });

  it('"nobody knows the pfx password" is the certificate\'s, not the login\'s', () => {
    expect(readWithRules('nobody knows the pfx password').understanding.needs).toEqual(['codesign_password']);
  });
});

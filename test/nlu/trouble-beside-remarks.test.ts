// Trouble told beside what would otherwise state no need: a secret pasted "if it helps", an opinion of
// the bot, a question about the process, a request outside the sources, "I don't know X or Y".
import { describe, expect, it } from 'vitest';
import { readWithRules } from '../../src/nlu/rules.js';

const read = (text: string) => readWithRules(text);

describe('the need is read, not withheld', () => {
  it.each([
    ['My main account password is not working either. It was Heron-52 if that helps.', 'reset_password'],
    ['Passwort für die PFX war Kiefer!Weg2020, funktioniert nicht', 'codesign_password'],
    ['p12pass=Harbour9!Lamp no longer unlocks our signing file', 'codesign_password'],
    ['Honestly this chatbot is useless. Let me talk to whoever is on shift', 'human'],
    ["I wouldn't mind talking to someone about it", 'human'],
    ["What's the password for the pfx you emailed us? Signing fails without it.", 'codesign_password'],
    ['I can no longer remember the password for logging into my account, please how to renew it', 'reset_password'],
    ['So the login that was only for certificates is closed now? How do I renew our certs then?', 'regain_access'],
  ])('%j reads %s', (text, need) => {
    const { understanding, needWithheld } = read(text);
    expect(needWithheld).toBe(false);
    expect(understanding.needs).toContain(need);
  });

  it('"I don\'t know which account it is or its password" is not doubt between the two', () => {
    expect(read("I don't know which account holds the certs or its password").needWithheld).toBe(false);
  });
});

describe('still no need', () => {
  it.each([
    'The old password was Heron-52, if that helps.',
    'hmac key for the signing service: 8c0a76ae50bd77a20967ea58758284b30ed65c3ccedea8d841257e4cdc7d887b',
    'Do I need the order number?',
    'This chatbot is useless.',
  ])('%j states no need', (text) => {
    expect(read(text).understanding.needs).toEqual([]);
  });
});

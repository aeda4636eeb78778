// What the customer says works or is not the trouble, in English and the languages mixed into it: the
// account's password "works fine" leaves the token's PIN, "is not the password of the certificate file"
// leaves the login; a person asked for in Polish or Italian; "ok fair enough" takes the steps given.
import { describe, expect, it } from 'vitest';
import { readByRules, readWithRules } from '../../src/nlu/rules.js';

describe("the account's password said to work", () => {
  it.each([
    "the token PIN of our EV code signing cert is not accepted anymore. The password of our account works fine, it's about the token.",
    'Goedemiddag, de USB-token van ons EV code signing certificaat accepteert de pincode niet meer. Het wachtwoord van ons account werkt wel gewoon, het gaat om de token.',
  ])('%j is the code-signing PIN only, for the models too', (text) => {
    const read = readWithRules(text);
    expect(read.understanding.needs).toEqual(['codesign_password']);
    expect(read.needsRuledOut).toContain('reset_password');
  });

  it('"the password of our account does not work" is still the account\'s', () => {
    expect(readByRules('the password of our account does not work anymore').needs).toEqual(['reset_password']);
  });
});

describe("the certificate file's password denied", () => {
  it.each([
    'I cannot enter in our account where is the code signing certificate. The password is refuse every time. Is not the password of the certificate file, is the login of the web.',
    "we can't log in to the account, it's not the pfx password, that one we have",
  ])('%j rules the code-signing password out for the models', (text) => {
    const read = readWithRules(text);
    expect(read.understanding.needs).not.toContain('codesign_password');
    expect(read.needsRuledOut).toContain('codesign_password');
  });

  it('"the password of the certificate file is not accepted" is the file\'s', () => {
    expect(readByRules('the password of the code signing certificate file is not accepted when I import it').needs).toEqual(['codesign_password']);
  });
});

describe('a person asked for in Polish and Italian', () => {
  it.each([
    'Dzień dobry, proszę o połączenie z konsultantem, mam problem z kontem do certyfikatów.',
    'mam problem z kontem i wolę rozmawiać z człowiekiem',
    "è un token hardware e il PIN non ce l'ho più. Posso parlare con un vostro tecnico per favore?",
  ])('%j wants a person', (text) => expect(readByRules(text).needs).toContain('human'));
});

describe('the steps given taken up', () => {
  it.each(["ok fair enough, I'll get her to do it herself", 'understood, thanks', 'makes sense, will do'])('%j is yes', (text) =>
    expect(readByRules(text).answer).toBe('yes'),
  );

  it.each(['understood, but it still fails', 'ok fair enough but the link never came'])('%j is no yes', (text) =>
    expect(readByRules(text).answer).toBeUndefined(),
  );
});

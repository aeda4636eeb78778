// Secrets that neither their shape nor a cue word gives away, found by what the sentence does with
// them: ordinary words the customer says they chose, the old value of something that was changed, the
// second half of a "user/password" pair. Each class also has prose of the same shape that stays as typed.
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/nlu/secrets.js';

const masked = (text: string) => redactSecrets(text).redacted;

describe('a passphrase of plain words the customer says they chose', () => {
  it.each([
    ['i set it to maple cactus ember ridge when i exported the pfx and now it says bad password', 'maple cactus ember ridge'],
    ['we went with one of those four-word ones, violin pepper glacier thunder, and now the account is locked', 'violin pepper glacier thunder'],
    ['I picked purple monkey dishwasher for the password last week', 'purple monkey dishwasher'],
    ['WE WENT WITH THE DICEWARE STYLE CANYON MARBLE OTTER FLUTE FOR THE ACCOUNT', 'CANYON MARBLE OTTER FLUTE'],
  ])('%j masks the phrase', (text, secret) => {
    expect(masked(text)).not.toContain(secret);
    expect(redactSecrets(text).containsSecret).toBe(true);
  });

  it.each([
    'I set it to renew automatically every year',
    'we went with a reseller for the certificates',
    'I picked extended validation green bar when ordering',
    'we went with the cheapest option, basic domain validation, for our shop',
    'I chose the code signing certificate because of the driver',
    'set it to expire next month and now the password does not work',
  ])('%j stays as typed', (text) => {
    expect(masked(text)).toBe(text);
  });
});

describe('the old value of something the customer says was changed', () => {
  it('is masked: customers change passwords, not user names', () => {
    expect(masked("it's not Birch-4471 any more, someone changed it, and I want my own")).not.toContain('Birch-4471');
    expect(masked('it used to be Harbor_2019 before IT reset it')).not.toContain('Harbor_2019');
  });

  it('stays as typed when the message names it as a user name or number', () => {
    const text = 'my username used to be Birch-4471 but they changed it';
    expect(masked(text)).toBe(text);
  });
});

describe('a user name and its password written as one pair', () => {
  it('masks only the password', () => {
    expect(masked('I can log in as j.varga/Paprika_2021 but the certs are not there')).toBe(
      'I can log in as j.varga/[secret removed] but the certs are not there',
    );
  });

  it('leaves an address with a path alone', () => {
    expect(masked('see https://example.com/support/renewals')).toBe('see https://example.com/support/renewals');
  });
});

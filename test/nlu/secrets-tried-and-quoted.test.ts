// Secrets said by what the customer did with them: a value tried, two values tried side by side, a
// passphrase quoted as what "it's", or named with a word before it; and what looks like one and is
// not: a count "something like 200 certificates", an error message a job answered, "neither works".
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/nlu/secrets.js';

const masked = (text: string) => redactSecrets(text).redacted;

describe('secrets tried, quoted or named', () => {
  it.each([
    ['The password on that p12 file is lost with the old dev, tried android123 and changeit, neither works.', ['android123', 'changeit']],
    ["I tried android123 but the password doesn't work", ['android123']],
    [
      "the phrase he wrote on a sticky note, it's 'correct horse battery staple', no longer gets me into the certificate account",
      ['correct horse battery staple'],
    ],
    ['my ISO login is dead. tried it with my usual passphrase purple monkey dishwasher 88 and nothing', ['purple monkey dishwasher 88']],
  ])('%j masks %j', (text, secrets) => {
    for (const secret of secrets) expect(masked(text)).not.toContain(secret);
  });

  it.each([
    'Our hospital group manages something like 200 certificates through an E-PKI Manager account. Nobody wrote the admin password down anywhere sensible.',
    "Our nightly renewal job authenticated with the standalone certificate login and has failed every night since the 14th with 'authentication method retired'.",
    "signtool says 'The specified PFX password is not correct'",
    'tried ORD-771045 as the order number but it was not found',
    'tried 3 times, neither works',
  ])('%j stays as typed', (text) => {
    expect(masked(text)).toBe(text);
  });
});

// An error code copied from the login screen is no secret; a PIN or password after a word that only looks
// like an error ("err" as a hesitation, a password repeated after "error") still is.
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/nlu/secrets.js';

describe('an error code copied from the screen', () => {
  it.each([
    'I get this when I try to log in: "Error 1032: The password you entered is incorrect." What now?',
    'when I try to log in: Error code 4410 Login failed',
  ])('%j holds no secret', (text) => expect(redactSecrets(text).containsSecret).toBe(false));

  it('"my pin code 4471 is refused" still does', () => {
    expect(redactSecrets('my pin code 4471 is refused').containsSecret).toBe(true);
  });
});

describe('a secret after a word that only looks like an error', () => {
  it.each([
    ['my PIN is, err, 4821 I think', '4821'],
    ['the password is err 58291734', '58291734'],
    ['I entered the password deadbeef2024 and got error deadbeef2024', 'deadbeef2024'],
  ])('%j masks %s', (text, secret) => expect(redactSecrets(text).redacted).not.toContain(secret));
});

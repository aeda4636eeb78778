// Identifiers spoken of beside a password stay as typed: a path on the server, a serial number in hex
// pairs, an order a key came from. The secrets around them are still masked.
import { describe, expect, it } from 'vitest';
import { redactSecrets, SECRET_MASK } from '../../src/nlu/secrets.js';

describe('identifiers beside a password are not secrets', () => {
  it.each([
    ['the validation file is at /.well-known/pki-validation/ but the check still fails', '/.well-known/pki-validation/'],
    ['I uploaded it to /var/www/html/.well-known/ and the password prompt came up after', '/var/www/html/.well-known/'],
    ['no recuerdo la contraseña del pfx, número de serie 1D:8E:47:B2', '1D:8E:47:B2'],
    ['the token PIN for the certificate with serial 4A:11:9C:02:7F is locked', '4A:11:9C:02:7F'],
    ['the passphrase on the key from 2024-66120 is rejected by jarsigner', '2024-66120'],
  ])('%j keeps %s', (text, identifier) => {
    const scan = redactSecrets(text);
    expect(scan.containsSecret).toBe(false);
    expect(scan.redacted).toContain(identifier);
  });
});

describe('the secrets beside them are still masked', () => {
  it.each([
    ['I changed the PIN from 4471 to 9902 and now it is locked', ['4471', '9902']],
    ['my password is Tr0ub4dor/3x and the site says it is wrong', ['Tr0ub4dor/3x']],
    ['the pfx password is 2024-7781 I think, the order was 2024-66120', ['2024-7781']],
    ['token PIN 12-34-56-78 rejected', ['12-34-56-78']],
  ])('%j masks %j', (text, secrets) => {
    const scan = redactSecrets(text);
    expect(scan.containsSecret).toBe(true);
    for (const secret of secrets) expect(scan.redacted).not.toContain(secret);
    expect(scan.redacted).toContain(SECRET_MASK);
  });
});

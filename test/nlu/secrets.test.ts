import { describe, expect, it } from 'vitest';
import { redactSecrets, SECRET_MASK } from '../../src/nlu/secrets.js';

describe('redactSecrets', () => {
  it.each([
    ['my password is Summer2019! and it says incorrect', 'Summer2019'],
    ['password doesnt work: k9#Pq!vz77 - reset please', 'k9#Pq!vz77'],
    ["my login is hannah.w and the password I've been using is hannahW2020", 'hannahW2020'],
    ['here is my login: user jsmith pass Hunter2024', 'Hunter2024'],
    ['Forgot my password. The old one was Winter#2021 if that helps.', 'Winter#2021'],
    ['my old ISO login was bob_certs / Rainbow77 - can you find it?', 'Rainbow77'],
    ['my password is tulips', 'tulips'],
    ['token: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N', 'eyJhbGciOiJIUzI1NiJ9'],
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----', 'MIIEowIBAAKCAQEA7'],
  ])('masks the secret in %j', (text, secret) => {
    const scan = redactSecrets(text);

    expect(scan.containsSecret).toBe(true);
    expect(scan.redacted).not.toContain(secret);
    expect(scan.redacted).toContain(SECRET_MASK);
  });

  it.each([
    'my user name is mkt_admin if that helps',
    'My email is pat@example.com if you can look it up.',
    'Can you look up my customer number? The order number is 88213654',
    'password reset please, my password stopped working',
    "I'm not going to paste my password in here, just tell me how to reset it",
    'The S/MIME certificate for our E-PKI account, Sign-on changed',
    "my customer's certificates are with the webmaster",
  ])('leaves %j alone: user names, emails, numbers and the word "password" are not secrets', (text) => {
    const scan = redactSecrets(text);

    expect(scan.containsSecret).toBe(false);
    expect(scan.redacted).toBe(text);
  });
});

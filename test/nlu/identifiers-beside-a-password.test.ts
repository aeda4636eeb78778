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

describe('secrets in shapes found in fresh messages', () => {
  it.each([
    ['https://mlind:Harbour2031@portal.example.org/login gives 401', 'Harbour2031'],
    ['the alerts use SG.Ab3dEf6hIj.Kl9mNo2qRs5tUv8wXy1zAb4cDe7f and stopped', 'SG.Ab3dEf6hIj.Kl9mNo2qRs5tUv8wXy1zAb4cDe7f'],
    ['de pincode is 8642 maar de token zegt dat hij fout is', '8642'],
    ['keystore password (mind the capitals!): rIvEr-StOnE-4', 'rIvEr-StOnE-4'],
    ["is 'MyBlueCanoe!' good enough? it's what we use now", 'MyBlueCanoe!'],
    ['we use the passphrase velvet lantern orbit meadow for the HSM', 'velvet lantern orbit meadow'],
  ])('%j masks %s', (text, secret) => {
    const scan = redactSecrets(text);
    expect(scan.containsSecret).toBe(true);
    expect(scan.redacted).not.toContain(secret);
  });

  it('a secret typed again elsewhere, in other case, is masked too', () => {
    const scan = redactSecrets('Copenhagen2019! did not work, copenhagen2019 neither, and the Copenhagen office is closed');
    expect(scan.redacted).not.toMatch(/copenhagen2019/i);
    expect(scan.redacted).toContain('Copenhagen office');
  });

  it.each([
    ['Error code SEC_ERROR_UNKNOWN_ISSUER in Firefox on our shop', 'SEC_ERROR_UNKNOWN_ISSUER'],
    ['Version 3.1.4-rc.2 of your client crashes when I type the password', '3.1.4-rc.2'],
    ["J'ai essayé Soleil2020 et Soleil2021 sans succès, compte n° 447120", '447120'],
    ['¿Cuántos caracteres debe tener la contraseña? Mi número de cliente es 552913', '552913'],
    ['Ich habe die PIN dreimal falsch eingegeben. Seriennummer 0A74C33F', '0A74C33F'],
    ['I forgot my password, ref CS-5521 from last week', 'CS-5521'],
    [
      'SHA-256 of the file: 5b1e9f2c7a4d8e3b6c0f1a2d9e8b7c6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c',
      '5b1e9f2c7a4d8e3b6c0f1a2d9e8b7c6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c',
    ],
    ['the password for my user (id u_44120) is locked', 'u_44120'],
  ])('%j keeps %s', (text, identifier) => {
    expect(redactSecrets(text).redacted).toContain(identifier);
  });
});

describe('secrets in commands and configuration, and the places and digests beside them', () => {
  it.each([
    ['keytool -importkeystore -srckeystore a.p12 -srcstorepass Gr4nite.Owl -destkeystore b.jks -deststorepass keepOut77', ['Gr4nite.Owl', 'keepOut77']],
    ['openssl pkcs12 -in a.p12 -passin pass:Fjord#88 -nodes', ['Fjord#88']],
    ['appsettings: { "CertPassword": "Larch_5521" } and dotnet refuses it', ['Larch_5521']],
    ['Tanne_2024 ist mein Passwort, der Benutzername ist k.berg', ['Tanne_2024']],
    ['my pass phrase: the silver tram sings 77 notes', ['silver tram sings 77 notes']],
    ['The password I chose for the key is amber falcon river lamp (all lowercase).', ['amber falcon river lamp']],
    ['frase segreta della chiave: mandorla blu trentuno', ['mandorla blu trentuno']],
    ['token PIN 9-3-1-7, locked after three tries', ['9-3-1-7']],
    ['the PUK is 55102938 according to the letter', ['55102938']],
    ['wachtzin: de hond blaft naar de maan', ['de hond blaft naar de maan']],
    ['frase de acesso: o gato subiu no telhado', ['o gato subiu no telhado']],
  ])('%j masks %j', (text, secrets) => {
    const scan = redactSecrets(text);
    for (const secret of secrets) expect(scan.redacted).not.toContain(secret);
  });

  it.each([
    ['ssl_password_file /etc/nginx/ssl/pass.txt is set but nginx still asks for the PEM pass phrase', '/etc/nginx/ssl/pass.txt'],
    ['openssl pkcs12 -passin file:/run/secrets/pfxpass fails on 3.2.1', 'file:/run/secrets/pfxpass'],
    ['the password works on 10.20.30.41 but not on 2001:db8::17', '2001:db8::17'],
    ['build 1.14.2-rc3+build.5521 asks for the password twice', '1.14.2-rc3+build.5521'],
    ['git commit 9fceb02d0ae598e95dc970b74767f19372d61af8 changed the password prompt', '9fceb02d0ae598e95dc970b74767f19372d61af8'],
    ['Die Seriennummer des Zertifikats ist 4f1a2b3c4d5e6f708192a3b4c5d6e7f8, das Passwort ist weg', '4f1a2b3c4d5e6f708192a3b4c5d6e7f8'],
    ['mi clave no funciona, caso 00451278', '00451278'],
  ])('%j keeps %s', (text, identifier) => {
    expect(redactSecrets(text).redacted).toContain(identifier);
  });
});

describe('a value a cue names is a secret whatever its shape', () => {
  it.each([
    ['password: BLUE_SKY_2024', 'BLUE_SKY_2024'],
    ['my PIN is 12:34:56', '12:34:56'],
    ['the password is v1.2.3', 'v1.2.3'],
    ['my password is 10.20.30.40', '10.20.30.40'],
    ['password: cs2024', 'cs2024'],
    ['For the record, my API key is 4a7d1ed414474e4033ac29ccb8653d9b', '4a7d1ed414474e4033ac29ccb8653d9b'],
    ['keystore.password: Paris1999', 'Paris1999'],
    ['config/password: Paris1999', 'Paris1999'],
  ])('%j masks %s', (text, secret) => {
    expect(redactSecrets(text).redacted).not.toContain(secret);
  });

  it.each([
    ['keytool -list -storepass file:/etc/pass.txt', '/etc/pass.txt'],
    ['the certificate expires 2025-03-31T23:59:59Z and the password is fine', '2025-03-31T23:59:59Z'],
  ])('%j keeps %s, where the secret is read from or a date', (text, identifier) => {
    expect(redactSecrets(text).redacted).toContain(identifier);
  });
});

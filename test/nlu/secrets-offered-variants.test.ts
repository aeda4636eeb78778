// One value offered in two spellings with no word saying it is a password ("Harbour2019 or Harbour2020?"): the
// customer is recalling a password, so both are masked; user names guessed the same way, and things listed in
// sequence ("srv-web01 and srv-web02"), are identifiers and stay as typed.
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/nlu/secrets.js';

const masked = (text: string) => redactSecrets(text).redacted;

describe('a value offered in two spellings', () => {
  it.each([
    ['could it be Harbour2019 or Harbour2020? the portal keeps refusing me', ['Harbour2019', 'Harbour2020']],
    ['either raven77 or raven077, i honestly forget which', ['raven77', 'raven077']],
    ['sorry, Heron-41 nicht Heron41', ['Heron-41', 'Heron41']],
    ['ho provato Girasole_7 e girasole7, niente da fare', ['Girasole_7', 'girasole7']],
    ['wpisałam Jablko2022 i jablko2022! i dalej nic', ['Jablko2022', 'jablko2022!']],
    ['Lantern-90 or Lantern-91 or Lantern-99, I forget which', ['Lantern-90', 'Lantern-91', 'Lantern-99']],
    ['ist es Tulpen2019 oder Tulpen2020? ich weiß es nicht mehr, login geht nicht', ['Tulpen2019', 'Tulpen2020']],
    ["I can't log into my account, is it Kestrel2021 or Kestrel2022?", ['Kestrel2021', 'Kestrel2022']],
    ['Maple77 or was it Maple78? neither works', ['Maple77', 'Maple78']],
    ['I changed the password of my account to Kestrel_88! and now it fails', ['Kestrel_88!']],
  ])('%j masks %j', (text, secrets) => {
    const result = masked(text);
    for (const secret of secrets) expect(result).not.toContain(secret);
  });

  it.each([
    'I think the login is either mfischer22 or mfischer_22, the password I have',
    'the user name might be k.osei77 or k.osei_77',
    'the certificate sits on srv-web01 and srv-web02 behind the balancer',
    'is the cert on srv-web01 or srv-web02?',
    'should I install it on Tomcat9 or Tomcat10',
    'we upgraded from Windows10 to Windows11 and signtool broke',
  ])('%j stays as typed', (text) => {
    expect(masked(text)).toBe(text);
  });
});

describe('values named in the customers’ other languages', () => {
  it.each([
    ['ik probeerde Molen1988 maar het lukt niet', 'Molen1988'],
    ['jag testade Sommar2021 igen', 'Sommar2021'],
    ['wpisałem Bursztyn77 trzy razy', 'Bursztyn77'],
    ['we entered purple otter bathtub lamp as the passphrase and openssl says bad decrypt', 'purple otter bathtub lamp'],
  ])('%j masks the value typed in, %j', (text, secret) => {
    expect(masked(text)).not.toContain(secret);
  });

  it.each([
    'mijn gebruikersnaam is h.bakker_71! maar ik weet het wachtwoord niet meer',
    'användarnamn: e.lind_1982! men lösenordet fungerar inte',
    'Auftragsnummer 2025-AT-7712, das Zertifikat fehlt',
    'I used my work email address as the password hint',
  ])('%j keeps the identifier as typed', (text) => {
    expect(masked(text)).toBe(text);
  });
});

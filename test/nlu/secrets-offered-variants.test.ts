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
    ['Lantern-90 or Lantern-91 or Lantern-99, one of those', ['Lantern-90', 'Lantern-91', 'Lantern-99']],
  ])('%j masks %j', (text, secrets) => {
    const result = masked(text);
    for (const secret of secrets) expect(result).not.toContain(secret);
  });

  it.each([
    'I think the login is either mfischer22 or mfischer_22, the password I have',
    'the user name might be k.osei77 or k.osei_77',
    'the certificate sits on srv-web01 and srv-web02 behind the balancer',
    'orders ORD-5Kq9 and ORD-5Kq8 both say awaiting payment',
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
  ])('%j masks the value typed in, %j', (text, secret) => {
    expect(masked(text)).not.toContain(secret);
  });

  it.each([
    'mijn gebruikersnaam is h.bakker_71! maar ik weet het wachtwoord niet meer',
    "mon identifiant est c.morel_64! et j'ai perdu le mot de passe",
    'användarnamn: e.lind_1982! men lösenordet fungerar inte',
    'Auftragsnummer 2025-AT-7712, das Zertifikat fehlt',
  ])('%j keeps the identifier as typed', (text) => {
    expect(masked(text)).toBe(text);
  });
});

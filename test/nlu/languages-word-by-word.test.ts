// Who the customer is and what they lack, in the other languages customers write in, whatever the
// order of the sentence: foreign-roles.ts puts the role words into English a word or phrase at a time,
// roles.ts reads a helper and what they did in one sentence in any order, and foreign.ts reads a
// password said wrong or not known any more.
import { describe, expect, it } from 'vitest';
import { readByRules } from '../../src/nlu/rules.js';

const roleOf = (text: string) => readByRules(text).slots.role;

describe('a relative or an outside helper set it up: a client, in any word order', () => {
  it.each([
    'Das Zertifikat hat damals mein Schwager eingerichtet, ich selbst kenne mich nicht aus',
    "C'est mon beau-frère qui a tout installé sur le site",
    'Todo lo configuró mi yerno hace dos años',
    'Il sito e il certificato li ha fatti il mio cognato',
    'Mijn buurman heeft de website en het certificaat ingesteld',
    'Foi o meu vizinho que configurou tudo no site',
    'Unser externer Dienstleister hat die Zertifikate eingerichtet',
    "C'est notre prestataire informatique qui s'occupe de tout ça",
  ])('%j is a client', (text) => {
    expect(roleOf(text)).toBe('client');
  });

  it.each(["J'ai créé un accès pour notre prestataire, mais moi j'ai perdu mon identifiant", 'Ik heb zelf een login voor mijn webbouwer aangemaakt'])(
    '%j, a login made for the helper, is no client',
    (text) => {
      expect(roleOf(text)).not.toBe('client');
    },
  );
});

describe('a webmaster: the certificates of their own clients', () => {
  it.each([
    'Je gère les certificats SSL de mes clients depuis dix ans',
    'Wir betreuen die Zertifikate für unsere Kunden',
    'Gestiono los certificados de mis clientes, olvidé la contraseña',
    'Curo i certificati dei miei clienti',
    'Wij beheren de certificaten van onze klanten',
  ])('%j is a webmaster', (text) => {
    expect(roleOf(text)).toBe('webmaster');
  });
});

describe('an owner: bought them oneself', () => {
  it.each(['Eu mesmo comprei os certificados da minha loja', 'Die Zertifikate hab ich selber gekauft', 'Je les ai achetés moi-même, sans agence'])(
    '%j is an owner',
    (text) => {
      expect(roleOf(text)).toBe('owner');
    },
  );
});

describe('a password said wrong or not known any more', () => {
  it.each([
    "Mijn wachtwoord is ineens 'onjuist' volgens de site",
    "Meto la contraseña y sale 'contraseña incorrecta'",
    'Esqueci a palavra-passe da conta',
    'Die Seite sagt Passwort ungültig',
    'La contraseña sigue sin funcionar',
    'Jetzt weiß ich das alte Passwort nicht mehr',
  ])('%j is a password to reset', (text) => {
    expect(readByRules(text).needs).toContain('reset_password');
  });
});

describe('English keeps its own words', () => {
  it.each(['Freelancer here, I manage certificates for my customers', 'I manage certificates for my customers in the EU'])(
    '%j is not put through the translation',
    (text) => {
      expect(roleOf(text)).toBe('webmaster');
    },
  );
});

describe('user names, customer numbers, forgetting, expiry and general questions in more languages', () => {
  const needsOf = (text: string) => [...readByRules(text).needs];
  it.each([
    ['Non ricordo più il codice cliente, potreste aiutarmi?', ['recover_username']],
    ['Jag minns inte användarnamnet till kontot', ['recover_username']],
    ['Meine Benutzerkennung ist mir entfallen', ['recover_username']],
    ['I need my member number for signing in, the login page asks for it', ['recover_username']],
    ['El enlace para cambiar la contraseña ya está caducado', ['reset_password']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });

  it.each([
    'Wie lange ist der Link zum Zurücksetzen gültig?',
    'hoeveel keer mag je een verkeerd wachtwoord invullen',
    "Nothing's wrong, but would a password reset need the order number?",
    'Feedback, not a request: the reset emails land in spam.',
  ])('%j states no need', (text) => {
    expect(needsOf(text)).toEqual([]);
  });
});

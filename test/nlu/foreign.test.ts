// Messages in the languages customers mix into English state their need and role as the English
// ones do (foreign.ts puts their words into English before the rules and the models read them).
import { describe, expect, it } from 'vitest';
import { readByRules } from '../../src/nlu/rules.js';

describe('other languages', () => {
  it.each([
    ['Hola, mi sobrino me hizo la cuenta y la contraseña ya no funciona', 'client', 'reset_password'],
    ['Ich bin Webentwickler und verwalte die Zertifikate meiner Kunden, Benutzername vergessen', 'webmaster', 'recover_username'],
    ['il mio webmaster ha creato il conto per me, ho dimenticato la password', 'client', 'reset_password'],
    ['Je suis webmaster pour mes clients et je ne peux plus me connecter avec mon identifiant', 'webmaster', undefined],
  ])('%j is %s', (text, role, need) => {
    const read = readByRules(text);
    expect(read.slots.role).toBe(role);
    expect(read.needs[0]).toBe(need);
  });

  it.each([
    ['Inhaber hier, die Zertifikate gehören uns', 'owner'],
    ['je suis la propriétaire et les certificats sont à moi', 'owner'],
    ['Sou o webmaster de vários clientes', 'webmaster'],
    ['Unser Webdesigner hat mir einen Login eingerichtet', 'client'],
    ["Notre agence m'a créé un accès pour le certificat", 'client'],
    ['Ich bin Kundin einer Webagentur', 'client'],
  ])('%j is %s', (text, role) => {
    expect(readByRules(text).slots.role).toBe(role);
  });

  it('a password the site rejects, said in Spanish, is a reset', () => {
    expect(readByRules('pongo mi usuario bien pero la clave me la rechaza').needs).toEqual(['reset_password']);
  });
});

describe('buying, orders and roles in the languages customers mix in', () => {
  it.each([
    ["J'ai payé chez vous en passant par un lien dans un comparatif de certificats sur un blog.", 'affiliate'],
    ["l'abbiamo comprato tramite un link su un blog di informatica", 'affiliate'],
    ["c'est mon hebergeur qui m'a vendu le certificat avec l'hebergement", 'web_host'],
    ['Hab das Zertifikat selbst bei Ihnen im Shop bestellt.', 'direct'],
  ])('%j is %s', (text, type) => {
    expect(readByRules(text).slots.customerType).toBe(type);
  });

  it.each(["J'ai acheté notre certificat SSL en mars (commande CMD-88213)", 'Code Signing Zertifikat bestellt (Auftrag 4471902)'])(
    '%j gives the order number',
    (text) => {
      expect(readByRules(text).slots.hasOrderNumber).toBe(true);
    },
  );

  it.each([
    ['Hoi, ons ICT-bedrijf regelde altijd de certificaten voor ons', 'client'],
    ['Faço manutenção de site pra vários clientes', 'webmaster'],
  ])('%j is %s', (text, role) => {
    expect(readByRules(text).slots.role).toBe(role);
  });
});

// Swedish and Turkish, read as the languages met before them are: the need, how it was bought, the
// order number, a person wanted, who the customer is, and a denial after what it denies.
import { describe, expect, it } from 'vitest';
import { readByRules } from '../../src/nlu/rules.js';

describe('Swedish', () => {
  it("the login of the account a code signing certificate was bought on, not the certificate's password", () => {
    const said = readByRules(
      'Hej! Jag har glömt lösenordet till kontot där vi köpte vårt kodsigneringscertifikat. Alltså inte certifikatets lösenord, utan inloggningen till kontot.',
    );
    expect(said.needs).toEqual(['reset_password']);
    expect(said.slots.product).toBe('code_signing');
  });

  it.each([
    ['Vi köpte det genom en återförsäljare som skickade en beställningslänk till oss', { customerType: 'reseller' }],
    ['det är mina egna certifikat, jag köpte dem och sköter dem själv', { role: 'owner' }],
    ['ja, jag skapade en ISO-inloggning åt vår webbutvecklare', { role: 'owner', delegated: true }],
  ])('%j', (text, slots) => expect(readByRules(text).slots).toMatchObject(slots));
});

describe('Turkish', () => {
  it('a forgotten E-PKI account password', () => {
    const said = readByRules('merhaba, E-PKI kurumsal hesabımızın yönetici şifresini unuttuk, sıfırlamamız lazım');
    expect(said.needs).toEqual(['reset_password']);
    expect(said.slots.customerType).toBe('epki');
  });

  it('no order number', () => {
    const said = readByRules('hayır, orijinal sipariş numarası elimizde yok, hesap çok eski');
    expect(said.slots.hasOrderNumber).toBe(false);
    expect(said.answer).toBe('no');
  });

  it('a person, not a bot', () => expect(readByRules('müşteri temsilcisiyle görüşmek istiyorum, bot ile değil').needs).toEqual(['human']));

  it('"Sertifika şifresi değil" denies the certificate password: the account login is meant', () => {
    const said = readByRules('Kod imzalama sertifikasını satın aldığımız hesabın giriş şifresini unuttum. Sertifika şifresi değil, hesaba giriş şifresi.');
    expect(said.needs).toEqual(['reset_password']);
  });
});

describe('Dutch: whose password', () => {
  it('"het wachtwoord van mijn code signing certificaat" is the certificate\'s', () => {
    expect(readByRules('ik ben het wachtwoord van mijn code signing certificaat vergeten').needs).toEqual(['codesign_password']);
  });
});

// Secrets with no cue word before them, found by what is said of them: a value said to work no longer or to
// have been set by someone, a PIN that did not unlock the token, a passphrase after a cue naming its file, and
// values tried in Polish and Turkish. Each class has look-alikes that stay as typed: user names, versions,
// product names and numbers said to fail.
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/nlu/secrets.js';

const masked = (text: string) => redactSecrets(text).redacted;

describe('a value said to fail, or to have been set', () => {
  it.each([
    ['Dolphin1985 used to work, now it doesnt', 'Dolphin1985'],
    ['Harbour2019 stopped working after your update', 'Harbour2019'],
    ["kestrel77 doesn't work anymore on the portal", 'kestrel77'],
    ['Tulip-9931 worked until last Friday', 'Tulip-9931'],
    ['MarieCurie1867 is what the old IT guy set', 'MarieCurie1867'],
    ['4921 didn’t unlock the token, maybe 4912?', '4921'],
  ])('%j masks %j', (text, secret) => {
    expect(masked(text)).not.toContain(secret);
  });

  it.each([
    ['my username Dolphin1985 doesn’t work', 'Dolphin1985'],
    ['jsmith_2019 is what the agency set as my username', 'jsmith_2019'],
    ["Windows11 doesn't work with the token", 'Windows11'],
    ["ORD-55123 doesn't work in your form", 'ORD-55123'],
    ["signtool 10.0.22621.0 doesn't work", '10.0.22621.0'],
    ['0x3A7F9C21E04B is what the cert says', '0x3A7F9C21E04B'],
    ["iPhone15 doesn't open the .pfx", 'iPhone15'],
    ['Outlook2016 stopped working after installing the cert', 'Outlook2016'],
    ['eToken5110 does not work with macOS Sonoma', 'eToken5110'],
    ['Coupon BF2024 didn’t work at checkout', 'BF2024'],
    ['srv-dc01 doesn’t work since the update', 'srv-dc01'],
    ['Chrome120 denedim, yine aynı hata', 'Chrome120'],
    ['Sipariş numarası 778812 girdim ama bulunamadı', '778812'],
  ])('%j keeps %j', (text, identifier) => {
    expect(masked(text)).toContain(identifier);
  });
});

describe('a passphrase after a cue that names its file', () => {
  it.each([
    ['La phrase secrète du fichier .pfx : « la mer est calme ce soir »', 'la mer est calme ce soir'],
    ["het wachtwoord van het pfx-bestand: 'drie kleine kleutertjes'", 'drie kleine kleutertjes'],
    ["lösenfrasen är 'röda stugor vid sjön'", 'röda stugor vid sjön'],
  ])('%j masks %j', (text, secret) => {
    expect(masked(text)).not.toContain(secret);
  });

  it.each([
    'Lösenordet är fel enligt Windows',
    'lösenordet är samma som förut',
    'Password for the e-mail login-id: jdoe84',
    'Password for the self-service portal: see ticket 55123',
  ])('%j names no secret after the cue', (text) => {
    expect(masked(text)).toBe(text);
  });

  it('the file named before a plain description says nothing secret', () => {
    const text = 'The passphrase on our signing .pfx is four plain words and Windows says it is incorrect';
    expect(masked(text)).toBe(text);
  });
});

describe('values tried, in Polish and Turkish', () => {
  it.each([
    ['próbowałem Wisla2020 i Wisla2021, nic nie działa', ['Wisla2020', 'Wisla2021']],
    ['Bosphorus2022 ve Bosphorus2023 denedim, hiçbiri olmadı', ['Bosphorus2022', 'Bosphorus2023']],
  ])('%j masks both', (text, secrets) => {
    for (const secret of secrets) expect(masked(text)).not.toContain(secret);
  });
});

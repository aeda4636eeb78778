// Values the customer guesses at with no cue word ("maybe it was Falcon2019?", "forse era Colosseo80?",
// "rexrex2016, I think"), the other values offered after a guess, and the Spanish word for a passphrase. Guesses
// at a user name, a product, a code or a request id stay as typed.
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/nlu/secrets.js';

const masked = (text: string) => redactSecrets(text).redacted;

describe('a value guessed at', () => {
  it.each([
    ['maybe it was Falcon2019?', ['Falcon2019']],
    ["it's either 'nightowl' or 'nightowl!' — probably the second", ['nightowl']],
    ["I'm sure it's Ravenwood_1 … or was the underscore a dash? Ravenwood-1", ['Ravenwood_1', 'Ravenwood-1']],
    ['Vielleicht war es Eichhorn77? Oder doch Eichhorn78?', ['Eichhorn77', 'Eichhorn78']],
    ['forse era Colosseo80? non ricordo bene', ['Colosseo80']],
    ["it's the one with the dog's name, rexrex2016, I think", ['rexrex2016']],
    ['peut-être Marmotte#12 ou Marmotte#21', ['Marmotte#12', 'Marmotte#21']],
  ])('%j masks %j', (text, secrets) => {
    const out = masked(text);
    for (const secret of secrets) expect(out).not.toContain(secret);
  });

  it.each([
    ['maybe my username was jsmith77?', 'jsmith77'],
    ['username maybe BakeryBob_01? not sure, the email is bob@bobsbakes.ie', 'BakeryBob_01'],
    ['non ricordo con quale nome utente mi sono registrato. Forse marco.bellini78?', 'marco.bellini78'],
    ['i think my username was jkowalski or maybe jkowalski2, neither works', 'jkowalski2'],
    ['was it Windows10?', 'Windows10'],
    ["I think it's iPhone15", 'iPhone15'],
    ['maybe it was order 44120?', '44120'],
    ['I think the hostname is mail01, maybe mail02', 'mail02'],
    ['Meine Kundennummer war vielleicht KD4471x', 'KD4471x'],
    ["the client ID, maybe 'acme-prod-7'?", 'acme-prod-7'],
    ['Our keystore alias is perhaps tomcat9', 'tomcat9'],
    ['X-Request-Id: 9c1f2e7a-55b3-4c0e-8d2a-1f6b3e9a7c40, maybe that helps your devs', '9c1f2e7a-55b3-4c0e-8d2a-1f6b3e9a7c40'],
  ])('%j keeps %j', (text, identifier) => {
    expect(masked(text)).toContain(identifier);
  });
});

describe('the passphrase named in Spanish', () => {
  it("masks what follows 'la frase de paso es'", () => {
    expect(masked("la frase de paso es 'tres gatos en la azotea' y no funciona")).not.toContain('tres gatos');
  });
});

describe('a secret inside one token with a slash, and files by more extensions', () => {
  it.each(['I tried V3lvet/Rain', "I'm entering V3lvet/Rain and it says incorrect"])('%j masks the whole token', (text) => {
    expect(masked(text)).not.toContain('V3lvet');
    expect(masked(text)).not.toContain('Rain');
  });

  it.each([
    ['see https://example.com/Rain2024 for it', 'https://example.com/Rain2024'],
    ['the CSR is codesign_2023.csr', 'codesign_2023.csr'],
    ['setup file Setup_v3.2.1.exe crashes when signing', 'Setup_v3.2.1.exe'],
    ["I'm entering my password and getting error E-4012", 'E-4012'],
    ['the wildcard *.shop-24.com expired, my password works', '*.shop-24.com'],
  ])('%j keeps %j', (text, identifier) => {
    expect(masked(text)).toContain(identifier);
  });
});

describe('key=value pairs joined by a semicolon', () => {
  it('masks the password and keeps the user name', () => {
    const out = masked('mypass=Gr3y.Wolf.Moon;user=ops_team_3');
    expect(out).not.toContain('Gr3y.Wolf.Moon');
    expect(out).toContain('user=ops_team_3');
  });
});

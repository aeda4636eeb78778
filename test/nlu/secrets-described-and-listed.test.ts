// Secrets told without the shapes and cues met before: a plain word described as a password is ("no numbers,
// no capitals"), a list of backup codes, a value hedged in another language ("is misschien fietsbel"), a
// variant joined by another language's "and", a quoted value after a file's kind. And what stays as typed
// beside them: another subject's verb after the cue, a participle, serial numbers, compound nouns, the names
// of variables and keys, a device's model number.
import { describe, expect, it } from 'vitest';
import { featuresOf } from '../../src/nlu/features.js';
import { redactSecrets } from '../../src/nlu/secrets.js';

const masked = (text: string) => redactSecrets(text).redacted;

describe('secrets told by description, in lists and in other languages', () => {
  it.each([
    ["it's simply the word marmalade, no numbers and no capitals", ['marmalade']],
    ['Pretty sure it was hazelnut. all lowercase, nothing else', ['hazelnut']],
    ['recovery codes: 4QX7-22LM, 9PTR-1KD3, 7WWN-56BZ, please keep them safe', ['4QX7-22LM', '9PTR-1KD3', '7WWN-56BZ']],
    ['the password is plum77 or plum777 or plum7777, none of them work', ['plum77', 'plum777', 'plum7777']],
    ['Das Kennwort der Datei ist vielleicht Birnbaum, oder Birnbaum_19', ['Birnbaum', 'Birnbaum_19']],
    ['Il PIN è forse 7391, non ne sono sicuro', ['7391']],
    ["A palavra-passe do ficheiro .p12 é 'Vento-Norte-Porto'", ['Vento-Norte-Porto']],
    ['Ho provato Gabbiano2023, gabbiano_2023 e Gabbiano!! senza fortuna', ['Gabbiano2023', 'gabbiano_2023', 'Gabbiano!!']],
    ['the token PIN might be 1357… or 7531, I mix them up', ['1357', '7531']],
    ['the pfx password is BUILD_SIGN_PASS_2', ['BUILD_SIGN_PASS_2']],
    ['password and pin is lavender', ['lavender']],
    ['config has acme_hmac_secret=Vq8rN3pLx0cT5wYe2bHm and it is rejected', ['Vq8rN3pLx0cT5wYe2bHm']],
  ])('%j masks %j', (text, secrets) => {
    const out = masked(text);
    for (const secret of secrets) expect(out).not.toContain(secret);
  });

  it.each([
    ['I lost my password and the code signing certificate is due for renewal next week', 'due'],
    ['the passphrase on our pfx was chosen by an intern who left, and nobody wrote it down', 'chosen by an intern'],
    ['I need the PIN of our signing token. The serial on the token is SN-4410-392.', 'SN-4410-392'],
    ['Unsere SSL-Zertifikate und die PFX-Datei fehlen im Konto', 'SSL-Zertifikate'],
    ['Onze S/MIME-certificaten zijn weg', 'S/MIME-certificaten'],
    ['the username is pkowalski, all lowercase', 'pkowalski'],
    ['our pipeline secret RELEASE_PFX_PASS was deleted by someone', 'RELEASE_PFX_PASS'],
    ['we send {"apiKey": "ak_live_7fT2mQ9rX4vB8nK1", "account": "AC-553019"} and get 401', 'AC-553019'],
    ['we send {"apiKey": "ak_live_7fT2mQ9rX4vB8nK1", "account": "AC-553019"} and get 401', '"apiKey"'],
    ['acme_hmac_secret=Vq8rN3pLx0cT5wYe2bHm and acme_kid=kid_88b2 in the config', 'kid_88b2'],
    ['acme_hmac_secret=Vq8rN3pLx0cT5wYe2bHm and acme_kid=kid_88b2 in the config', 'acme_hmac_secret='],
    ['The PIN is locked on our token, a SafeNet eToken 5110 with driver version 10831', '5110'],
    ['The PIN is locked on our token, a SafeNet eToken 5110 with driver version 10831', '10831'],
    ['token PIN locked, the model is ePass2003', 'ePass2003'],
  ])('%j keeps %j', (text, identifier) => {
    expect(masked(text)).toContain(identifier);
  });
});

describe('look-alikes a second reader found', () => {
  it.each([
    ['the password of the admin account is marigold', 'marigold'],
    ['la contraseña en el portal es girasol', 'girasol'],
    ['The password or whatever you call it is pumpkin', 'pumpkin'],
    ['my passphrase is set fire to the rain', 'set fire to the rain'],
    ['passphrase: told by an idiot full of sound', 'told by an idiot full of sound'],
    ["password='SIGNING_KEY_PIN_7' in the script", 'SIGNING_KEY_PIN_7'],
    ['the keystore password is still ADMIN_PASS_01', 'ADMIN_PASS_01'],
    ['account:Zq8!rT3#pW', 'Zq8!rT3#pW'],
    ['pin_for_account=448213 keeps getting refused', '448213'],
    ['my password is SN-20331', 'SN-20331'],
  ])('%j masks %j', (text, secret) => {
    expect(masked(text)).not.toContain(secret);
  });

  it.each([
    ['The domain is brightwater, lowercase, .co.uk', 'brightwater'],
    ['Thanks, the issue is resolved, nothing else needed from my side.', 'resolved'],
    ['The only browser we use is Firefox, nothing else.', 'Firefox'],
    ['the password is Rose2019, Windows11, Office365', 'Office365'],
    ['CA_API_USER=orders@example.io', 'orders@example.io'],
  ])('%j keeps %j', (text, identifier) => {
    expect(masked(text)).toContain(identifier);
  });
});

describe('Windows paths', () => {
  it.each([
    ['signtool sign /f C:\\Users\\Anna\\Desktop\\Code-Sign_2024.pfx /p Wr3n!Tide9 fails', 'C:\\Users\\Anna\\Desktop\\Code-Sign_2024.pfx'],
    ['Import-PfxCertificate -FilePath .\\Sign2025.pfx -CertStoreLocation Cert:\\CurrentUser\\My', '.\\Sign2025.pfx'],
    ['Import-PfxCertificate -FilePath .\\Sign2025.pfx -CertStoreLocation Cert:\\CurrentUser\\My', 'Cert:\\CurrentUser\\My'],
    ['the installer is on \\\\nas01\\IT\\Setup_v4.2.msi and my PIN is 552190', '\\\\nas01\\IT\\Setup_v4.2.msi'],
    [
      'C:\\Program Files (x86)\\Windows Kits\\10\\bin\\10.0.19041.0\\x64\\signtool.exe says the password is wrong',
      'Kits\\10\\bin\\10.0.19041.0\\x64\\signtool.exe',
    ],
  ])('%j keeps %j', (text, path) => {
    expect(masked(text)).toContain(path);
  });

  it('masks the password given beside the path', () => {
    expect(masked('signtool sign /f C:\\Users\\Anna\\Desktop\\Code-Sign_2024.pfx /p Wr3n!Tide9 fails')).not.toContain('Wr3n!Tide9');
  });

  it('the models still read a path shaped like a credential as the placeholder they were trained with', () => {
    const features = featuresOf('signtool sign /f C:\\build\\Acme-Sign.pfx comes back with an error');
    expect(features).toContain('w:secretvalue');
    expect(features).not.toContain('w:build');
  });
});

describe('secrets typed sign by sign, changed from one value to another, named after; identifiers beside them', () => {
  it.each([
    ['my pfx password is r 4 T z 9 q (no spaces of course)', 'r 4 T z 9 q'],
    ['spelling it for you: s-u-n-f-l-o-w-e-r-7', 's-u-n-f-l-o-w-e-r-7'],
    ['I changed the password from harbour to Harbour#2025 yesterday and now neither works', 'harbour'],
    ['Brzoza1984, that is the password, I never changed it', 'Brzoza1984'],
    ['şifrem Deniz2020 ama olmuyor', 'Deniz2020'],
    ['moje heslo je Praha77 a nefunguje', 'Praha77'],
  ])('%j masks %j', (text, secret) => {
    expect(masked(text)).not.toContain(secret);
  });

  it.each([
    ['my token PIN 448120 is blocked since 3 March 2024', '2024'],
    ['keytool says the keystore password is wrong, I run JDK 21 on build-srv-4', 'build-srv-4'],
    ['password = "Fj8#kL2q" is set in sign.ps1', 'sign.ps1'],
    ['I registered as anna_k or annak1990, the password I forgot', 'annak1990'],
    ['token PIN 5521, sipariş numarası 8812903', '8812903'],
    ['the PIN is 4471 and the order was placed in June 2023', '2023'],
    ['I moved the site from hosting to cloud', 'hosting'],
  ])('%j keeps %j', (text, identifier) => {
    expect(masked(text)).toContain(identifier);
  });
});

it('"The secret word for the pfx: I typed it exactly…" is the customer\'s own sentence, no passphrase', () => {
  expect(masked('The secret word for the pfx: I typed it exactly as in the handover note and signtool says invalid.')).toContain('I typed it exactly');
});

describe("look-alikes a second reader found in stop 50's later changes", () => {
  it.each([
    ['I keep typing Kx9\\mQ2z7 and the portal says incorrect', 'Kx9\\mQ2z7'],
    ['We sign in with AD credentials: CONTOSO\\svc_sign / Spr1ng\\Time42', 'Spr1ng\\Time42'],
    ['my PIN is my birth year, Oct 1979', '1979'],
    ['token PIN numaram 482193, kilitlendi', '482193'],
    ['My password is Paris 1998 with a space in the middle', '1998'],
  ])('%j masks %j', (text, secret) => {
    expect(masked(text)).not.toContain(secret);
  });

  it.each([
    ['We sign in with AD credentials: CONTOSO\\svc_sign / Spr1ng\\Time42', 'CONTOSO\\svc_sign'],
    ['read my message s-l-o-w-l-y please', 's-l-o-w-l-y'],
    ['Dial extension 2-4-6-8-1-0 for the PIN desk', '2-4-6-8-1-0'],
    ['The hostname changed from buildsrv to buildsrv-2 when we migrated', 'buildsrv'],
    ["I emailed support@certfirm.com, that's the password support address", 'support@certfirm.com'],
    ["şifrem 2023'ten beri aynı, ama artık kabul edilmiyor", '2023'],
    ['Zapomněl jsem heslo, číslo zákazníka 884120', '884120'],
  ])('%j keeps %j', (text, identifier) => {
    expect(masked(text)).toContain(identifier);
  });
});

// Secrets and identifiers told apart by what the words around them say: a token the sentence names a
// user name after it, a digest named by the tool's switch, what one signs in with beside who one signs
// in as, a quoted phrase typed into the login, and a key of decimal digits left at its default.
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/nlu/secrets.js';

const masked = (text: string) => redactSecrets(text).redacted;

describe('an identifier named as one by what follows it, or by the switch before it', () => {
  it.each([
    ['Tiger_88x is my USERNAME, not the password lol. the password is the bit I forgot', 'Tiger_88x'],
    ['K9_delta_77 is just my user name, I know that one', 'K9_delta_77'],
    ["login is p3t3r_w00d, the password I've forgotten", 'p3t3r_w00d'],
    ['my login is j4n3_d0e_88 but the password is what I lost', 'j4n3_d0e_88'],
    [
      'signtool /sha1 a9c3f05e1b27d84c6e90f2a1b3c4d5e6f7a8b9c0 finds the cert fine, then asks for the token password',
      'a9c3f05e1b27d84c6e90f2a1b3c4d5e6f7a8b9c0',
    ],
    ['I typed 4410-2287 into the order field and it says not found, so I still need the password reset', '4410-2287'],
    ['entered 88120457 in the customer number box, no luck', '88120457'],
    ['Ik heb mijn klantnummer 7781234 ingevoerd, maar het wachtwoord weet ik niet', '7781234'],
    ['Ich habe es 2019 zuletzt versucht, seitdem nie wieder', '2019'],
    ['Wie kann ich mein Passwort zurücksetzen Es wird ständig als falsch angezeigt', 'wird'],
    ['tried order 55201876 and ORD4471, neither found anything', 'ORD4471'],
    ['my username? I thought it was jsmith84', 'jsmith84'],
    ["I've forgotten what the password for it is asap please", 'asap'],
    ["the pfx password I was handd doesn't open the file", 'handd'],
  ])('%j keeps %j as typed', (text, identifier) => {
    expect(masked(text)).toContain(identifier);
    expect(redactSecrets(text).containsSecret).toBe(false);
  });

  it.each([
    ['Summer#2019x is my password, not my username', 'Summer#2019x'],
    ['login: user admin_kb77, pass Kb77!admin, neither works', 'Kb77!admin'],
  ])('%j still masks %j', (text, secret) => {
    expect(masked(text)).not.toContain(secret);
  });
});

describe('a secret said by what it is used for', () => {
  it.each([
    ['I sign in to the portal as marta.g with Oktober-Regen-12 and it says invalid password.', 'Oktober-Regen-12'],
    ['logged in as admin_shop with Blue-Harbour-77 until yesterday', 'Blue-Harbour-77'],
    ['Typed "purple otter dishwasher lamp" about ten times now and the login keeps saying invalid credentials.', 'purple otter dishwasher lamp'],
    ["I've tried 'granite falcon' and 'granite falcon 2' and neither opens the pfx", 'granite falcon'],
    [
      'The YubiKey management key is still the default, 010203040506070801020304050607080102030405060708, but the PIN is forgotten',
      '010203040506070801020304050607080102030405060708',
    ],
    ["le mot de passe que j'avais noté, Riviere_2019, ne passe pas", 'Riviere_2019'],
    ['The password for the account one of them uses, Bluebell2020, no longer gets me in.', 'Bluebell2020'],
    ['signing token pin is four nine one six. typed it slowly twice', 'four nine one six'],
    ['I still have the printed backup codes (the first one is 5821-0937-6644) but nowhere to type them', '5821-0937-6644'],
    ["here's the product key from the welcome email: 7HKQ-M29X-PL4W-83TZ", '7HKQ-M29X-PL4W-83TZ'],
    ['The passphrase on our signing .pfx is four plain words, lowercase with spaces: velvet harbour turnip parade.', 'velvet harbour turnip parade'],
    ["I can log in as j.varga/Paprika_2021 but the certificates aren't there", 'Paprika_2021'],
    ['The password for the account one of them uses Bluebell2020 no longer gets me in', 'Bluebell2020'],
    [
      'The passphrase on our signing .pfx is four plain words lowercase with spaces velvet harbour turnip parade Windows keeps refusing it',
      'velvet harbour turnip parade',
    ],
    ['O fornecedor disse-me que a palavra-passe era Tejo_2021, mas o Windows diz que está incorreta.', 'Tejo_2021'],
    ['the signing dongle keeps rejecting maple-4-canyon, which is what the handover note says', 'maple-4-canyon'],
    ['Our token refused Quartz_Lily9 three times this morning', 'Quartz_Lily9'],
    ["Le site dit que c'est faux. J'ai tapé Grenoble2019 et rien.", 'Grenoble2019'],
    ['Sulla chiavetta ho messo 5583017 come PIN ma dice PIN errato', '5583017'],
    ['Ik heb Tulpen_88 ingevoerd maar het portaal weigert', 'Tulpen_88'],
    ['ich habe 4471902 eingegeben und die PIN ist falsch', '4471902'],
    ['Outlook asks for a password on import. I was sure it was Maple-Kite-8 but it gets rejected.', 'Maple-Kite-8'],
    ["The passwrod sohuld be 'gravel under the oak' but it is not accepted", 'gravel under the oak'],
    ['What is the password for the pfx? I tried our order number 55201876 and Heron2024, neither opens it.', 'Heron2024'],
  ])('%j masks %j', (text, secret) => {
    expect(masked(text)).not.toContain(secret);
    expect(redactSecrets(text).containsSecret).toBe(true);
  });

  it.each([
    'I logged in as marta.g with my usual password and it failed',
    "I tried 'Forgot password' but no email came",
    "It's the User ID field that won't take what I type 'ID not on file'",
    'I typed "yes" when it asked to continue',
    'the serial number is 123456789012345678901234567890123456 according to the portal',
    'Das Passwort ist gar nicht das Problem, mir fällt der Benutzername nicht mehr ein',
    "All I've got is the password hint: 'nan's street + house number'. Reset please.",
    'tried signing in as marco_b1982 like I always have and it says that user does not exist',
    'Our IT consultant bought the SSL on invoice INV/24/10477 and then moved abroad',
    'the password for order 55120, the wildcard one, is what I need reset',
    "tied signning in as marco_b1982 like I aways have and it says that user doesn't exist",
    "The sticker on the signing token says SN 0047A19C. That's the serial, not the PIN.",
    "The .pfx I made last year is password-protected and I've no idea what I set.",
    "It won't accept my customer number. I typed 3017745 straight off the invoice and it says unknown customer.",
    "bluefinch77 isn't a password, it's my username, and your login page says it doesn't exist.",
    "Ho solo il numero di fattura FT/2024/0931, il numero d'ordine non lo trovo.",
    "Is the order number any use if I'm after a new password? I've got it here: 88123047.",
    "the username is Brae_2019!admin, odd as it looks, that's definitely the username. The password he never sent.",
    'our login name went with the old office manager when she quit nobody else ever knew it',
    'we are now reset-proof?!? seriously, reset my password either?!? What am I supposed to do',
  ])('%j stays as typed', (text) => {
    expect(redactSecrets(text).containsSecret).toBe(false);
    expect(masked(text)).toBe(text);
  });
});

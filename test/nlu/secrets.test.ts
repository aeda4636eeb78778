import { describe, expect, it } from 'vitest';
import { endsWithSecretCue, redactSecrets, SECRET_MASK } from '../../src/nlu/secrets.js';

describe('redactSecrets', () => {
  it.each([
    ['my password is Summer2019! and it says incorrect', 'Summer2019'],
    ['password doesnt work: k9#Pq!vz77 - reset please', 'k9#Pq!vz77'],
    ["my login is hannah.w and the password I've been using is hannahW2020", 'hannahW2020'],
    ['here is my login: user jsmith pass Hunter2024', 'Hunter2024'],
    ['Forgot my password. The old one was Winter#2021 if that helps.', 'Winter#2021'],
    ['my old ISO login was bob_certs / Rainbow77 - can you find it?', 'Rainbow77'],
    ['my password is tulips', 'tulips'],
    ['token: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N', 'eyJhbGciOiJIUzI1NiJ9'],
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----', 'MIIEowIBAAKCAQEA7'],
    // By shape, with no cue word at all.
    ['Xk9#mPq2vL doesnt work anymore', 'Xk9#mPq2vL'],
    ['3f9a2b7c4d1e8f6a0b5c3d2e1f4a7b9c', '3f9a2b7c4d1e8f6a0b5c3d2e1f4a7b9c'],
    ['AKIAIOSFODNN7EXAMPLE is the key id', 'AKIAIOSFODNN7EXAMPLE'],
    ['here: 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', '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'],
    ['xoxb-123456789012-abcdefghijkl', 'xoxb-123456789012-abcdefghijkl'],
    ['DefaultEndpointsProtocol=https;AccountName=x;AccountKey=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA==', 'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA'],
    ['the api gave me wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['XkQzMvPlRt is what I typed', 'XkQzMvPlRt'],
    ['k9pq7vz3 fails every time', 'k9pq7vz3'],
    ['password123 is what I used years ago', 'password123'],
    ['dGhpcyBpcyBhIHNlY3JldCBrZXk= is the key', 'dGhpcyBpcyBhIHNlY3JldCBrZXk='],
    ['I reset it to P@ssw0rd123 yesterday', 'P@ssw0rd123'],
    ['tried "Bl4ckC@t" and it fails', 'Bl4ckC@t'],
    ['i think the password is mango123 or mango1234', 'mango1234'],
    // After a cue in any language, whatever the word or number.
    ['mein Passwort ist 12345678 und es geht nicht', '12345678'],
    ['mon mot de passe est soleil2020 mais il ne marche pas', 'soleil2020'],
    ['mi contraseña es gatito y no funciona', 'gatito'],
    ['mijn wachtwoord is 482913', '482913'],
    ['мой пароль qwerty123 не работает', 'qwerty123'],
    ['我的密码是abc12345，请帮我重置', 'abc12345'],
    ['my PIN is 4821', '4821'],
    ['my secret word is pineapple', 'pineapple'],
    // A cue glued to the secret.
    ['password:hunter2', 'hunter2'],
    ['pw=letmein99 please', 'letmein99'],
    ['Passwort:geheim', 'geheim'],
    // Passphrases: the whole phrase.
    ['my passphrase is "correct horse battery staple" ok', 'horse battery'],
    ["the password is 'blue monkey sings' but it fails", 'monkey sings'],
    ['my passphrase is correct horse battery staple', 'battery staple'],
  ])('masks the secret in %j', (text, secret) => {
    const scan = redactSecrets(text);

    expect(scan.containsSecret).toBe(true);
    expect(scan.redacted).not.toContain(secret);
    expect(scan.redacted).toContain(SECRET_MASK);
  });

  it.each([
    'my user name is mkt_admin if that helps',
    'My email is pat@example.com if you can look it up.',
    'Can you look up my customer number? The order number is 88213654',
    'password reset please, my password stopped working',
    "I'm not going to paste my password in here, just tell me how to reset it",
    'The S/MIME certificate for our E-PKI account, Sign-on changed',
    "my customer's certificates are with the webmaster",
    'username JSmith_2019, can you reset it',
    'the hosting company (Bluehost) set it up and the password is lost!!!',
    'my user id is hannah.w and my customer number is C-100234',
    'order #A-99812, customer number 1234567, login bob_certs',
    'I bought a PKCS#12 file and Windows10 asks for the password',
    'mein Passwort ist falsch, bitte zurücksetzen',
    'the certificate for www.example-shop.co.uk expired on 2024-05-01 at 10:30am',
    'the CSR has CN=www.example.com, O=Acme Ltd and serial 0A:1B:2C:3D:4E',
    'UUID 123e4567-e89b-12d3-a456-426614174000, fingerprint 3f9a2b7c',
    'the password reset link: https://example.com/reset?id=42 does nothing',
    'WordPress on GoDaddy, McDonaldsWordPress theme, order AB12CD34, win10pro',
    'the passphrase for it was in a password manager',
    'MY PASSWORD WAS ROTATED AND NOBODY TOLD ME',
  ])('leaves %j alone: user names, emails, numbers and the word "password" are not secrets', (text) => {
    const scan = redactSecrets(text);

    expect(scan.containsSecret).toBe(false);
    expect(scan.redacted).toBe(text);
  });
});

describe('a passphrase after its cue', () => {
  it('runs to the end of its clause, unless the clause says where it is or what happened to it', () => {
    expect(redactSecrets('my passphrase is correct horse battery staple').redacted).toBe('my passphrase is [secret removed]');
    expect(redactSecrets('the passphrase was stored in the old vault').containsSecret).toBe(false);
  });
});

describe('a secret split over two messages', () => {
  it.each(['my password is', 'password:', 'here is my password', 'mein Passwort ist', 'my password is...'])('%j ends on a cue', (text) => {
    expect(endsWithSecretCue(text)).toBe(true);
  });

  it.each(['I forgot my password', 'my password is [secret removed]', 'is it about the password?'])('%j does not', (text) => {
    expect(endsWithSecretCue(text)).toBe(false);
  });

  it.each([
    ['tulips', 'tulips'],
    ['"correct horse battery"', 'correct horse battery'],
    ['Hunter22 but it says wrong', 'Hunter22'],
  ])('after the cue, %j is masked', (text, secret) => {
    const scan = redactSecrets(text, { afterCue: true });

    expect(scan.containsSecret).toBe(true);
    expect(scan.redacted).not.toContain(secret);
  });

  it.each(['why?', 'sorry wrong window', 'actually can I talk to a person'])('after the cue, %j is a reply, not a secret', (text) => {
    expect(redactSecrets(text, { afterCue: true }).containsSecret).toBe(false);
  });
});

describe('a file named after a password cue is where the secret is kept, not the secret', () => {
  it.each(['Ich habe das Passwort der .p12-Datei vergessen', 'the password on export.pfx is lost', 'what password does the server.key file want?'])(
    '"%s" keeps its file name',
    (text) => {
      expect(redactSecrets(text)).toEqual({ containsSecret: false, redacted: text });
    },
  );

  it('the secret beside a file name is still masked', () => {
    expect(redactSecrets('the password for backup.pfx is Tulip&77').redacted).toBe(`the password for backup.pfx is ${SECRET_MASK}`);
  });
});

describe('look-alikes of a secret after a cue stay as typed', () => {
  it.each([
    '¿Cuándo cambia el acceso?',
    'the first letter of my password is eithr a K or an H',
    'a password nobody is rememberig any more',
    'my password stopped working, the purchase number: 55120934',
    'the only one who knew the token PIN was Margaret, who retired at Christmas',
  ])('"%s" holds no secret', (text) => {
    expect(redactSecrets(text)).toEqual({ containsSecret: false, redacted: text });
  });
});

describe('a word, a symbol and digits with no cue', () => {
  it.each(['it is Lark#2231 that gets refused', 'Heron#9071 stopped working'])('%j is masked', (text) => {
    expect(redactSecrets(text).containsSecret).toBe(true);
  });

  it.each(['order ORD#2231 from March', 'invoice inv#4410', 'see Ref#77', 'my username is lark-2231'])('%j, a reference or user name, stays', (text) => {
    expect(redactSecrets(text)).toEqual({ containsSecret: false, redacted: text });
  });
});

describe('cue letters at the start of a domain, and a misspelt entry verb', () => {
  it('"pinecrest-dental.com" is a domain, not "pin" glued to a secret', () => {
    const text = 'the certs for pinecrest-dental.com were in the practice account';
    expect(redactSecrets(text)).toEqual({ containsSecret: false, redacted: text });
  });

  it('"reseet it … to Birch.Lantern.40" still says what it was set to', () => {
    expect(redactSecrets('I reseet it on Monady to Birch.Lantern.40 and it is refused').redacted).not.toContain('Birch.Lantern.40');
  });
});

describe('a ticket or change number beside a password word', () => {
  it.each(["Change CHG0048817 is blocked since yesterday's password reset", 'The reset worked. You can close INC0098812.'])('"%s" holds no secret', (text) => {
    expect(redactSecrets(text)).toEqual({ containsSecret: false, redacted: text });
  });
});

describe('a size with its unit, a pronoun or an adverb beside a password word', () => {
  it.each([
    'My password manager generates 64-character ones, is that too long?',
    'the password needs a 12-digit number in it?',
    'is a 6-digit PIN enough for the token',
  ])('"%s" holds no secret', (text) => {
    expect(redactSecrets(text)).toEqual({ containsSecret: false, redacted: text });
  });

  it('"wrong password Is anybody actually reading this", unpunctuated, holds no secret', () => {
    const text = 'Every single time wrong password Is anybody actually reading this who can check my account';
    expect(redactSecrets(text)).toEqual({ containsSecret: false, redacted: text });
  });

  it.each(['I have no idea what the password is anymore, I have tried every one', 'the password is anyway not working'])('%j holds no secret', (text) => {
    expect(redactSecrets(text)).toEqual({ containsSecret: false, redacted: text });
  });

  it('a secret beside a size is still masked', () => {
    expect(redactSecrets('my 12-character password is Tulip#4471 and it fails').redacted).toBe('my 12-character password is [secret removed] and it fails');
  });
});

describe('phone numbers in a signature, and values a login took', () => {
  it.each([
    'I have forgotten the login password. Please reset it.\nThanks,\nMei\n+65 9123 4567',
    'The pfx password is lost.\nBen Hargreaves, Developer\n07700 900 419',
    'picked a password I was sure I would remember, and did not',
  ])('%j holds no secret', (text) => {
    expect(redactSecrets(text)).toEqual({ containsSecret: false, redacted: text });
  });

  it.each([
    ["the shared login took Kiln-Harbor-204 until this morning; now it's 'incorrect password'", 'Kiln-Harbor-204'],
    ["the customer account won't take Quill-Harbor-7, which is what I set", 'Quill-Harbor-7'],
    ['my password reset code is 0412 9931', '9931'],
  ])('%j masks %s', (text, secret) => {
    expect(redactSecrets(text).redacted).not.toContain(secret);
  });
});

describe('a cue and its verb on one line', () => {
  it('"that password works" on one line and "What I can\'t do is open…" on the next holds no secret', () => {
    const text = "Signing in is no problem that password works\n\nWhat I can't do is open the certificate I exported";
    expect(redactSecrets(text)).toEqual({ containsSecret: false, redacted: text });
  });
});

describe('a PIN named after it, a variable holding a secret, and where a password is', () => {
  it.each([
    ['ignore the number in my last message, 40718263 is just our signing token PIN', '40718263'],
    ['8812 is the token PIN, the admin one', '8812'],
  ])('%j masks %s', (text, secret) => {
    expect(redactSecrets(text).redacted).not.toContain(secret);
  });

  it.each([
    'jarsigner -storepass $KEYSTORE_PASS fails in CI',
    'the password is %SIGN_PIN% in the pipeline',
    'the letter says the initial password is inside the sealed envelope',
  ])('%j holds no secret', (text) => {
    expect(redactSecrets(text)).toEqual({ containsSecret: false, redacted: text });
  });
});

describe('a password said to be expired or refused, in any language', () => {
  it.each([
    "La password dell'account sul vostro sito è scaduta e quella nuova non viene accettata.",
    'Since Friday my password is refusde and the reset email has not come.',
    'mi contraseña está vencida',
    'moje hasło wygasło wczoraj',
  ])('%j holds no secret', (text) => {
    expect(redactSecrets(text)).toEqual({ containsSecret: false, redacted: text });
  });
});

describe('passwords with no word naming them, by how people build them', () => {
  it.each([
    ["I HAVEN'T forgotten it!! it's Lantern.Moss.61 and the login says incorrect", 'Lantern.Moss.61'],
    ['maybe it was Orchard_Lane_12? either way it will not let me in', 'Orchard_Lane_12'],
    ['marbleteapotwinterfox doesnt get me in anymore, been using it for years', 'marbleteapotwinterfox'],
    ['marbleteapotwinterfox doesnnt get me in anymore', 'marbleteapotwinterfox'],
  ])('%j masks %j', (text, secret) => {
    const { containsSecret, redacted } = redactSecrets(text);
    expect(containsSecret).toBe(true);
    expect(redacted).not.toContain(secret);
  });

  it.each([
    ['Meu cunhado fez o site e me passou o usuário Padaria_Estrela2020, mas não consigo entrar.', 'Padaria_Estrela2020'],
    ['Kx7Qm2Lp is the USERNAEM our agency gave us, not the password!!', 'Kx7Qm2Lp'],
    ['hi need a pasword resset pls usrname is brindle.ops44', 'brindle.ops44'],
  ])('%j keeps the user name %j as typed', (text, identifier) => {
    expect(redactSecrets(text).redacted).toContain(identifier);
  });

  it.each([
    '¿Cómo funciona el restablecimiento de contraseña Es para una guía interna',
    'Non ho dimenticato la password non è quello È il vecchio accesso ISO',
    'de gebruikersnaam die bij dat wachtwoord hoort is bij het overzetten leeg geraakt',
    'the word physiotherapists is long but nothing here failed',
  ])('%j holds no secret', (text) => {
    expect(redactSecrets(text)).toEqual({ containsSecret: false, redacted: text });
  });
});

describe('what the shape rules must not shield or mask', () => {
  it.each([
    ['my password is lara', 'lara'],
    ['the password was quest', 'quest'],
    ['Kx7Qm2Lp is our customer account password', 'Kx7Qm2Lp'],
    ['the password we got alongside our accounts is sunflower', 'sunflower'],
    ['marbleteapotwinterfox no longer works', 'marbleteapotwinterfox'],
  ])('%j masks %j', (text, secret) => {
    expect(redactSecrets(text).redacted).not.toContain(secret);
  });

  it.each([
    ['my username thecornerbakeryshop is rejected', 'thecornerbakeryshop'],
    ['entrepreneurship account rejected', 'entrepreneurship'],
    ['Orchard_Lane_12 is the username our agency gave us', 'Orchard_Lane_12'],
    ['the login Jane.Smith.1985 says unknown user', 'Jane.Smith.1985'],
  ])('%j keeps %j as typed', (text, identifier) => {
    expect(redactSecrets(text).redacted).toContain(identifier);
  });
});

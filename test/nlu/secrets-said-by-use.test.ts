// Secrets that neither their shape nor a cue word gives away, found by what the sentence does with
// them: ordinary words the customer says they chose, the old value of something that was changed, the
// second half of a "user/password" pair. Each class also has prose of the same shape that stays as typed.
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/nlu/secrets.js';

const masked = (text: string) => redactSecrets(text).redacted;

describe('a passphrase of plain words the customer says they chose', () => {
  it.each([
    ['i set it to maple cactus ember ridge when i exported the pfx and now it says bad password', 'maple cactus ember ridge'],
    ['we went with one of those four-word ones, violin pepper glacier thunder, and now the account is locked', 'violin pepper glacier thunder'],
    ['I picked purple monkey dishwasher for the password last week', 'purple monkey dishwasher'],
    ['WE WENT WITH THE DICEWARE STYLE CANYON MARBLE OTTER FLUTE FOR THE ACCOUNT', 'CANYON MARBLE OTTER FLUTE'],
    ["I exported the signing cert with the passphrase copper lantern forty seven and the new laptop won't import it", 'copper lantern forty seven'],
    ['we protected the pfx using a passphrase walnut harbour tango, now nobody remembers it', 'walnut harbour tango'],
  ])('%j masks the phrase', (text, secret) => {
    expect(masked(text)).not.toContain(secret);
    expect(redactSecrets(text).containsSecret).toBe(true);
  });

  it.each([
    'I set it to renew automatically every year',
    'we went with a reseller for the certificates',
    'I picked extended validation green bar when ordering',
    'we went with the cheapest option, basic domain validation, for our shop',
    'I chose the code signing certificate because of the driver',
    'set it to expire next month and now the password does not work',
    'I exported it with the passphrase I always use and it fails',
    'we protected the file using a passphrase, three random words, now forgotten',
  ])('%j stays as typed', (text) => {
    expect(masked(text)).toBe(text);
  });
});

describe('the old value of something the customer says was changed', () => {
  it('is masked: customers change passwords, not user names', () => {
    expect(masked("it's not Birch-4471 any more, someone changed it, and I want my own")).not.toContain('Birch-4471');
    expect(masked('it used to be Harbor_2019 before IT reset it')).not.toContain('Harbor_2019');
  });

  it('stays as typed when the message names it as a user name or number', () => {
    const text = 'my username used to be Birch-4471 but they changed it';
    expect(masked(text)).toBe(text);
  });
});

describe('a user name and its password written as one pair', () => {
  it('masks only the password', () => {
    expect(masked('I can log in as j.varga/Paprika_2021 but the certs are not there')).toBe(
      'I can log in as j.varga/[secret removed] but the certs are not there',
    );
  });

  it('leaves an address with a path alone', () => {
    expect(masked('see https://example.com/support/renewals')).toBe('see https://example.com/support/renewals');
  });
});

describe('a plain word tried alongside a password-shaped one', () => {
  it('is a password too (often a default one)', () => {
    expect(masked('keystore password incorrect. we tried changeit and Tr0mbone-44')).toBe(
      'keystore password incorrect. we tried [secret removed] and [secret removed]',
    );
  });

  it('but not a word outside the parenthesis that closed the first', () => {
    expect(masked('password keeps failing (tried Wx7-pelican-3) and jarsigner rejects it')).toContain('jarsigner');
  });
});

describe('PINs and one-time codes by their place', () => {
  it.each([
    ['The token PIN stopped working, tried 4412-0937 twice now.', '4412-0937'],
    ['The reset code you emailed, 482 913, says it has expired.', '482 913'],
    ['my verification code 771-204 was refused', '771-204'],
    ['forgot pfx passphrase for code signing. it is Gl4cier.Moss I thought', 'Gl4cier.Moss'],
    ['I set a password on the pfx when I downloaded it in 2022. It was something like Osprey_2022 but that is rejected.', 'Osprey_2022'],
  ])('%j masks %j', (text, secret) => {
    expect(masked(text)).not.toContain(secret);
  });

  it.each([
    'the password was changed on 2024-05-01 and the promo code 2024 did not apply',
    'Do token PINs expire?',
    'After five wrong try of password the account is lock. How I can make new password?',
    'my password reset went to www.example.com/help and the site is Example.com',
  ])('%j stays as typed', (text) => {
    expect(masked(text)).toBe(text);
  });
});

describe('identifiers that sit where a password might', () => {
  it.each([
    ['sieal 0x3A7F9C21E04B is what the cert says', '0x3A7F9C21E04B'],
    ['password manager got wiped account is mk_harlow need to set a fresh password', 'mk_harlow'],
    ['Which handle did I register with? Tride my emali and my usual one, jdoe77, neithr is recognied.', 'jdoe77'],
  ])('%j keeps %j', (text, identifier) => {
    expect(masked(text)).toContain(identifier);
  });

  it('a password for the account is still the password', () => {
    expect(masked('the password for my account is Hunter2024')).not.toContain('Hunter2024');
    expect(masked('passphrase for our code signing key correcthorse-battery#staple signtool says incorrect')).not.toContain('correcthorse-battery#staple');
  });
});

describe('a password named after the account it opens', () => {
  it('is still a password cue ("account password … Its Lantern-77")', () => {
    expect(masked("my main account password isn't working. Its Lantern-77 if that helps.")).not.toContain('Lantern-77');
  });

  it.each(['Dear Sir/Madam, I cannot log in', 'Account under user m8Kq_dev shows no certs'])('%j stays as typed', (text) => {
    expect(masked(text)).toBe(text);
  });
});

describe('a quoted password and a quoted error message', () => {
  it.each(["the password 'Xk9#mPq2' fails", 'my password: "hunter 2"'])('%j: the quoted value is masked', (text) => {
    expect(masked(text)).toContain('[secret removed]');
  });

  it.each(["It says 'incorrect password' but I'm sure I typed it right", 'the screen shows "wrong password" but it is the right one'])(
    '%j: the quote closing the error opens no secret',
    (text) => {
      expect(masked(text)).toBe(text);
    },
  );
});

describe('a cue naming what another noun is about', () => {
  it.each(['Locking a token after three wrong PIN tries is absurd', 'the password policy is stupid', 'our password manager is bitwarden'])(
    '%j stays as typed',
    (text) => {
      expect(masked(text)).toBe(text);
    },
  );

  it.each(['the password I have been using is sunshine', 'password for the account is sunshine'])('%j: the word after the verb is the password', (text) => {
    expect(masked(text)).not.toContain('sunshine');
  });

  it.each([
    "password hint was 'first dog' lol",
    'the account password I have is out of date too',
    'I have the username and password written down My problem is only that the old login is off',
  ])('%j stays as typed: a hint, a state', (text) => {
    expect(masked(text)).toBe(text);
  });

  it.each(["the password is 'first dog'", "pass is 'Ab12!xyz'", 'password hint is Summer2020!'])(
    '%j: a quoted value or a shaped one is still masked',
    (text) => {
      expect(masked(text)).toContain('[secret removed]');
    },
  );
});

describe('words and numbers after a cue that are no password', () => {
  it('"both" after the cue says what happened to two passwords', () => {
    expect(masked('the pfx passphrase and my own login password: both lost, neither works')).not.toContain('[secret removed]');
  });

  it('a user name named in another language stays ("la contraseña El usuario es lmartin")', () => {
    expect(masked('olvidé el usuario no perdón la contraseña El usuario es lmartin')).toContain('lmartin');
  });

  it('a customer number named by its abbreviation stays, however far the password cue before it ("cust no. on hand: 7734102")', () => {
    expect(masked('forgot pw. cust no. on hand: 7734102')).toContain('7734102');
  });
});

describe('names of tools and standards shaped like passwords', () => {
  it.each(['we store the token passphrase in 1Password, the entry is called signing', 'the pipeline signs through the PKCS#11 driver'])(
    '%j stays as typed',
    (text) => {
      expect(masked(text)).toBe(text);
    },
  );

  it('a password after its cue is masked even when it spells a tool ("password is Windows11")', () => {
    expect(masked('my password is Windows11')).not.toContain('Windows11');
  });
});

describe('variants of one password offered together', () => {
  it.each(['tiired Bluebird77 and bluebird77! neither gets me in', 'Bluebird77, Bluebird78 or bluebird77! nothing works'])(
    '%j: every variant is masked',
    (text) => {
      expect(masked(text)).not.toMatch(/bluebird/i);
    },
  );

  it('a user name spelling the same word stays as typed', () => {
    expect(masked('user bluebird77 and password Bluebird77!')).toContain('user bluebird77 and');
  });

  it('a state word misspelt after the cue is no password ("Kennort ist abbgelaufen")', () => {
    expect(masked('mein Kennort ist abbgelaufen, was nun?')).toBe('mein Kennort ist abbgelaufen, was nun?');
  });
});

describe('a password where an identifier was named', () => {
  it('a word joined to digits by a symbol is no order number ("order number Lindenbaum#42")', () => {
    expect(masked('sorry that was my password not the order number Lindenbaum#42, please delete it')).not.toContain('Lindenbaum#42');
  });

  it.each(['order number ORD#5512', 'order #88310'])('%j stays as typed', (text) => {
    expect(masked(text)).toBe(text);
  });
});

describe('values the review found unmasked', () => {
  it.each([
    'the password for the admin page is sunflower',
    'the PIN for the settings page is sunflower',
    'Mon mot de passe est « sunflower »',
    'le mot de passe « sunflower » ne marche pas',
    'my password is "sun\'flower" now',
  ])('%j: the value is masked', (text) => {
    expect(masked(text)).not.toContain('sunflower');
    expect(masked(text)).not.toContain('flower');
  });
});

describe('a passphrase after its cue ends where the customer speaks again', () => {
  it.each([
    ['the passphrase on the p12 is amber falcon winter bridge and signtool says it is wrong', 'amber falcon winter bridge', 'and signtool says it is wrong'],
    ['my passphrase was lunar otter velvet tide but it gets rejected', 'lunar otter velvet tide', 'but it gets rejected'],
    ['passphrase for the key was Harbor-Quartz-42 i think but the tool refuses it', 'Harbor-Quartz-42', 'i think but the tool refuses it'],
  ])('%j masks the phrase and keeps what follows', (text, secret, after) => {
    expect(masked(text)).not.toContain(secret);
    expect(masked(text)).toContain(after);
  });

  it('a passphrase with no words after it is masked to the end of its clause', () => {
    expect(masked('my passphrase is copper lantern meadow song')).toBe('my passphrase is [secret removed]');
  });
});

describe('passwords described, proposed, joined into one token or tried on a token', () => {
  it.each([
    ['my pass word is three words: otter violin cabbage, and the site keeps refusing it', 'otter violin cabbage'],
    ['walnut-ferry-glass-orbit ... pasted it twice, same error', 'walnut-ferry-glass-orbit'],
    ['I saved the pfx with Seeadler.Brot.42 as the backup password and the import rejects it', 'Seeadler.Brot.42'],
    ['would something like Pepper!Moss9 be long enough for the new password?', 'Pepper!Moss9'],
    ['5521, then 5512. the usb token said wrong PIN both times', '5521'],
    ['the pinn on the dongle is 7734 and it says incorrect', '7734'],
  ])('%j masks the secret', (text, secret) => {
    expect(masked(text)).not.toContain(secret);
  });

  it.each([
    'the password is lost after the update, please reset it',
    'Mijn password is kwijt sinds vorige week',
    'Forgot pw. INV-20931.',
    'the cert was ordered under REF/2023/00871 and the password no longer works',
    'our ACME key id kid_7Hq2Lp works but the account password does not',
    'the user name used to be something like tb-admin-ops, the password I have',
    'token locked, call me on +44 20 7946 0381',
    'the token PIN is wrong since 2023, order 558210',
    'the password for our well-known-shop-front.co.uk account fails',
  ])('%j stays as typed', (text) => {
    expect(masked(text)).toBe(text);
  });
});

describe('a value named by its use after it, and references named in customers’ own words', () => {
  it('masks "Bramble_47 is what I\'ve always typed"', () => {
    expect(masked("Bramble_47 is what I've always typed and now it says incorrect")).not.toContain('Bramble_47');
  });

  it.each([
    'Bramble_47 is what I always typed as my username, the password I forgot',
    'I have number of order, is 2023/4471-DE, and I forget the password',
    'we bought the ssl thru 24-7Hosting and the password fails',
  ])('%j stays as typed', (text) => {
    expect(masked(text)).toBe(text);
  });
});

describe('cues typed with their letters jumbled, and words after a cue that say how the password is', () => {
  it.each([
    ['paswoodr is Gingersnap_19 and it says incoerct', 'Gingersnap_19'],
    ['the pasphrrae is Kettle-Moor-71', 'Kettle-Moor-71'],
    ['my password is four wrods blue tractor happy window Since Monday it fails', 'blue tractor happy window'],
  ])('%j masks %j', (text, secret) => {
    expect(masked(text)).not.toContain(secret);
  });

  it.each([
    'Quanto dura il link per la password Il mio è già scaduto',
    "Et pour le mot de passe c'est pareil ou c'est une autre procédure",
    'I need the SSL for connemara-riding.ie moved, the password is fine',
    "The passphrase for the signing cert is fine our build server has it and signing works What I've lost is the password for the account under ops@harbourline.dev",
  ])('%j stays as typed', (text) => {
    expect(masked(text)).toBe(text);
  });
});

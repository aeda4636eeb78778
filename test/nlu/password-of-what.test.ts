// Which password: the account's, when it fails where the customer logs in and the code signing
// certificate is only what the account holds; the certificate's, when it is on a file or token.
import { describe, expect, it } from 'vitest';
import { readByRules } from '../../src/nlu/rules.js';

const needsOf = (text: string) => [...readByRules(text).needs].sort();

describe("the account's password, beside a code signing certificate it holds", () => {
  it.each([
    'When I try to log in to renew our code signing certificate your site says the password is wrong.',
    'The pfx password sits in our vault and works. The login page for the code signing account rejects our password though.',
    'We set the token PIN and told it to everyone, so signing is fine. Logging into your portal fails on the password.',
    'I must log into the account that ordered our code signing cert, and the freelancer was the only one who knew its password.',
    "The reissue page for our code signing cert keeps asking for the password and I can't recall what it was.",
    'We know the passphrase for the p12, fine, but not the one for logging in on your website, and we must get in to renew.',
    'Login for the account that holds our EV signing cert: build@example.dev / Qh!2024build. It says invalid.',
  ])('%j is the account password', (text) => {
    expect(needsOf(text)).toEqual(['reset_password']);
  });
});

describe("the certificate's password", () => {
  it.each([
    'the code signing certificate password is lost',
    'the pfx for our code signing cert will not import, it says wrong password',
    'The code signing cert password AND the ISO login are both gone.',
    'lost the pasword for our code singing cert, the p12 one',
    'etoken locked. need to sign tonight.',
    "It's not my account password, it's the password on the .pfx file that I can't remember.",
    'Lost the username AND the .p12 password. Great start to Monday.',
  ])('%j is the code signing password', (text) => {
    expect(needsOf(text)).toContain('codesign_password');
    expect(needsOf(text)).not.toContain('reset_password');
  });
});

describe("the certificate's secret said had or denied, or the login said to work", () => {
  it.each([
    ['We lost the password to the account that bought our code signing cert. I do have the token and its PIN.', ['reset_password']],
    ["Not the pfx export password, it's the website login for the account with our code signing cert", ['reset_password']],
    ["Forgot the account password; the cert's password is with our agency and fine.", ['reset_password']],
    ["It's the signing cert's PIN I need. I know the account password, I'm logged in right now.", ['codesign_password']],
    ['I thought it was my login password, but it is the PIN of the signing token: my login went through fine just now.', ['codesign_password']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });

  it('"Customer no. is K-0092817." gives the number, and asks nothing', () => {
    expect(needsOf('Customer no. is K-0092817.')).toEqual([]);
  });
});

describe('"the one for" the other thing', () => {
  it.each([
    ['I forgot the account password, not the one for the certificate', ['reset_password']],
    ["J'ai oublié le mot de passe du compte, pas celui du certificat.", ['reset_password']],
    ["J'ai perdu le mot de passe de mon compte. Celui du certificat de signature de code aussi.", ['codesign_password', 'reset_password']],
    ['Kundennummer weg, Passwort ebenfalls.', ['recover_username', 'reset_password']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });
});

describe("a token's PIN or a file's password said to fail, further from its name", () => {
  it.each([
    "The PIN we chose when the code signing token arrived isn't working anymore and now it's locked.",
    'Der PIN für unseren Signatur-Token ist richtig notiert, aber das Tool meldet falsche PIN.',
    'Kennwort für die Firmen-PFX stimmt aber nicht',
  ])('%j is the certificate password', (text) => {
    expect(needsOf(text)).toEqual(['codesign_password']);
  });
});

describe("a website's or an e-mail certificate's file password is outside the sources", () => {
  it.each([
    'The .pfx of our website certificate is password-protected and nobody knows what was set. Website SSL only.',
    'My S/MIME certificate password is not accepted when I import the file',
  ])('%j is no code signing password', (text) => {
    expect(needsOf(text)).not.toContain('codesign_password');
  });

  it('a token PIN beside an EV certificate is still the code signing one', () => {
    expect(needsOf('the token PIN will be locked after the next wrong attempt, the EV cert is on there')).toEqual(['codesign_password']);
  });
});

describe('a password the sources have no steps for: another thing’s, not the account’s or a code-signing certificate’s', () => {
  it.each([
    'My S/MIME certificate password is not accepted in Thunderbird',
    'nginx asks for the passphrase on every restart since the new TLS cert went in',
    'I forgot the Windows Hello PIN on my laptop, can you reset it?',
    "Can't remember the webmail password for the mailbox your reminders go to",
    'cpanel password forgotten, that is where the ssl lives',
    'my wordpress admin password stopped working after the certificate went on',
    'can you reset the password of our hosting control panel?',
  ])('%j reads no need and goes to a person', (text) => {
    const read = readByRules(text);
    expect(read.needs).toEqual([]);
    expect(read.outsideSources).toBe(true);
  });

  it.each([
    ['The password for the portal account holding our S/MIME certs has expired', ['reset_password']],
    ['Windows asks for the private key password every time the build signs our setup.exe', ['codesign_password']],
    ['Lost the password of my S/MIME backup file, can I talk to someone about it?', ['human']],
    ['I forgot the password for my account with you, not the cpanel one', ['reset_password']],
    ['I use the same email for cPanel, but your site says wrong password', ['reset_password']],
    ['I tried logging in over the VPN and my password is rejected on your site', ['reset_password']],
    ['I forgot my password for the control panel of your website', ['reset_password']],
  ])('%j still reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });
});

describe('certificates for e-mail or a web server, whatever their file', () => {
  it.each([
    'Thunderbird will not import the backup of my S/MIME certificate, it says the backup password is wrong. It is for signing emails.',
    'Exporting our web server certificate to a .p12 for the load balancer: what should the export password be?',
  ])('%j reads no need', (text) => {
    expect(readByRules(text).needs).toEqual([]);
  });
});

describe("a mail server's certificate file, in other languages", () => {
  it.each([
    'Il file .p12 del certificato SSL del nostro server di posta chiede una password che nessuno ricorda.',
    'Le fichier .p12 du certificat de notre serveur de messagerie demande un mot de passe.',
  ])('%j reads no need', (text) => {
    expect(readByRules(text).needs).toEqual([]);
  });
});

describe("the account's password tried on the file", () => {
  it.each([
    "Which password goes with the .pfx you sent for our code signing certificate? Our account password doesn't open it.",
    "our login password won't open the p12 file, what is its password?",
    "tried the account password on the pfx, no luck. I don't know what else it could be",
  ])('%j is the code signing password alone', (text) => {
    expect(needsOf(text)).toEqual(['codesign_password']);
  });

  it('"my account password doesn\'t open the account any more" is still the account\'s', () => {
    expect(needsOf("my account password doesn't open the account any more")).toEqual(['reset_password']);
  });
});

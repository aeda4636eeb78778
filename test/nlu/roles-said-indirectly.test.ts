// Roles said through what a helper did, whom the customer works for, or whose the certificates are
// (src/nlu/roles.ts), with the look-alikes that say no role.
import { describe, expect, it } from 'vitest';
import { readWithRules } from '../../src/nlu/rules.js';

const roleOf = (text: string) => readWithRules(text).understanding.slots.role;

describe('a client: a helper did it', () => {
  it.each([
    'A freelancer created the login for me and I lost the user name',
    'Our managed IT provider handled the client certificates and created the account',
    'the certificate file is locked with a passphrase the contractor chose',
    "I didn't set anything up, the agency did all the logins",
    'the guy who built our website bought the certificate as well',
    "our marketing agency's login for us stopped working",
    'my daughter bought the ssl for our bakery site',
    "I'm the owner. Well, not really, the agency we hired runs the certificates.",
  ])('%j is a client', (text) => {
    expect(roleOf(text)).toBe('client');
  });
});

describe('a webmaster: logins and sites for others', () => {
  it.each([
    'I made logins for my clients years ago, so I am the developer',
    "my client's login to the certificate portal was created by me",
    'As a webmaster, do I have to ask every client for a new account?',
    'I do the web stuff for a couple of dentists and a florist',
    'I look after the IT for a few local charities',
    'I handle code signing for three software clients',
    'I look after hosting and certs for about thirty local businesses',
    'I manage certificates for a chain of eight pharmacies',
    'We build desktop apps for clients, and we handle their certificates too',
  ])('%j is a webmaster', (text) => {
    expect(roleOf(text)).toBe('webmaster');
  });
});

describe('an owner: the certificates are theirs', () => {
  it.each([
    'My certs, my account. I forgot the user name.',
    'the account is in my own name',
    'Our certificates are handled by us, no outside help',
    'these are my certificates and I deal with them',
    'I manage my certs myself, no web guy',
    "I've always handled the certificates myself, bought straight from you",
    "I'm not the webmaster, I'm the webmaster's boss and it's our company's certificate",
    'The certificates are from me, I manage them alone',
    'we renew them on our own, always have',
  ])('%j is an owner', (text) => {
    expect(roleOf(text)).toBe('owner');
  });
});

describe('no role', () => {
  it.each([
    'it asks for a customer number and I have no idea where it is',
    'Our IT department handles the certificates but they asked me to get the invoice',
    'I never created logins for anyone, it is my own separate certificate login that died',
  ])('%j says no role', (text) => {
    expect(roleOf(text)).toBeUndefined();
  });
});

describe('an owner: the helper has a login the customer made', () => {
  it.each([
    'our designer has a separate login that I set up for her',
    'the contractor has his own account, we created it last spring',
    'Our IT consultant got one too, I made it when we hired him',
  ])('%j is an owner who delegated', (text) => {
    const { slots } = readWithRules(text).understanding;
    expect(slots.role).toBe('owner');
    expect(slots.delegated).toBe(true);
  });

  it('a helper who has the login they made for the customer is a client’s helper', () => {
    expect(roleOf('our agency has the login they made for us')).toBe('client');
  });
});

describe("a client: whoever did the website, or the host firm's people, did the certificate", () => {
  it.each([
    'the lad that built our shop site also did the SSL, I never touched it',
    "our web host's tech sorted the certificate for us",
    'whoever it was who designed our website set up the cert as well',
  ])('%j is a client', (text) => {
    expect(roleOf(text)).toBe('client');
  });
});

describe('a webmaster: selling certificates on to clients', () => {
  it.each(['we resell SSL certificates to our customers and manage them', 'I sell your certs to my clients'])('%j is a webmaster', (text) => {
    expect(roleOf(text)).toBe('webmaster');
  });
});

describe('"client" only in the name of a certificate or page says no role', () => {
  it.each(['we issue client certificates to our 40 staff', 'the client portal shows no certificates', 'un certificado de cliente para el correo'])(
    '%j says no role, even to the models',
    (text) => {
      const read = readWithRules(text);
      expect(read.understanding.slots.role).toBeUndefined();
      expect(read.roleWithheld).toBe(true);
    },
  );

  it('"I manage client certificates for my clients" is still a webmaster', () => {
    expect(roleOf('I manage client certificates for my clients')).toBe('webmaster');
  });
});

describe('who they are, told with nothing wrong', () => {
  it.each([
    "I'm a web developer, the certificates are all my customers'",
    'my nephew built our site and made me an account for the certificate',
    'I handle all our certificates myself',
  ])('%j tells a role and states no need, for the models either', (text) => {
    const read = readWithRules(text);
    expect(read.understanding.slots.role).toBeDefined();
    expect(read.needWithheld).toBe(true);
  });

  it.each([
    "I'm a web developer for several clients and one of them can't log in",
    'my nephew built our site and made me an account; which account is the certificate in?',
    'Mein Webdesigner hat den Login eingerichtet, der geht nicht mehr',
    'I handle our certificates myself and I never had the customer number',
  ])('%j tells a role beside trouble or a question: the need is still read', (text) => {
    expect(readWithRules(text).needWithheld).toBe(false);
  });
});

describe('roles in more words and languages', () => {
  it.each([
    ['Everything was set up by Dana at PixelForge, our agency.', 'client'],
    ['the hosting people made the account and gave us a user name', 'client'],
    ['The company that runs our servers gave me a login for the certificates', 'client'],
    ["We're a customer of a design-and-hosting studio and their login for us is gone", 'client'],
    ['our web agency used to handle the renewals for us', 'client'],
    ['my niece set the signing certificate up for our app', 'client'],
    ['Unser IT-Dienstleister hat das Konto eingerichtet', 'client'],
    ['Vår webbyrå skötte certifikaten', 'client'],
    ['The certificates belong to my company and I bought them', 'owner'],
  ])('%j is a %s', (text, role) => {
    expect(roleOf(text)).toBe(role);
  });

  it.each([
    "I have my own account with you but the certificate isn't in it",
    'No, I did not make a login for the developer',
    'the hosting company did all of that',
  ])('%j says no role, for the models either', (text) => {
    const read = readWithRules(text);
    expect(read.understanding.slots.role).toBeUndefined();
  });

  it('only denying a login made for anyone keeps the models from reading a role', () => {
    expect(readWithRules('I never made a login for our developer').roleWithheld).toBe(true);
  });
});

describe('roles in the words of vendors, delegators and staff', () => {
  it.each([
    ['Our IT vendor had set up the account long back and shared only the password with us.', 'client'],
    ["I'm not the web guy. I'm the one who made a separate certificate login for the web guy.", 'owner'],
    ['Good afternoon, I am developer in a software house. The pfx of our code signing certificate wants a password.', undefined],
    ['Our parish website man, Derek, bought a certificate for us through the host.', 'client'],
    ['I bought both of them myself, the shop one and the charity one.', 'owner'],
    ["I bought the SSL for our bakery's site myself, paid by card.", 'owner'],
    ['Hello, I am developer in small game studio. The p12 wants a password.', undefined],
    ['I own the shop, but the lad who built our website runs all the certificate side for us.', 'client'],
    ['my daughter she made all the web things for us in 2021', 'client'],
    ['not a client, I own the shop and the certs', 'owner'],
    ["I'm the customer, the account is in my own name", 'owner'],
    ['it was Ravenhill Media that created all our logins with you', 'client'],
    ['Our IT firm ran our certificates through ALTAIRE and has gone bust', 'client'],
    ['never gave our developer a login of his own, he messages me and I renew it myself', 'owner'],
    ["I'm the customer, not the web developer. The sign-on he gave me was shut down.", 'client'],
    ['I do the IT for three vets practices and a pharmacy, none of them are mine.', 'webmaster'],
    ["my customers keep asking me which customer account they're on", 'webmaster'],
    ["Il certificato di firma del codice è nostro, l'abbiamo comprato noi.", 'owner'],
    ['Last year I bought a code signing certificate from you myself.', 'owner'],
  ])('%j is %s', (text, role) => {
    expect(roleOf(text)).toBe(role);
  });
});

describe('a role or a delegation only denied', () => {
  it.each([
    "I'm not the webmaster.",
    "I didn't set anything up for a developer, we don't have one",
    "no, we didn't give the agency anything, they never needed it",
    'no, the web developer never got his own login from me',
  ])('%j says no role, for the models either', (text) => {
    const read = readWithRules(text);
    expect(read.understanding.slots.role).toBeUndefined();
    expect(read.roleWithheld).toBe(true);
  });
});

it('a role said after the denial is not withheld: "I\'m not the webmaster, I\'m the client - my developer made the login for me"', () => {
  expect(readWithRules("I'm not the webmaster, I'm the client - my developer made the login for me").roleWithheld).toBe(false);
});

describe('a webmaster for one client, and one writing about their own certificate', () => {
  it.each([
    'I look after the SSL for a client of mine and her login died',
    'Le llevo el certificado de firma de código a un cliente que hace apps.',
    'Per un cliente: il login che gli avevo fatto non va più.',
    'Gerencio o certificado de um cliente meu, uma software house.',
  ])('%j is a webmaster', (text) => {
    expect(roleOf(text)).toBe('webmaster');
  });

  it.each([
    'I build sites for other people, but this is about my personal blog certificate, which I pay for out of my own pocket.',
    "I'm a web designer, but this one is about my own certificate for my portfolio site.",
    'freelance dev for clients, but the code signing cert is mine, bought and looked after by me.',
  ])('%j is an owner', (text) => {
    expect(roleOf(text)).toBe('owner');
  });

  it('a webmaster whose own login password is lost stays a webmaster', () => {
    expect(roleOf("I manage certs for a few clients but the password I've forgotten is for my personal account")).toBe('webmaster');
  });
});

describe('the company’s own staff doing the work is no outside helper', () => {
  it.each([
    'Our in-house developer set up the certificate account and is on holiday. I need the username.',
    'The engineer on our payroll exported the signing cert and the passphrase is lost',
    "I'm the developer on staff here and the pfx password isn't in our vault",
    'A colleague from our IT team handled the certs and has left; the login no longer works',
  ])('%j says no role, for the models either', (text) => {
    const read = readWithRules(text);
    expect(read.understanding.slots.role).toBeUndefined();
    expect(read.roleWithheld).toBe(true);
  });

  it('reads the client when an outside helper did it beside the staff', () => {
    expect(roleOf('Our in-house developer is busy, so the agency we hired set up the account for us')).toBe('client');
  });

  it('leaves the models free when the company is said to own the certificate', () => {
    expect(readWithRules('The company owns it and I am the in-house developer who manages it').roleWithheld).toBe(false);
  });
});

describe('webmasters in more words', () => {
  it.each([
    'As their IT contractor, I set up a separate certificate login for the bakery and it stopped working',
    'I ordered the code signing certificate on behalf of a client and the pfx password is lost',
    'Half the padlocks on the sites we host have gone missing from our dashboard',
    'Web person for several physiotherapy clinics here, the separate logins are gone',
    'I keep the padlocks green on about thirty restaurant websites and my password is rejected',
    "Je m'occupe des certificats d'une quinzaine de clients, l'identifiant ne marche plus",
  ])('%j is a webmaster', (text) => {
    expect(roleOf(text)).toBe('webmaster');
  });

  it.each([
    ['I am the IT contractor at our company and forgot my password', undefined],
    ['My client number is 4471, I forgot the password', undefined],
  ])('%j is not', (text, role) => {
    expect(roleOf(text)).toBe(role);
  });
});

describe("a webmaster: other people's certificates looked after", () => {
  it.each([
    "We're a two-person design studio and we take care of the certificates for every shop we launch.",
    'do certs for 40ish wordpress sites. want a human not a bot',
    'hosting admin here, i deal with the certs for everyone on our servers',
    'Buongiorno, sono un web designer di Bari e gestisco i certificati per una decina di clienti.',
  ])('%j is a webmaster', (text) => {
    expect(roleOf(text)).toBe('webmaster');
  });

  it.each(['we manage the certificates for all our sites ourselves', 'I renew the SSL for our own website every year'])(
    '%j looks after its own: no webmaster',
    (text) => {
      expect(roleOf(text)).not.toBe('webmaster');
    },
  );
});

// Who the customer is, how they bought, ALTAIRE and the order number, said in words the first patterns did not
// meet: a trade introduced with "here", a helper's login, a denial reaching over "or", the way of buying told
// instead of the one denied, ALTAIRE asked about or set apart, nobody having given an order number.
import { describe, expect, it } from 'vitest';
import { readWithRules } from '../../src/nlu/rules.js';

const read = (text: string) => readWithRules(text);
const slots = (text: string) => read(text).understanding.slots;

describe('roles', () => {
  it.each([
    'IT contractor here, need to find which account a cert is on',
    'Small agency here. Two of the shops we look after cannot log in',
    'Every client certificate I look after is stuck since the change',
    "I'm not the owner, my clients are. I just do the sites.",
    'the certificate belongs to my client, I manage it for them',
  ])('%j is a webmaster', (text) => {
    expect(slots(text).role).toBe('webmaster');
  });

  it.each(["my web guy's login for our certificates stopped working", "Our developer's login for the SSL is dead since your change"])(
    '%j is a client: the helper holds the login',
    (text) => {
      expect(slots(text).role).toBe('client');
    },
  );

  it.each(["it's our certificate, we renew it every year", 'They are my certificates, nobody else touches them'])('%j is an owner', (text) => {
    expect(slots(text).role).toBe('owner');
  });

  it('a login the customer had made for the helper is delegated, said with "I\'d" too', () => {
    expect(slots("My web guy had a login I'd set up for him, it's refused now")).toMatchObject({ role: 'owner', delegated: true });
  });

  it.each([
    "it's my certificate password I can't remember",
    "It's our SSL certificate password that's lost",
    "it's my SSL provider's fault I think, the login keeps failing",
    'Accounts department here, we need the invoice',
    'Travel agency here, we cannot log into our account since yesterday',
    'Sarah here, I forgot my password',
  ])('%j says no role', (text) => {
    expect(slots(text).role).toBeUndefined();
  });

  it.each([
    "My freelancer's access to our certificates was revoked, I gave it to him years ago",
    "My designer's login that I gave him last year is refused now",
  ])('%j is an owner who delegated: the customer gave the helper that login', (text) => {
    expect(slots(text)).toMatchObject({ role: 'owner', delegated: true });
  });

  it.each(["Years ago I set up a separate sign-on for the agency that runs our website, and now it's gone", 'our developer has a username I created for her'])(
    '%j is an owner who delegated: a sign-on or a user made for the helper',
    (text) => {
      expect(slots(text)).toMatchObject({ role: 'owner', delegated: true });
    },
  );

  it('a former helper who made the login leaves the role to be read', () => {
    expect(read("Ex-developer made my login, and he's gone").roleWithheld).toBe(false);
  });

  it('a trade given up says no role, and the models are not asked for one', () => {
    const reading = read('Ex-web designer, I only need my own password reset');
    expect(reading.understanding.slots.role).toBeUndefined();
    expect(reading.roleWithheld).toBe(true);
  });
});

describe('how they bought', () => {
  it.each([
    ["We didn't buy it from a reseller or a host, we ordered it from you directly.", 'direct'],
    ['not a reseller, straight from you', 'direct'],
    ['no, through a reseller', 'reseller'],
    ['not direct, through our host', 'web_host'],
    ["bought from you, not a reseller. can't remember my customer number", 'direct'],
    ["Our reseller went bust and we've no idea which account our certs are in", 'reseller'],
  ])('%j is %s', (text, type) => {
    expect(slots(text).customerType).toBe(type);
  });

  it('a denial still reaches the second of two ways joined by "or": "we didn\'t buy it from a reseller or a host"', () => {
    expect(slots("we didn't buy it from a reseller or a host, I need my password").customerType).toBeUndefined();
  });

  it.each(['Not sure, through a reseller I think', 'Have I bought it from you? I can’t find any invoice'])(
    '%j is doubt or a question: no way of buying',
    (text) => {
      expect(slots(text).customerType).toBeUndefined();
    },
  );

  it.each(['I tried to buy a renewal on your website but I can’t even sign in.', 'I wanted to order a new certificate on your site but the login fails'])(
    '%j is a purchase only tried: no way of buying',
    (text) => {
      expect(slots(text).customerType).toBeUndefined();
    },
  );
});

describe('ALTAIRE set apart or asked about', () => {
  it.each([
    'We have nothing to do with ALTAIRE, bought it through our host.',
    "I'm with a competitor of ALTAIRE, not ALTAIRE itself. Can't log in",
    'Is ALTAIRE a partner of yours? Someone mentioned them.',
    'Are you part of ALTAIRE?',
    'Does being with ALTAIRE change how I reset my password?',
    'Are you the same company as ALTAIRE?',
    'Is ALTAIRE the same company as you?',
    'Do you work with ALTAIRE?',
  ])('%j is no partner account', (text) => {
    expect(slots(text).partner).not.toBe('altaire');
  });

  it.each([
    'Our account is through ALTAIRE and nobody can log in',
    "We're an ALTAIRE customer but this has nothing to do with ALTAIRE, I just need my password reset",
    'We switched from a competitor of ALTAIRE to ALTAIRE last year, and since then nobody here can log in',
    'Our account is with ALTAIRE. Are you part of ALTAIRE or separate?',
    "We're with ALTAIRE. Does being with ALTAIRE change how I reset my password?",
    "We work with ALTAIRE and I'd like to speak to someone on your partner team.",
  ])('%j still says an ALTAIRE account', (text) => {
    expect(slots(text).partner).toBe('altaire');
  });
});

describe('the order number', () => {
  it.each(['Nobody ever gave me an order number.', 'nobody sent us any order number'])('%j says they do not have it', (text) => {
    expect(slots(text).hasOrderNumber).toBe(false);
  });

  it.each(['Nobody can log in but I have the order number', "Nobody told me I'd need the order number, but I have it here: 99120"])(
    '%j says nobody did something else: they have it',
    (text) => {
      expect(slots(text).hasOrderNumber).toBe(true);
    },
  );
});

describe('slots said in words met in blind sets', () => {
  it.each(['A volunteer built our club website and set up the certificate for us', 'the volunteer who runs our site made our login'])(
    '%j is a client of an outside helper',
    (text) => {
      expect(slots(text).role).toBe('client');
    },
  );

  it.each(["We're a hosting company customer and the login fails", 'The SSL came with our hosting plan and now I am locked out'])(
    '%j bought through a web host',
    (text) => {
      expect(slots(text).customerType).toBe('web_host');
    },
  );

  it("We're a hosting company and resell certificates is no web host that sold them", () => {
    expect(slots("We're a hosting company and resell certificates").customerType).not.toBe('web_host');
  });

  it.each(['our EV certificates are in the old account', 'two OV certs vanished'])('%j names SSL certificates', (text) => {
    expect(slots(text).product).toBe('ssl');
  });

  it.each(['Wir sind keine ALTAIRE-Kunden, ich brauche nur den Benutzernamen', 'We zijn geen ALTAIRE klant'])('%j denies ALTAIRE', (text) => {
    expect(slots(text).partner).not.toBe('altaire');
  });
});

describe('slots said in words met in blind set fresh-full-k', () => {
  it.each([
    'Do we need to be an ALTAIRE partner to order in bulk?',
    'Does ALTAIRE handle the account resets, or do you?',
    'how do we become an ALTAIRE partner',
  ])('%j asks about ALTAIRE, says no partner', (text) => {
    expect(slots(text).partner).not.toBe('altaire');
  });

  it('"we have an EV on the shop" names an SSL certificate', () => {
    expect(slots("Dashboard says 'no certificates found' but we have an EV on the shop right now").product).toBe('ssl');
  });

  it('"orders 40029117 and 40029118" are order numbers had', () => {
    expect(slots('I have orders 40029117 and 40029118, both bought directly').hasOrderNumber).toBe(true);
  });
});

// How the customer bought, the order number and ALTAIRE, said the ways customers say them: a link on
// someone's blog, an order number that never existed, ALTAIRE named only to be denied.
import { describe, expect, it } from 'vitest';
import { readByRules, readWithRules } from '../../src/nlu/rules.js';

const slots = (text: string) => readByRules(text).slots;

describe('an affiliate told by the link', () => {
  it.each(['I clicked a link on a cooking blog to buy the certificate', 'got it through a link in a youtube video, the guy gets a commission'])(
    '%j is an affiliate purchase',
    (text) => {
      expect(slots(text).customerType).toBe('affiliate');
    },
  );

  it('a reset link is no purchase', () => {
    expect(slots('the reset link from your blog post does nothing').customerType).toBeUndefined();
  });
});

describe('an order number that never was', () => {
  it.each(['the order number never arrived as far as I know', 'we lost the order numbers in the migration', 'the order number i never got'])(
    '%j says they do not have it',
    (text) => {
      expect(slots(text).hasOrderNumber).toBe(false);
    },
  );
});

describe('ALTAIRE named and denied', () => {
  it.each([
    'ALTAIRE is not ours, we bought from the host',
    'we used to be with altaire but moved to you directly',
    'the mail mentioned ALTAIRE partner accounts but ours is not one',
  ])('%j is no partner account', (text) => {
    expect(slots(text).partner).not.toBe('altaire');
  });

  it('an ALTAIRE partner said plainly still is one', () => {
    expect(slots('we are an ALTAIRE partner and need a password reset').partner).toBe('altaire');
  });
});

describe('ways of buying said in other words and languages', () => {
  it.each([
    ['Purchased from one of your distributors in Poland', 'reseller'],
    ['our IT supplier sells your certs among other things', 'reseller'],
    ['Le certificat a été acheté chez un revendeur', 'reseller'],
    ['Compramos o certificado pela nossa empresa de hospedagem', 'web_host'],
    ['We bought the certificate over our webhoster', 'web_host'],
    ['corporate contract with a prepaid certificate allowance', 'epki'],
    ["we're an e pki customer", 'epki'],
    ['Ordered in your online shop last year', 'direct'],
    ['The certificate comes with our webspace from Hostbrunn, included in the tariff', 'web_host'],
    ['our hosting is from a firm called Larkhill Digital - they sold us the SSL with the package, and I have no idea what the password is', 'web_host'],
    ['we are customers of Nordsoft, they are reselling your certificates in Finland', 'reseller'],
    ['bought through the link in a YouTuber’s bio', 'affiliate'],
    ['came to your shop from a tutorial site whose discount link took 10% off', 'affiliate'],
    ['paid at your checkout with my own card, nobody in between', 'direct'],
    ['we placed the order on your site in 2022', 'direct'],
    ['we bought maybe a dozen certificates straight from your online shop', 'direct'],
    ['i first got the cert from a link on a hosting review blog years ago', 'affiliate'],
    ['Bought the OV code signing cert straight off your site in March.', 'direct'],
    ['solo indie dev, bought my own code signing cert from your website last year', 'direct'],
    ['Last year I bought a code signing certificate from you myself', 'direct'],
    ['Comprámos diretamente no vosso site.', 'direct'],
    ['Nous avons acheté directement chez vous', 'direct'],
    ['we got the ssl off the guys who sold us our email setup, they sent a link to order it and we paid there invoice', 'reseller'],
  ])('%j is %s', (text, type) => {
    expect(slots(text).customerType).toBe(type);
  });
});

describe('no way of buying said', () => {
  it.each([
    'I host about 30 sites for customers and renew their certificates',
    'the contractor who does our hosting needs a login',
    'Bought it myself last year, can I have the password reset',
    'can a support engineer look at my case directly?',
    "i'd rather sort this out with someone from your support team directly, could you get me one of them?",
    'No, we did not buy it through a host.',
    'how do I know if I am a direct customer?',
    'Would I still have an order number if I had bought through my host?',
    'I think it was a reseller but not sure',
  ])('%j says none', (text) => {
    const read = readWithRules(text);
    expect(read.understanding.slots.customerType).toBeUndefined();
  });

  it('a denied or asked-about way keeps the models out too', () => {
    expect(readWithRules("it wasn't direct").customerTypeWithheld).toBe(true);
    expect(readWithRules('what is an E-PKI account, do we have one?').customerTypeWithheld).toBe(true);
  });

  it('hosting said of the customer, and the purchase through a host too, is a host', () => {
    expect(slots('we host a few sites ourselves but this certificate we bought through our hosting company').customerType).toBe('web_host');
  });
});

describe('the product', () => {
  it.each([
    ["it isn't a code signing thing, it's the normal SSL on our website", 'ssl'],
    ["Not code signing. Not SSL. It's the S/MIME email certificate", 'client_cert'],
    ['Token PIN forgotten', 'code_signing'],
    ['I exported the SSL certificate from IIS and it wants a pfx password', 'ssl'],
  ])('%j is %s', (text, product) => {
    expect(slots(text).product).toBe(product);
  });
});

describe('hosting and ALTAIRE named without buying through them', () => {
  it('"I look after hosting and certs for thirty local businesses" is no purchase from a host', () => {
    expect(slots('I look after hosting and certs for about thirty local businesses').customerType).toBeUndefined();
  });

  it('"someone thought it was ALTAIRE, but … it is from you directly" is no partner', () => {
    const read = slots("Someone here thought it was ALTAIRE, but the invoice says it's from you directly");
    expect(read.partner).not.toBe('altaire');
    expect(read.customerType).toBe('direct');
  });
});

describe('two ways of buying offered, or how to tell asked: no way said', () => {
  it.each([
    'either the reseller or you, honestly could not say which. The password fails.',
    "might've been our host, might've been directly from you",
    'how do we find out whether we bought direct or through a partner?',
  ])('%j says no customer type', (text) => {
    expect(slots(text).customerType).toBeUndefined();
  });
});

describe("how things go for anyone: a question, not the customer's own need", () => {
  it.each([
    'If someone forgets their customer number, what would you ask them for?',
    'How does a password reset work when the account came through a hosting company?',
    'Who sets the PIN on a new signing token, you or us?',
  ])('%j states no need and no way of buying', (text) => {
    const read = readByRules(text);
    expect(read.needs).toEqual([]);
    expect(read.slots.customerType).toBeUndefined();
  });

  it("the same question with the customer's own loss beside it states the need", () => {
    expect(readByRules('If someone forgets their customer number, what would you ask for? I forgot my customer number.').needs).toContain('recover_username');
  });
});

describe('how they bought, told by who sends the invoice or the contract it comes under', () => {
  it.each([
    ['our IT supplier orders the certs and invoices us for them', 'reseller'],
    ['The contractor buys the certificates and puts them on his invoice to us every quarter', 'reseller'],
    ["c'est notre prestataire informatique qui l'achète et qui nous le refacture", 'reseller'],
    ['Central IT issued my certificate under the university’s agreement with you', 'epki'],
    ['We have one contract with you that covers every certificate in the group', 'epki'],
    ['The invoice came from your company, so it was bought from you', 'direct'],
    ['Comprei o certificado na loja do vosso site e paguei com cartão', 'direct'],
  ])('%j is %s', (text, type) => {
    expect(slots(text).customerType).toBe(type);
  });

  it.each([
    'My web host told me to contact you about my password',
    'Unser Hoster meinte, ich müsse mich direkt an Sie wenden. Passwort vergessen.',
    'We never go through a middleman for anything',
  ])('%j says no way of buying', (text) => {
    expect(slots(text).customerType).toBeUndefined();
  });
});

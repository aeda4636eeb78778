// Whether the customer has the order number is read within its own clause: a "not" about the password
// in the clause before does not deny it, and a number given with it says they have it. And "I don't
// remember" in other languages reads as forgetting, like "vergessen" and "oublié" already did.
import { describe, expect, it } from 'vitest';
import { readByRules, readWithRules } from '../../src/nlu/rules.js';

const hasOrderNumber = (text: string) => readByRules(text).slots.hasOrderNumber;

describe('rules: the order number, clause by clause', () => {
  it.each([
    'need to get into my account, password not working, order number is 887766',
    "password isn't accepted; order no. 5512093 if that helps",
    'the reset link never came, my order number: CA-20931',
    'nobody knows which login order 90-442-1187 was placed under',
    "do you need the order number too? i've got it",
  ])('"%s" has the order number', (text) => {
    expect(hasOrderNumber(text)).toBe(true);
  });

  it.each([
    'Order number I do not have.',
    "I don't have the order number",
    'order number is lost, sorry',
    'we never kept the order number, and the password is gone',
  ])('"%s" does not', (text) => {
    expect(hasOrderNumber(text)).toBe(false);
  });
});

describe('rules: an order number had once and lost since', () => {
  it.each([
    'We did have an order number in the confirmation mail, but that mail is deleted and it is gone.',
    'used to have the order number somewhere, no idea where now',
    'I had the order number from the invoice though I think it got lost in the move',
    'the order number was on a sticky note and that is lost',
  ])('"%s" does not have it', (text) => {
    expect(hasOrderNumber(text)).toBe(false);
  });

  it.each([
    'I have the order number but lost the password',
    'got the order number, and lost my username',
    'I had lost the order number but found it again, still have it',
  ])('"%s" has it (what is lost is something else, or it was found)', (text) => {
    expect(hasOrderNumber(text)).toBe(true);
  });
});

describe('rules: two ways of buying offered with doubt', () => {
  it.each([
    "could have been our hosting company or a reseller, I honestly don't remember",
    'Either you directly or the affiliate link, no clue which',
    'maybe E-PKI, maybe a reseller?',
  ])('"%s" is an unknown way of buying', (text) => {
    expect(readByRules(text).slots.customerType).toBe('unknown');
  });

  it.each([
    ['we bought through a reseller, not directly', 'reseller'],
    ['not sure about much, but it was a reseller', 'reseller'],
  ])('"%s" is %s', (text, type) => {
    expect(readByRules(text).slots.customerType).toBe(type);
  });
});

describe('rules: not remembering, in other languages', () => {
  it.each(['Je ne me souviens plus de mon mot de passe', 'No recuerdo mi contraseña', 'Ich weiß nicht mehr mein Passwort', 'Não me lembro da senha'])(
    '"%s" is a password reset',
    (text) => {
      expect(readByRules(text).needs).toEqual(['reset_password']);
    },
  );
});

describe('rules: an order named by its id, and questions about the order number', () => {
  it.each([
    'Our order is ORD-640019, I would like a callback',
    'order SO-2024-55817 is stuck, which account is it under?',
    'got the order nr from the receipt, 30044712',
    'No clue what the password was, the order number though I do still have.',
  ])('"%s" has it', (text) => {
    expect(hasOrderNumber(text)).toBe(true);
  });

  it.each([
    'do you need the order number?',
    'Is the 10-digit one on the receipt the order number?',
    'can i reset my password with just the order number?',
    'if i give you the order number can you tell me my username',
    'the reference on my bank statement is 4921-KX-0087, would that be the order number??',
    "I forgot my password. On the reset form, does the order number go in the 'customer number' box?",
  ])('"%s" says neither', (text) => {
    expect(hasOrderNumber(text)).toBeUndefined();
  });

  it.each([
    'Eine Bestellnummer habe ich leider nicht mehr',
    'we lost all the old mail, including whatever order number you sent',
    "so i can't give you an order number",
  ])('"%s" does not have it', (text) => {
    expect(hasOrderNumber(text)).toBe(false);
  });

  it('a question answered by a number in the next sentence has it', () => {
    expect(hasOrderNumber('do you need the order number? I have it here: 30044712')).toBe(true);
  });
});

describe('the order number denied before it, or only wondered at', () => {
  it.each([
    ["I don't have the order number but I have the email address on the account", false],
    ["Nope, haven't got the order number.", false],
    ['I have zero idea where the order number is', false],
    ["Je n'ai pas le numéro de commande", false],
    ["Am I supposed to have an order number? I've never seen one.", false],
    ['The order confirmation got deleted with my old mailbox', false],
    ["I haven't lost the order number, it's right here on my desk", true],
    ['I have the command number: 71208834', true],
  ])('%j: has it %s', (text, has) => {
    expect(readByRules(text).slots.hasOrderNumber).toBe(has);
  });

  it.each([
    'can you reset my password? also, unrelated, is the order number on the invoice?',
    'the order number might be in an old email',
    'wo finde ich die Bestellnummer?',
  ])('%j only wonders: neither rules nor models read it', (text) => {
    const read = readWithRules(text);
    expect(read.understanding.slots.hasOrderNumber).toBeUndefined();
    expect(read.orderNumberWithheld).toBe(true);
  });
});

describe('rules: the order number held by someone else, deleted, or not to hand', () => {
  it.each([
    'Our bookkeeper has the order number, I do not.',
    'the order number stays with finance and not with me. I need my password reset',
    'our order numbers all sit in the agency inbox, never mine',
    "the order number's not to hand, it's on the office PC",
    'threw away the mail with the order number last spring',
    'le numéro de commande, c’est notre revendeur qui l’a, pas nous.',
    'Het ordernummer ligt bij onze webbouwer, dat hebben wij zelf niet.',
    'No tengo el número de orden, pero sí la factura.',
    'Il faut le numéro de commande ? Parce que je ne l’ai pas.',
  ])('"%s" does not have it', (text) => {
    expect(hasOrderNumber(text)).toBe(false);
  });

  it('a lost customer number beside an order number had is not the order number lost', () => {
    expect(hasOrderNumber("I do have the order number. My customer number I don't")).toBe(true);
  });
});

describe('rules: a question about the order number by its question mark alone', () => {
  it.each([
    'The order number? Possibly. Somewhere in a drawer.',
    'el numero de pedido es el que empieza con ORD o el largo de la factura? first time doing this',
    'J’ai un numéro de facture, FA-2024-118. C’est ça le numéro de commande ?',
    'Is 4471-0925 the order number? It is the only number on my receipt.',
  ])('"%s" says neither', (text) => {
    expect(hasOrderNumber(text)).toBeUndefined();
  });

  it.each([
    'order number? got it: 100-48-2271. username? no idea',
    "you want the order number? it's 20419937",
    'Got the order number in front of me - what else do you want?',
  ])('"%s" asks and answers at once: they have it', (text) => {
    expect(hasOrderNumber(text)).toBe(true);
  });

  it.each(["the order number? no, I can't find that email anywhere, sorry, I must have deleted it", 'order number?? nope'])(
    '"%s" asks and answers at once: they have none',
    (text) => {
      expect(hasOrderNumber(text)).toBe(false);
    },
  );

  it('"I can\'t find that email anywhere" is a message lost, not the account\'s address unknown', () => {
    expect(readByRules("the order number? no, I can't find that email anywhere").slots.hasEmailOrUsername).toBeUndefined();
  });
});

describe('the order number lacking in more words, and asked about around having it', () => {
  const orderOf = (text: string) => readByRules(text).slots.hasOrderNumber;
  it.each([
    'no order nr, got the cert through my host',
    'Order number, no clue. Finance paid for it.',
    'The order number I have not, only the invoice',
    'Nobody here has an order number for these certs',
    'none of them ever passed me an order number',
    'the email with the order number went with my old laptop',
    "je n'ai jamais reçu de numéro de commande",
  ])('%j lacks it', (text) => {
    expect(orderOf(text)).toBe(false);
  });

  it.each([
    'Would I still have an order number if the host bought it?',
    'do we have an order number? how would we know',
    'Not sure I still have the order number, do you need it?',
    "I've got 30-11842 from a bank statement, can't tell if it's yours or an order number",
    'I keep typing my invoice number into the order number field and it says not found',
    'Before anything else - where is the order number printed?',
  ])('%j says neither, for the models too', (text) => {
    expect(orderOf(text)).toBeUndefined();
    expect(readWithRules(text).orderNumberWithheld).toBe(true);
  });

  it.each([
    'how do I get my username if all I have is an order number?',
    'Is the order number the one starting with ORD? If so I have ORD-20931.',
    'Got the order number right here - what else do you need?',
  ])('%j has it', (text) => {
    expect(orderOf(text)).toBe(true);
  });
});

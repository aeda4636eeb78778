// Classes found by the w42a/w42b conversations (terse typing, long stories) and by the conversations a
// retrained model stopped reading: a reseller by the link sent after paying it, doubt about the
// account's e-mail that is no doubt about buying, Polish hosting, a refund asked for, success said as
// "the guide sorted it", a person spoken of that the models may not add, and the password of a code
// signing certificate beside a lost user name.
import { describe, expect, it } from 'vitest';
import { trainClassifier } from '../../src/nlu/classifier.js';
import { readByRules, readWithRules } from '../../src/nlu/rules.js';
import { createUnderstand } from '../../src/nlu/understand.js';

describe('how it was bought', () => {
  it.each([
    ['we paid Netzwerk Partner GmbH, they sent us a link to order it', 'reseller'],
    ["We bought direct from you and I have the order number ORD-771045, but I don't know which email or user name the account is under", 'direct'],
    ['aha, już wiem: płaciliśmy firmie hostingowej, certyfikat był w pakiecie z hostingiem', 'web_host'],
  ])('%j is %s', (text, type) => expect(readByRules(text).slots.customerType).toBe(type));

  it('"not sure if it was a reseller or something" says no way', () => {
    expect(readByRules('not sure if it was a reseller or something').slots.customerType).toBeUndefined();
  });
});

describe('outside the sources', () => {
  it('"need refund on a cert we never used pls human" goes to a person', () => {
    const said = readByRules('need refund on a cert we never used pls human');
    expect(said.outsideSources || said.needs.includes('human')).toBe(true);
  });
});

describe('success in other words', () => {
  it.each(["great, the retrieval guide sorted it, I'm in now", 'the steps fixed it'])('%j is yes', (text) => expect(readByRules(text).answer).toBe('yes'));
});

describe('a person spoken of', () => {
  it('is ruled out for the models too', () => {
    const read = readWithRules("Was about to ask for a real person but let's try you first. I've lost the password for the account our SSL sits in.");
    expect(read.understanding.needs).toEqual(['reset_password']);
    expect(read.needsRuledOut).toContain('human');
  });

  it('a person wanted is not ruled out', () => {
    expect(readWithRules('your colleague told me to reset it, but I want to talk to a person').needsRuledOut).not.toContain('human');
  });
});

describe('the code signing certificate password beside a lost user name', () => {
  it('"forgot my username and also the pw on the code singing cert" is no account password', () => {
    expect(readByRules('hi so i forgot my username and also the pw on the code signing cert').needs).toEqual(['codesign_password', 'recover_username']);
  });

  it('"forgot my username and password" is both halves of the login', () => {
    expect(readByRules('forgot my username and password').needs).toEqual(['recover_username', 'reset_password']);
  });
});

describe('"first, …" in a long story', () => {
  it('puts that need first', async () => {
    const read = createUnderstand(trainClassifier([]));
    const needs = (
      await read(
        "Two things. First, I can't remember our customer number for the certificate account. Second, the exported code signing certificate file has a password nobody knows.",
      )
    ).needs;
    expect(needs).toEqual(['recover_username', 'codesign_password']);
  });

  it('"at first" puts nothing first', async () => {
    const read = createUnderstand(trainClassifier([]));
    expect((await read("at first I thought it was the customer number, but the pfx password is what's gone and the customer number too")).needs[0]).toBe(
      'codesign_password',
    );
  });
});

// Answers to the bot's questions as customers type them: one letter, a sound before the word, "both"
// or "neither", or another language's "no idea" and "we don't have it".
import { describe, expect, it } from 'vitest';
import { readByRules } from '../../src/nlu/rules.js';

describe('rules: answers in a word, after a sound or in another language', () => {
  it.each([
    ['y', 'yes'],
    ['y, I set that login up for her myself', 'yes'],
    ['hmm no', 'no'],
    ['well yes', 'yes'],
    ['both', 'yes'],
    ['neither', 'no'],
    ['n', 'no'],
    ['idk', 'unsure'],
    ['Keine Ahnung, wie das gekauft wurde', 'unsure'],
    ['ni idea', 'unsure'],
  ])('%j answers %s', (text, answer) => {
    expect(readByRules(text).answer).toBe(answer);
  });

  it.each(['yo', 'yellow', "both still don't work"])('%j is no yes or no', (text) => {
    expect(readByRules(text).answer).toBeUndefined();
  });

  it.each([
    ["No, il numero d'ordine originale non ce l'abbiamo più", false],
    ['die Bestellnummer haben wir nicht mehr', false],
  ])('%j: the order number no longer had, in other languages', (text, has) => {
    expect(readByRules(text).slots.hasOrderNumber).toBe(has);
  });

  it('"nunca creé un login para nadie más" made no login for anyone', () => {
    expect(readByRules('nunca creé un login para nadie más').slots.delegated).toBe(false);
  });
});

describe('rules: yes and no in other languages, said last, or "both"', () => {
  it.each([
    ['Ja, danke, das hat geholfen.', 'yes'],
    ['Sim, ficou claro, obrigado.', 'yes'],
    ['sí', 'yes'],
    ['Non, ça ne m’aide pas', 'no'],
    ['nee', 'no'],
    ["the guide asks for things I don't have either. so no", 'no'],
    ["it's in the confirmation mail, together with the email address I signed up with, so I've got both", 'yes'],
  ])('%j answers %s', (text, answer) => {
    expect(readByRules(text).answer).toBe(answer);
  });

  it.each(['si no tengo el número de pedido, qué hago', 'no problem at all, I am here'])('%j is no yes', (text) => {
    expect(readByRules(text).answer).not.toBe('yes');
  });

  it.each(['Nein, das hilft nicht', 'partly, there is a second one I still cannot find', 'non mi aiuta'])('%j says the steps did not help', (text) => {
    expect(readByRules(text).notHelped).toBe(true);
  });
});

describe('rules: the e-mail or user name known, beside the order number', () => {
  it.each([
    ["it's in the confirmation mail, together with the email address I signed up with, so I've got both", true],
    ['Ja, het ordernummer heb ik nog, en het e-mailadres van het account weet ik ook.', true],
    ['yep, got the order number in an old invoice email', undefined],
  ])('%j: e-mail or user name %s', (text, known) => {
    expect(readByRules(text).slots.hasEmailOrUsername).toBe(known);
  });
});

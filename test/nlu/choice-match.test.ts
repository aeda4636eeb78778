import { describe, expect, it } from 'vitest';
import { matchChoice } from '../../src/nlu/choice-match.js';

const buttons = [
  { id: 'web_host', label: 'Through my web host' },
  { id: 'reseller', label: 'Through a reseller' },
  { id: 'epki', label: 'With an enterprise (E-PKI) account' },
  { id: 'direct', label: 'Directly from Example CA' },
  { id: 'not_sure', label: 'Not sure' },
];

describe('matchChoice', () => {
  it.each([
    ['Through a reseller', 'reseller'],
    ['through a reseller!', 'reseller'],
    ['THROUGH A RESELLER', 'reseller'],
    ['thorugh a reseller', 'reseller'],
    ['reseller', 'reseller'],
    ['not sure', 'not_sure'],
    ['directly from example ca', 'direct'],
  ])('%j picks %s', (typed, id) => {
    expect(matchChoice(typed, buttons)?.id).toBe(id);
  });

  it.each(['banana', 'we paid someone', ''])('%j matches nothing', (typed) => {
    expect(matchChoice(typed, buttons)).toBeUndefined();
  });
});

describe('matchChoice: a button picked by its place', () => {
  it.each([
    ['the 2nd', 'reseller'],
    ['second one', 'reseller'],
    ['the first', 'web_host'],
    ['option 3', 'epki'],
    ['#4', 'direct'],
    ['number two please', 'reseller'],
    ['the last one', 'not_sure'],
    ['5', 'not_sure'],
  ])('%j picks %s', (typed, id) => {
    expect(matchChoice(typed, buttons)?.id).toBe(id);
  });

  it.each(['the 7th', 'two', 'one of them', 'the second time it failed'])('%j picks none', (typed) => {
    expect(matchChoice(typed, buttons)).toBeUndefined();
  });
});

// A loss or a need supposed for some later day ("if we ever lose the token PIN…", "in case we ever need
// a person…"), or asked about with nothing wrong now ("nothing urgent", "planning ahead"), states no need:
// the bot answers a question rather than starting the steps. Trouble told now beside it still counts.
import { describe, expect, it } from 'vitest';
import { readWithRules } from '../../src/nlu/rules.js';

const needsOf = (text: string) => readWithRules(text).understanding.needs;

describe('supposed for later', () => {
  it.each([
    'if we ever lose the token PIN, who do we call?',
    'If I forget the keystore password some day, can the certificate be reissued?',
    'In case we ever need to talk to a person, what are your opening hours?',
    'Nothing urgent: what would I do if my account got locked after too many tries?',
    'no problem right now, but how would I get my username back if I lost it one day?',
    'planning ahead for our runbook: if the password is forgotten later on, who can request a reset?',
  ])('%j reads no need', (text) => {
    expect(needsOf(text)).toEqual([]);
  });
});

describe('trouble told now beside a supposition', () => {
  it.each([
    ["if I ever forget it again I'll scream, but right now the pfx password is rejected", ['codesign_password']],
    ['nothing urgent, but I forgot my password', ['reset_password']],
    ["if we ever need a person we'll ask, but right now I need my customer number", ['recover_username']],
    ['should I ever forget my password, can you reset it? actually I have forgotten it already', ['reset_password']],
    ['if we ever lose the token PIN, who do we call? asking because our token is locked right now', ['codesign_password']],
    ["if I ever lose my token PIN who do I call - actually it's already locked now", ['codesign_password']],
    ["what would I do if the token PIN locks? it's locked", ['codesign_password']],
    ['for our records, what is the username on our account?', ['recover_username']],
    ["nothing urgent, whenever you get a chance: what's my username?", ['recover_username']],
    ['for the documentation, which account are our certificates in?', ['find_account']],
  ])('%j reads %j', (text, needs) => {
    expect(needsOf(text)).toEqual(needs);
  });
});

it('the sign-on, already retired, supposed for later is no mere question: "should the ISO login be retired one day, who do we call?"', () => {
  expect(readWithRules('should the ISO login be retired one day, who do we call?').withheldAs).toBeUndefined();
});

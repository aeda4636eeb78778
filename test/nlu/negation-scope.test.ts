// How far a negation reaches: within its clause, stopping at a new subject, a request, or a
// subordinate clause ("since", "after", "when", "although"), which states its own fact.
import { describe, expect, it } from 'vitest';
import { affirmed } from '../../src/nlu/negation.js';

describe('a subordinate clause ends a negation', () => {
  it.each([
    ["my certificates aren't showing since the iso login was switched off", /\biso\b/],
    ["we didn't notice until the signon was gone", /\bsignon\b/],
    ["i don't see them although the certificate is there", /\bcertificate\b/],
  ])('%j affirms %s', (text, pattern) => {
    expect(affirmed(text, pattern)).toBe(true);
  });

  it.each([
    ['not since the iso change, it was before', /\biso\b/],
    ['not the iso login', /\biso\b/],
  ])('%j, the negator right before it, still denies %s', (text, pattern) => {
    expect(affirmed(text, pattern)).toBe(false);
  });
});

describe('a refusal is trouble, not a denial', () => {
  it.each([
    ['it will not accept my password', /\bpassword\b/],
    ['the page did not recognise my username', /\busername\b/],
  ])('%j affirms %s', (text, pattern) => {
    expect(affirmed(text, pattern)).toBe(true);
  });

  it('"not my password" still denies it', () => {
    expect(affirmed('it is not my password', /\bpassword\b/)).toBe(false);
  });
});

describe('a new subject and its verb start a clause, typed without a comma too', () => {
  it.each([
    ['we didnt buy direct it was thru a reseller', /\breseller\b/],
    ['not direct it was our host', /\bhost\b/],
    ['no not the username they were asking for the password', /\bpassword\b/],
  ])('%j affirms %s', (text, pattern) => {
    expect(affirmed(text, pattern)).toBe(true);
  });

  it.each([
    ["i don't think it was the host", /\bhost\b/],
    ['not sure it is a reseller', /\breseller\b/],
    ["i don't think that it was direct", /\bdirect\b/],
    ['not convinced it was direct', /\bdirect\b/],
    ["i'm not aware it was through a reseller", /\breseller\b/],
    ["i'm not saying it was direct", /\bdirect\b/],
    ['not sure which cert it is , ssl or client', /\bssl\b/],
  ])('%j, a thought denied, still denies %s', (text, pattern) => {
    expect(affirmed(text, pattern)).toBe(false);
  });
});

describe('a denied match does not hide an affirmed one that starts inside it', () => {
  it.each([
    ["it's not my account password , it's the password on the pfx file that i can't remember", /\bpassword\b[^.]{0,30}\bpfx\b/],
    ['not the username , the username on the old card is what i lost', /\busername\b[^.]{0,30}\b(lost|card)\b/],
  ])('%j affirms %s', (text, pattern) => {
    expect(affirmed(text, pattern)).toBe(true);
  });

  it('every start within reach still denied is denied', () => {
    expect(affirmed("it's not the password for the pfx , no", /\bpassword\b[^.]{0,30}\bpfx\b/)).toBe(false);
  });
});

// The retired sign-on told as customers met it: a login of their own for the certificate pages, or one
// a helper made for them, said gone, switched off or deactivated, in English and in Polish. What a
// certificate login's failing user name or password says is the retirement, not a lost half.
import { describe, expect, it } from 'vitest';
import { readWithRules } from '../../src/nlu/rules.js';

const read = (text: string) => readWithRules(text).understanding;

describe('a login only for the certificates, said gone', () => {
  it.each([
    'I renewed their certificates through a login that only opened the certificate pages. Since your new system went live it tells me the account has been deactivated.',
    "so it's me asking: what happened to the separate login we used just for certificates?",
    "My username only ever worked on the separate certificate login, which you've now switched off. Where am I supposed to log in now?",
    'the certificate page login stopped working after the update',
    'I used to go in through the certs page with my own separate username; now it redirects me to a customer account page',
    'the login we had just for the certificates got binned with the new system',
  ])('%j is the retired sign-on', (text) => {
    expect(read(text).needs).toEqual(['regain_access']);
  });

  it('an account said deactivated is trouble, not a webmaster introducing themselves', () => {
    const u = read('I look after the websites for a few charities. Since your new system went live it tells me the account has been deactivated.');
    expect(u.slots.role).toBe('webmaster');
    expect(
      readWithRules('I look after the websites for a few charities. Since your new system went live it tells me the account has been deactivated.')
        .needWithheld,
    ).toBe(false);
  });

  it('a password that worked once is no trouble over', () => {
    expect(readWithRules('my password only ever worked on the old separate login, which you switched off').needWithheld).toBe(false);
  });
});

describe("a helper's login for us, said gone", () => {
  it('an unknown user after it is the retirement, not a lost user name', () => {
    const { understanding, needsRuledOut } = readWithRules('the old login our webmaster made for us no longer exists?? it just says unknown user now');
    expect(understanding.needs).toEqual(['regain_access']);
    expect(understanding.slots.role).toBe('client');
    expect(needsRuledOut).toContain('recover_username');
  });

  it('a user name forgotten as well is still a need of its own', () => {
    expect(read('the login my web guy made for me no longer exists and I forgot my username too').needs).toEqual(['recover_username', 'regain_access']);
  });
});

describe('in Polish', () => {
  it('a separate login for the certificates, made by our webmaster, not working since the change', () => {
    const u = read(
      'Dzień dobry, nasz webmaster założył nam kiedyś osobny login tylko do certyfikatów. Od zmiany systemu ten login nie działa. Co mamy zrobić?',
    );
    expect(u.needs).toEqual(['regain_access']);
    expect(u.slots.role).toBe('client');
  });
});

describe('wanting a call beside it', () => {
  it.each([
    "the login just for the certificate pages stopped after your change and honestly I'd rather somebody rang me",
    'I would prefer it if you called me',
  ])('%j asks for a person', (text) => {
    expect(read(text).needs).toContain('human');
  });

  it('a call that happened is no request', () => {
    expect(read('your colleague called me yesterday about the invoice').needs).not.toContain('human');
  });
});

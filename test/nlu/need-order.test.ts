// Several needs the rules read in one message are taken in the order said, and one the customer puts
// first in so many words first; a person wanted still comes before it. Needs the models add keep the ranking.
import { describe, expect, it } from 'vitest';
import type { Need } from '../../machines/domain.js';
import { trainClassifier } from '../../src/nlu/classifier.js';
import { inOrderSaid } from '../../src/nlu/need-order.js';
import { normalise } from '../../src/nlu/text.js';
import { createUnderstand } from '../../src/nlu/understand.js';

const read = createUnderstand(trainClassifier([]));
const ranked = (...needs: Need[]) => needs;

describe('several needs in one message', () => {
  it('are taken in the order said when none is put first', async () => {
    const text = 'forgot the password for my account, and also the code signing certificate asks for a password when I export it';
    expect((await read(text)).needs).toEqual(['reset_password', 'codesign_password']);
  });

  it('keep the fixed ranking when the order said is not asked for (the models read one of them)', () => {
    const text = normalise('forgot the password for my account, and also the code signing certificate asks for a password when I export it');
    expect(inOrderSaid(['codesign_password', 'reset_password'], text)).toEqual(['codesign_password', 'reset_password']);
  });

  it.each([
    ['I lost my user name and my password. PASSWORD FIRST', ['reset_password', 'recover_username']],
    ["Can't remember my user name and the password is probably gone too. Start with the password please", ['reset_password', 'recover_username']],
    ['First and most urgent: the customer number. After that the password of the p12 file', ['recover_username', 'codesign_password']],
    ['pwd n uname both gone, pwd first', ['reset_password', 'recover_username']],
  ])('a need put first in so many words is taken first: %j', (text, needs) => {
    expect(
      inOrderSaid(
        ranked('codesign_password', 'recover_username', 'reset_password').filter((n) => needs.includes(n)),
        normalise(text),
      ),
    ).toEqual(needs);
  });

  it('"the first time" puts nothing first', () => {
    expect(inOrderSaid(ranked('recover_username', 'reset_password'), normalise('the first time I forgot my password, now my username too'))).toEqual([
      'recover_username',
      'reset_password',
    ]);
  });

  it('a person wanted still comes before a need put first', () => {
    expect(inOrderSaid(ranked('human', 'recover_username', 'reset_password'), normalise('password first please, and then a person'))).toEqual([
      'human',
      'reset_password',
      'recover_username',
    ]);
  });

  it('the password of a code signing file put first does not put the account password first', () => {
    const text = 'my username is lost and the account password too, but first the password of the pfx file';
    expect(inOrderSaid(ranked('recover_username', 'reset_password'), normalise(text))).toEqual(['recover_username', 'reset_password']);
  });
});

// At "did that solve it?": "partly, there's a second one I still can't find" is not helped even in words
// of another need the same steps covered, and a webmaster refused a client's reset who then asks for
// their own account's is a new request.
import { describe, expect, it } from 'vitest';
import { says } from '../support/messages.js';
import { startConversation } from '../support/machine-actor.js';

describe('support machine: not helped, in words of the same ground', () => {
  it('"which account" said as not helped after the sign-on steps offers a person, not the same steps again', async () => {
    const chat = startConversation();
    await chat.send(says({ needs: ['regain_access'], slots: { role: 'owner', delegated: false } }));
    expect(chat.outcomes).toEqual(['owner-find-accounts']);

    const said = await chat.send(says({ needs: ['find_account'], notHelped: true }));

    expect(said).toEqual(['common.notSolved']);
    expect(chat.outcomes).toEqual(['owner-find-accounts']);
  });

  it('another need said as not helped is still taken up', async () => {
    const chat = startConversation();
    await chat.send(says({ needs: ['regain_access'], slots: { role: 'owner', delegated: false } }));

    await chat.send(says({ needs: ['recover_username'], notHelped: true }));

    expect(chat.outcomes).toEqual(['owner-find-accounts', 'username-recovery']);
  });
});

describe("support machine: a webmaster's own account after a client's was refused", () => {
  it.each([{ whoseAccount: 'own' as const }, {}])('the reset asked again with %j is their own, and goes ahead', async (whose) => {
    const chat = startConversation();
    await chat.send(says({ needs: ['reset_password'], slots: { role: 'webmaster', whoseAccount: 'client' } }));
    expect(chat.outcomes).toEqual(['webmaster-client-self']);

    await chat.send(says({ needs: ['reset_password'], slots: { ...whose, customerType: 'direct', hasOrderNumber: true, hasEmailOrUsername: true } }));

    expect(chat.outcomes).toEqual(['webmaster-client-self', 'reset-direct-self']);
  });

  it("the client's reset asked again is refused again", async () => {
    const chat = startConversation();
    await chat.send(says({ needs: ['reset_password'], slots: { role: 'webmaster', whoseAccount: 'client' } }));

    await chat.send(says({ needs: ['reset_password'], slots: { whoseAccount: 'client' } }));

    expect(chat.outcomes).not.toContain('reset-direct-self');
  });
});

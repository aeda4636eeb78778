// The transcript contract: entries read back exactly (key order included) and in the order appended, per
// conversation and over a period grouped by key byte-wise, deleted by age, and handed out as copies.
import { expect, it } from 'vitest';
import type { TranscriptArchive, TranscriptEntry, TranscriptLog } from '../../../src/ports/transcript-log.js';
import { inbound, outbound, variedEntries } from './transcript-fixtures.js';

export function transcriptContract(freshStore: () => Promise<TranscriptLog & TranscriptArchive>): void {
  it('reads an empty transcript for a conversation it has never seen', async () => {
    const store = await freshStore();

    expect(await store.readTranscript('c-unknown')).toEqual([]);
  });

  it('reads a transcript back in the order it was appended, across calls, and keeps conversations apart', async () => {
    const store = await freshStore();
    const first = [inbound('c1', 1000, 'I forgot my password'), outbound('c1', 1001, 'reset.askCustomerType')];
    const second = [inbound('c1', 2000, 'From my web host'), outbound('c1', 2001, 'reset.webHost', 'self_service')];

    await store.appendTranscript(first);
    await store.appendTranscript([inbound('c2', 1500, 'hello')]);
    await store.appendTranscript(second);

    expect(await store.readTranscript('c1')).toEqual([...first, ...second]);
    expect(await store.readTranscript('c2')).toEqual([inbound('c2', 1500, 'hello')]);
  });

  it('keeps the order of one call even when the times are not in order, and accepts an empty call', async () => {
    const store = await freshStore();
    const entries = [outbound('c1', 3000, 'a'), inbound('c1', 1000, 'b'), outbound('c1', 2000, 'c'), inbound('c1', 2000, 'd')];

    await store.appendTranscript([]);
    await store.appendTranscript(entries);

    expect(await store.readTranscript('c1')).toEqual(entries);
  });

  it('keeps the outcome of an entry, and leaves it out where there was none', async () => {
    const store = await freshStore();

    await store.appendTranscript([outbound('c1', 1, 'handoff.queued', 'handoff'), outbound('c1', 2, 'reset.done')]);

    const [withOutcome, withoutOutcome] = await store.readTranscript('c1');
    expect(withOutcome?.outcome).toBe('handoff');
    expect(withoutOutcome).not.toHaveProperty('outcome');
  });

  it('keeps a transcript exactly: unicode, quotes, backslashes, NUL and nested values', async () => {
    const store = await freshStore();
    const text = 'Mot de passe oublié 🔐 "quoted" \\ back\\slash, {braces}, NUL:\u0000 end';
    const entry: TranscriptEntry = {
      conversationKey: 'c1',
      at: 1_700_000_000_123,
      direction: 'in',
      activity: { type: 'message', text, attachments: [{ contentType: 'x', content: { nested: [1, 2.5, null, true] } }] },
    };

    await store.appendTranscript([entry]);

    expect(await store.readTranscript('c1')).toEqual([entry]);
  });

  it('reads every kind of activity back exactly as appended, key order included', async () => {
    const store = await freshStore();
    const keys = ['webchat:conv-1', 'msteams:19:abc@thread.tacv2;messageid=1', 'directline:é🔐'];
    for (const key of keys) await store.appendTranscript(variedEntries(key));

    for (const key of keys) {
      const read = await store.readTranscript(key);
      expect(read).toEqual(variedEntries(key));
      expect(read.map((entry) => JSON.stringify(entry.activity))).toEqual(variedEntries(key).map((entry) => JSON.stringify(entry.activity)));
    }
    const ranged = await store.readTranscriptsBetween(0, 10);
    const byteOrder = [...keys].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(ranged).toEqual(byteOrder.flatMap(variedEntries));
    expect(ranged.map((entry) => JSON.stringify(entry.activity))).toEqual(
      byteOrder.flatMap((key) => variedEntries(key).map((entry) => JSON.stringify(entry.activity))),
    );
  });

  it('takes entries of several conversations in one call, each kept in its order', async () => {
    const store = await freshStore();
    const mixed = [inbound('c1', 1, 'a'), inbound('c2', 2, 'b'), outbound('c1', 3, 'c'), outbound('c2', 4, 'd'), inbound('c1', 5, 'e')];

    await store.appendTranscript(mixed);

    expect(await store.readTranscript('c1')).toEqual([mixed[0], mixed[2], mixed[4]]);
    expect(await store.readTranscript('c2')).toEqual([mixed[1], mixed[3]]);
  });

  it('deletes the entries older than the cutoff, in every conversation, and says how many', async () => {
    const store = await freshStore();
    await store.appendTranscript([inbound('c1', 1000, 'old'), outbound('c1', 1999, 'old'), inbound('c1', 2000, 'kept'), outbound('c1', 3000, 'kept')]);
    await store.appendTranscript([inbound('c2', 500, 'old'), inbound('c2', 2500, 'kept')]);

    expect(await store.deleteTranscriptsBefore(2000)).toBe(3);

    expect(await store.readTranscript('c1')).toEqual([inbound('c1', 2000, 'kept'), outbound('c1', 3000, 'kept')]);
    expect(await store.readTranscript('c2')).toEqual([inbound('c2', 2500, 'kept')]);
    expect(await store.deleteTranscriptsBefore(2000)).toBe(0);
  });

  it('hands out copies of transcript entries', async () => {
    const store = await freshStore();
    const entry = inbound('c1', 1000, 'I forgot my password');
    await store.appendTranscript([entry]);
    entry.activity.text = 'changed after appending';

    const [read] = await store.readTranscript('c1');
    if (read) read.activity.text = 'changed after reading';

    expect(await store.readTranscript('c1')).toEqual([inbound('c1', 1000, 'I forgot my password')]);
  });

  it('reads the entries of a time range across conversations: from inclusive, to exclusive', async () => {
    const store = await freshStore();
    await store.appendTranscript([inbound('c1', 999, 'before'), inbound('c1', 1000, 'first'), outbound('c1', 1000, 'reset.askCustomerType')]);
    await store.appendTranscript([inbound('c2', 1500, 'hello'), outbound('c2', 1999, 'triage.askNeed')]);
    await store.appendTranscript([inbound('c1', 2000, 'at the end'), inbound('c3', 2500, 'after')]);

    const read = await store.readTranscriptsBetween(1000, 2000);

    expect(read).toEqual([
      inbound('c1', 1000, 'first'),
      outbound('c1', 1000, 'reset.askCustomerType'),
      inbound('c2', 1500, 'hello'),
      outbound('c2', 1999, 'triage.askNeed'),
    ]);
    expect(await store.readTranscriptsBetween(3000, 4000)).toEqual([]);
    expect(await store.readTranscriptsBetween(2000, 2000)).toEqual([]);
  });

  it('groups a range by conversation key, byte-wise, keeping the order each conversation was appended in', async () => {
    const store = await freshStore();
    const keys = ['webchat:b', 'webchat:B', 'directline:z', 'webchat:a', 'webchat:a-2'];
    // Interleaved over calls, with times out of order inside a conversation.
    for (const [n, key] of keys.entries()) await store.appendTranscript([inbound(key, 1000 + n, `${key} 1`), outbound(key, 1100 - n, 'x')]);
    for (const [n, key] of keys.entries()) await store.appendTranscript([inbound(key, 1200 - n, `${key} 2`)]);

    const read = await store.readTranscriptsBetween(0, 10_000);

    const byteOrder = [...keys].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(byteOrder).toEqual(['directline:z', 'webchat:B', 'webchat:a', 'webchat:a-2', 'webchat:b']);
    expect(read.map((entry) => [entry.conversationKey, entry.activity.text])).toEqual(
      byteOrder.flatMap((key) => [
        [key, `${key} 1`],
        [key, 'said x'],
        [key, `${key} 2`],
      ]),
    );
    expect(read.filter((entry) => entry.conversationKey === 'webchat:a')).toEqual(await store.readTranscript('webchat:a'));
  });

  it('keeps outcomes in a range read, and hands out copies', async () => {
    const store = await freshStore();
    await store.appendTranscript([outbound('c1', 1000, 'handoff.queued', 'handoff'), outbound('c1', 1001, 'reset.done')]);

    const [first, second] = await store.readTranscriptsBetween(1000, 1002);
    expect(first).toEqual(outbound('c1', 1000, 'handoff.queued', 'handoff'));
    expect(second).not.toHaveProperty('outcome');
    if (first) first.activity.text = 'changed after reading';

    expect(await store.readTranscriptsBetween(1000, 1002)).toEqual([outbound('c1', 1000, 'handoff.queued', 'handoff'), outbound('c1', 1001, 'reset.done')]);
  });
}

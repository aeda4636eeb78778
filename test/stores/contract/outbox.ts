// The outbox contract: undelivered replies kept until delivered, each claimed once, by one claimer.
import { expect, it } from 'vitest';
import type { Outbox } from '../../../src/ports/outbox.js';
import type { TranscriptEntry, TranscriptLog } from '../../../src/ports/transcript-log.js';
import { inbound, outbound } from './transcript-fixtures.js';

export function outboxContract(freshStore: () => Promise<Outbox & TranscriptLog>): void {
  it('keeps undelivered replies in the outbox until delivered, and hands out each appended before a time once, in order', async () => {
    const store = await freshStore();
    const pending = (key: string, at: number, text: string): TranscriptEntry => ({ ...outbound(key, at, text), undelivered: true });
    await store.appendTranscript([inbound('c1', 1000, 'I forgot my password'), pending('c1', 1001, 'a'), pending('c1', 1002, 'b')]);
    await store.appendTranscript([pending('c2', 1003, 'c'), pending('c3', 1004, 'd')]);
    await store.markDelivered('c2');
    await store.appendTranscript([pending('c1', 1005, 'e'), pending('c4', 10, 'older'), pending('c4', 2000, 'later')]);

    const claimed = await store.claimUndelivered(2000);
    expect(claimed).toEqual([
      outbound('c1', 1001, 'a'),
      outbound('c1', 1002, 'b'),
      outbound('c3', 1004, 'd'),
      outbound('c1', 1005, 'e'),
      outbound('c4', 10, 'older'),
    ]);
    expect(await store.claimUndelivered(2000)).toEqual([]);
    expect(await store.claimUndelivered(2001)).toEqual([outbound('c4', 2000, 'later')]);
    // The flag is the outbox's, not the transcript's: reads are unchanged.
    expect(await store.readTranscript('c1')).toEqual([
      inbound('c1', 1000, 'I forgot my password'),
      outbound('c1', 1001, 'a'),
      outbound('c1', 1002, 'b'),
      outbound('c1', 1005, 'e'),
    ]);
  });

  it('gives each undelivered reply to exactly one of several claimers racing', async () => {
    const store = await freshStore();
    await store.appendTranscript(
      Array.from({ length: 20 }, (_, index) => ({ ...outbound(`c${index % 4}`, 1000 + index, `r${index}`), undelivered: true as const })),
    );

    const claims = await Promise.all(Array.from({ length: 5 }, () => store.claimUndelivered(2000)));

    expect(claims.flat()).toHaveLength(20);
  });
}

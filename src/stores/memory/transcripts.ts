// Transcripts in memory, in the order appended, each entry kept as JSON text. The outbox (outbox.ts)
// reads and clears the undelivered flag of the same rows.
import type { TranscriptArchive, TranscriptEntry, TranscriptLog } from '../../ports/transcript-log.js';
import { promised } from '../promised.js';

export type TranscriptRows = { at: number; conversationKey: string; json: string; undelivered: boolean }[];

const entryOf = (row: TranscriptRows[number]) => JSON.parse(row.json) as TranscriptEntry;

export function memoryTranscripts(rows: TranscriptRows): TranscriptLog & TranscriptArchive {
  return promised<TranscriptLog & TranscriptArchive>({
    appendTranscript(entries) {
      for (const { undelivered, ...entry } of entries) {
        rows.push({ at: entry.at, conversationKey: entry.conversationKey, json: JSON.stringify(entry), undelivered: undelivered === true });
      }
    },

    readTranscript(conversationKey) {
      return rows.filter((row) => row.conversationKey === conversationKey).map(entryOf);
    },

    readTranscriptsBetween(from, to) {
      // A stable sort keeps each conversation's rows in the order they were appended; keys compare as
      // UTF-8 bytes, as the databases' binary collations do (UTF-16 order differs beyond the BMP).
      return rows
        .filter((row) => row.at >= from && row.at < to)
        .sort((a, b) => Buffer.compare(Buffer.from(a.conversationKey), Buffer.from(b.conversationKey)))
        .map(entryOf);
    },

    deleteTranscriptsBefore(cutoff) {
      const kept = rows.filter((row) => row.at >= cutoff);
      const deleted = rows.length - kept.length;
      rows.splice(0, rows.length, ...kept);
      return deleted;
    },
  });
}

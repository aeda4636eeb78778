// A store keeps every finished conversation until transcripts expire, so what the bot costs includes
// what piles up: disk per stored conversation, table by table, and whether a store full of idle
// conversations makes a fresh bot start slower or hold more memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { conversationKeyOf } from '../../src/bot-framework/conversation-key.js';
import { databaseFile } from '../../src/stores/open-store.js';
import { SqliteStore } from '../../src/stores/sqlite.js';
import { conversationUpdateActivity, newConversationId } from '../../test/support/channel-activities.js';
import { drive, start, stop, type BenchRun, type Target } from './bench-targets.js';
import { openedAndLeft, planOf } from './conversation-plans.js';
import { memoryOf, servingPid } from './process-group.js';

/** Turns driven on a fresh bot before each memory reading, so both readings follow the same work. */
export const PROBE_TURNS = 400;

/** The SQLite file and its write-ahead log, which holds the latest commits until a checkpoint. */
export const databaseBytes = (dataDir: string): number =>
  [databaseFile({ dataDir }), `${databaseFile({ dataDir })}-wal`].reduce((sum, file) => sum + (fs.existsSync(file) ? fs.statSync(file).size : 0), 0);

/**
 * The idle-conversation store lives on tmpfs when there is one: this benchmark writes 10,000
 * conversations through SqliteStore, one commit per call, and on disk every commit waits for an fsync.
 * File sizes and the bot's memory do not depend on the file system.
 */
const idleRoot = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();

const keyOf = (connectorUrl: string, conversationId: string) =>
  conversationKeyOf({ channelId: conversationUpdateActivity(connectorUrl, conversationId).channelId, conversation: { id: conversationId } } as Parameters<
    typeof conversationKeyOf
  >[0]);

/**
 * Stores `count` conversations as copies of ones the bot stored (snapshot, reference and transcript,
 * read back through the store API), each under a new conversation id: finished scripted conversations,
 * the kind that piles up until transcripts are deleted (TRANSCRIPT_RETENTION_DAYS), snapshots for good.
 */
async function storeIdleConversations(connectorUrl: string, file: string, templateIds: string[], count: number): Promise<void> {
  const store = new SqliteStore(file);
  try {
    const templates = await Promise.all(
      templateIds.map(async (conversationId) => {
        const key = keyOf(connectorUrl, conversationId);
        const stored = await store.load(key);
        const reference = await store.loadReference(key);
        if (!stored || !reference) throw new Error(`conversation ${key} is not in the store`);
        return { conversationId, key, envelope: stored.envelope, reference, transcript: await store.readTranscript(key) };
      }),
    );
    for (let n = 0; n < count; n++) {
      const template = templates[n % templates.length]!;
      const conversationId = newConversationId();
      const renamed = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll(template.conversationId, conversationId)) as T;
      const key = renamed(template.key);
      await store.save(key, renamed(template.envelope), undefined);
      await store.saveReference(key, renamed(template.reference));
      await store.appendTranscript(renamed(template.transcript));
    }
  } finally {
    await store.close();
  }
}

/** Bytes of each table of a SQLite file, its indexes included (SQLite's own dbstat; the file is closed). */
function tableBytes(file: string): Map<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db
      .prepare<[], { table: string; bytes: number }>(
        'SELECT s.tbl_name AS "table", sum(d.pgsize) AS bytes FROM dbstat d JOIN sqlite_schema s ON s.name = d.name GROUP BY s.tbl_name',
      )
      .all();
    return new Map(rows.map((row) => [row.table, row.bytes]));
  } finally {
    db.close();
  }
}

export type Stored = { bytes: number; byTable: Map<string, number> };

/** Adds `count` copies of the templates to a closed SQLite file; returns what the file grew by. */
async function addIdleConversations(connectorUrl: string, file: string, templateIds: string[], count: number): Promise<Stored> {
  const bytesBefore = fs.statSync(file).size;
  const tablesBefore = tableBytes(file);
  await storeIdleConversations(connectorUrl, file, templateIds, count);
  const grown = [...tableBytes(file)].map(([table, bytes]): [string, number] => [table, bytes - (tablesBefore.get(table) ?? 0)]);
  return { bytes: fs.statSync(file).size - bytesBefore, byTable: new Map(grown.filter(([, bytes]) => bytes > 0)) };
}

export type Idle = {
  conversations: number;
  /** Finished scripted conversations: what the judged figure and the memory comparison use. */
  finished: Stored;
  /** Conversations opened and left at the greeting, for comparison. */
  opened: Stored;
  seconds: number;
  rssEmpty: number;
  rssStored: number;
  startupEmptyMs: number;
  startupStoredMs: number;
};

/**
 * A fresh bot on an empty store, probed, then a fresh bot on the same store with `idleConversations`
 * idle conversations added, probed the same way: resident memory after the same work, with and without them.
 */
export async function measureIdle(run: BenchRun, bot: Target, idleConversations: number): Promise<Idle> {
  const idleBot: Target = { ...bot, startupMs: [], rounds: [] };
  const dataDir = fs.mkdtempSync(path.join(idleRoot, 'bench-idle-'));
  const scratchDir = fs.mkdtempSync(path.join(idleRoot, 'bench-idle-opened-'));
  run.dataDirs.push(dataDir, scratchDir);
  const probe = planOf(PROBE_TURNS);
  await start(run, idleBot, dataDir);
  const finishedTemplates = (await drive(run, idleBot, probe)).conversationIds;
  const rssEmpty = memoryOf(servingPid(idleBot.process!), 'VmRSS');
  const openedTemplates = (
    await drive(
      run,
      idleBot,
      Array.from({ length: run.concurrency }, () => openedAndLeft),
    )
  ).conversationIds;
  await stop(idleBot);
  // Stopping closed the store, which checkpoints the WAL into the file and removes it.
  const file = databaseFile({ dataDir });
  const scratchFile = databaseFile({ dataDir: scratchDir });
  fs.copyFileSync(file, scratchFile);
  const opened = await addIdleConversations(run.connector.url, scratchFile, openedTemplates, idleConversations);
  const started = performance.now();
  const finished = await addIdleConversations(run.connector.url, file, finishedTemplates, idleConversations);
  const seconds = (performance.now() - started) / 1000;
  await start(run, idleBot, dataDir);
  await drive(run, idleBot, probe);
  const rssStored = memoryOf(servingPid(idleBot.process!), 'VmRSS');
  await stop(idleBot);
  return {
    conversations: idleConversations,
    finished,
    opened,
    seconds,
    rssEmpty,
    rssStored,
    startupEmptyMs: idleBot.startupMs[0]!,
    startupStoredMs: idleBot.startupMs[1]!,
  };
}

// The PostgreSQL schema: migrated once when several instances start together, the same tables as SQLite's
// (the two stores are equal), transcripts in the same packed format, and a database made before
// migration 4 came to PostgreSQL (versions 1, 2, 3, 5 and 6) upgraded without losing or reordering an
// entry, undelivered replies included.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '../../src/ports/transcript-log.js';
import { PostgresStore } from '../../src/stores/postgres.js';
import { postgresMigrations } from '../../src/stores/postgres/migrations.js';
import { SqliteStore } from '../../src/stores/sqlite.js';
import { sqliteMigrations } from '../../src/stores/sqlite/migrations.js';

const serverUrl = process.env.TEST_DATABASE_URL;
const title = serverUrl ? 'PostgreSQL schema on TEST_DATABASE_URL' : 'PostgreSQL schema (skipped: set TEST_DATABASE_URL to run)';

const run = randomBytes(4).toString('hex');
let schemaCount = 0;
const createdSchemas: string[] = [];
const freshSchema = () => {
  const schema = `bot_migrations_${run}_${++schemaCount}`;
  createdSchemas.push(schema);
  return schema;
};

const customer = (key: string, id: string, text: string) => ({
  type: 'message',
  id,
  channelId: key.slice(0, key.indexOf(':')),
  conversation: { id: key.slice(key.indexOf(':') + 1) },
  from: { id: 'user-1', name: 'Customer', role: 'user' },
  text,
});
const reply = (text: string, labels: string[] = []) => ({
  type: 'message',
  text,
  textFormat: 'markdown',
  ...(labels.length > 0 ? { suggestedActions: { to: [], actions: labels.map((label) => ({ type: 'imBack', title: label, value: label })) } } : {}),
});

describe.skipIf(!serverUrl)(title, () => {
  const url = serverUrl ?? '';
  let admin: pg.Pool;
  const stores: PostgresStore[] = [];
  const open = async (schema: string) => {
    const store = await PostgresStore.open(url, { schema });
    stores.push(store);
    return store;
  };

  beforeAll(() => {
    admin = new pg.Pool({ connectionString: url, max: 2 });
  });

  afterAll(async () => {
    for (const store of stores) await store.close();
    for (const schema of createdSchemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  it('has the same migrations as SQLite, and applies them once when several instances open a new schema at the same time', async () => {
    const schema = freshSchema();

    const opened = await Promise.all(Array.from({ length: 4 }, () => open(schema)));

    const { rows } = await admin.query<{ version: number; times: number }>(
      `SELECT version, count(*)::int AS times FROM ${schema}.schema_migrations GROUP BY version ORDER BY version`,
    );
    expect(rows).toEqual(sqliteMigrations.map((_, index) => ({ version: index + 1, times: 1 })));
    expect(postgresMigrations.map((migration) => migration.version).sort((a, b) => a - b)).toEqual(rows.map((row) => row.version));
    expect(await opened[3]!.pendingMigrations()).toBe(0);
  });

  it('holds the same tables, columns and indexes as a new SQLite file, and no handoff_requests', async () => {
    const schema = freshSchema();
    await open(schema);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-'));
    const file = path.join(dir, 'bot.sqlite');
    await new SqliteStore(file).close();
    const sqlite = new Database(file, { readonly: true });
    let sqliteSchema: Record<string, string[]>;
    let sqliteIndexes: string[];
    try {
      const tables = sqlite.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();
      sqliteSchema = Object.fromEntries(
        tables.map(({ name }) => [
          name,
          sqlite
            .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${name}')`)
            .all()
            .map((column) => column.name)
            .sort(),
        ]),
      );
      sqliteIndexes = sqlite
        .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
        .all()
        .map((index) => index.name)
        .sort();
    } finally {
      sqlite.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }

    const { rows: columns } = await admin.query<{ table_name: string; column_name: string }>(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name <> 'schema_migrations'",
      [schema],
    );
    const postgresSchema: Record<string, string[]> = {};
    for (const { table_name, column_name } of columns) (postgresSchema[table_name] ??= []).push(column_name);
    for (const names of Object.values(postgresSchema)) names.sort();
    // Named indexes only: those of primary keys and UNIQUE columns are named by each database its own way.
    const { rows: indexes } = await admin.query<{ indexname: string }>(
      "SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND indexname NOT LIKE '%\\_pkey' AND indexname NOT LIKE '%\\_key' ORDER BY indexname",
      [schema],
    );

    expect(postgresSchema).toEqual(sqliteSchema);
    expect(Object.keys(postgresSchema)).not.toContain('handoff_requests');
    expect(indexes.map((index) => index.indexname).sort()).toEqual(sqliteIndexes);
    // The tables migration 4 copied have the names a table made anew has (no "transcripts_pkey1").
    const { rows: named } = await admin.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class WHERE relnamespace = $1::regnamespace
       UNION ALL SELECT conname FROM pg_constraint WHERE connamespace = $1::regnamespace`,
      [schema],
    );
    expect(named.map((object) => object.name).filter((name) => /\d$|before_4/.test(name))).toEqual([]);
    expect(named.map((object) => object.name)).toEqual(expect.arrayContaining(['transcripts_pkey', 'transcripts_id_seq', 'transcripts_direction_check']));
  });

  it("stores the bot's entries without what the codec can put back, as SQLite does, and forgets a conversation's number with its last entry", async () => {
    const schema = freshSchema();
    const store = await open(schema);
    const entries: TranscriptEntry[] = [
      { conversationKey: 'webchat:c1', at: 1000, direction: 'out', activity: reply('Did that solve it?', ['Yes', 'No']) },
      { conversationKey: 'webchat:c2', at: 2000, direction: 'in', activity: customer('webchat:c2', 'a1', 'No') },
    ];

    await store.appendTranscript(entries);

    const { rows } = await admin.query<{ conversation_key: string; activity: string; packing: number }>(
      `SELECT c.conversation_key, t.activity::text AS activity, t.packing
       FROM ${schema}.transcripts t JOIN ${schema}.transcript_conversations c ON c.id = t.conversation ORDER BY t.id`,
    );
    expect(rows).toEqual([
      { conversation_key: 'webchat:c1', activity: '{"text":"Did that solve it?","suggestedActions":{"actions":["Yes","No"]}}', packing: 27 },
      { conversation_key: 'webchat:c2', activity: '{"id":"a1","from":{"id":"user-1","name":"Customer","role":"user"},"text":"No"}', packing: 5 },
    ]);
    expect(await store.readTranscriptsBetween(0, 3000)).toEqual(entries);

    expect(await store.deleteTranscriptsBefore(1500)).toBe(1);
    const numbered = await admin.query(`SELECT conversation_key FROM ${schema}.transcript_conversations`);
    expect(numbered.rows).toEqual([{ conversation_key: 'webchat:c2' }]);
    await store.appendTranscript([{ ...entries[0]!, at: 3000 }]);
    expect(await store.readTranscript('webchat:c1')).toEqual([{ ...entries[0], at: 3000 }]);
  });

  it('keeps the number of a conversation that writes while the retention sweep forgets it, and its new entry', async () => {
    const schema = freshSchema();
    const store = await open(schema);
    await store.appendTranscript([{ conversationKey: 'webchat:c1', at: 1000, direction: 'in', activity: customer('webchat:c1', 'a1', 'old') }]);
    // Another instance's append, held open: it has claimed the key's number and added an entry under it.
    const writer = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
    await writer.connect();
    try {
      await writer.query('BEGIN');
      await writer.query("UPDATE transcript_conversations SET conversation_key = conversation_key WHERE conversation_key = 'webchat:c1'");
      await writer.query(
        `INSERT INTO transcripts (conversation, at, direction, activity)
         SELECT id, 3000, 'in', '{"text":"new"}' FROM transcript_conversations WHERE conversation_key = 'webchat:c1'`,
      );

      const sweeping = store.deleteTranscriptsBefore(2000);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await writer.query('COMMIT');

      expect(await sweeping).toBe(1);
    } finally {
      await writer.end();
    }
    expect(await store.readTranscript('webchat:c1')).toEqual([{ conversationKey: 'webchat:c1', at: 3000, direction: 'in', activity: { text: 'new' } }]);
  });

  it('upgrades a database of versions 1, 2, 3, 5 and 6: entries keep their order and exact JSON, undelivered replies stay undelivered', async () => {
    const schema = freshSchema();
    const old: (TranscriptEntry & { undelivered?: true })[] = [
      { conversationKey: 'webchat:b', at: 1000, direction: 'in', activity: customer('webchat:b', 'a1', 'I forgot my password') },
      { conversationKey: 'webchat:b', at: 1000, direction: 'out', activity: reply('How was it bought?', ['Through a reseller', 'Pas sûr 🤷']) },
      { conversationKey: 'webchat:a', at: 1500, direction: 'in', activity: customer('webchat:a', 'a2', 'Mot de passe oublié 🔐 \u0000') },
      { conversationKey: 'webchat:b', at: 1400, direction: 'out', activity: reply('Contact your reseller.'), outcome: 'reset-reseller' },
      { conversationKey: 'webchat:a', at: 1490, direction: 'out', activity: { text: 'keys in an order of their own', type: 'message' }, undelivered: true },
    ];
    const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA ${schema}`);
      await client.query('CREATE TABLE schema_migrations (version INT PRIMARY KEY, applied_at BIGINT NOT NULL)');
      for (const migration of postgresMigrations.filter((migration) => [1, 2, 3, 5, 6].includes(migration.version))) {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, 0)', [migration.version]);
      }
      // A deleted row first: ids need not start at 1.
      await client.query("INSERT INTO transcripts (conversation_key, at, direction, activity) VALUES ('webchat:gone', 1, 'in', '{}')");
      await client.query('DELETE FROM transcripts');
      for (const { undelivered, ...entry } of old) {
        await client.query('INSERT INTO transcripts (conversation_key, at, direction, activity, outcome, undelivered) VALUES ($1, $2, $3, $4, $5, $6)', [
          entry.conversationKey,
          entry.at,
          entry.direction,
          JSON.stringify(entry.activity),
          entry.outcome ?? null,
          undelivered === true,
        ]);
      }
      await client.query("INSERT INTO handoff_requests (conversation_key, requested_at, status, request) VALUES ('webchat:b', 5, 'open', '{}')");
    } finally {
      await client.end();
    }

    const store = await open(schema);

    const written = old.map(({ undelivered: _undelivered, ...entry }) => entry);
    const [inB, inA] = [written.filter((entry) => entry.conversationKey === 'webchat:b'), written.filter((entry) => entry.conversationKey === 'webchat:a')];
    expect(await store.readTranscript('webchat:b')).toEqual(inB);
    expect((await store.readTranscript('webchat:a')).map((entry) => JSON.stringify(entry.activity))).toEqual(
      inA.map((entry) => JSON.stringify(entry.activity)),
    );
    expect(await store.readTranscriptsBetween(0, 10_000)).toEqual([...inA, ...inB]);
    const later: TranscriptEntry = { conversationKey: 'webchat:b', at: 500, direction: 'in', activity: customer('webchat:b', 'a4', 'yes') };
    await store.appendTranscript([later]);
    expect(await store.readTranscript('webchat:b')).toEqual([...inB, later]);
    expect(await store.claimUndelivered(10_000)).toEqual([written[4]]);
    expect(await store.pendingMigrations()).toBe(0);
    const tables = await admin.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND (table_name LIKE '%before_4' OR table_name = 'handoff_requests')",
      [schema],
    );
    expect(tables.rows).toEqual([]);
  });
});

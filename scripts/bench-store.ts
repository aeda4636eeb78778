// `npm run bench:store [-- --database-url postgres://… --conversations 16 --seconds 10]`: one bot
// instance (in process, real HTTP, adapter, runner and store) driven by C concurrent scripted
// conversations; prints turns per second, p50/p99 turn latency and bytes stored per conversation.
import '../src/dot-env.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createApp, databaseFile } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startReplyCollector } from './lib/reply-collector.js';

const { values } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    conversations: { type: 'string', default: '16' },
    seconds: { type: 'string', default: '10' },
  },
});
const concurrency = Number(values.conversations);
const seconds = Number(values.seconds);
const databaseUrl = values['database-url'];

const script = ['Reset my account password', 'With an enterprise (E-PKI) account', 'No', 'Yes, that solved it'];

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-store-'));
const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) });
const app = await createApp(config, createLogger(config));
await new Promise<void>((resolve) => void app.server.listen(0, '127.0.0.1', resolve));
const botUrl = `http://127.0.0.1:${app.server.address().port}/api/messages`;
const collector = await startReplyCollector();
const runId = Date.now().toString(36);

const latencies: number[] = [];
let conversationsDone = 0;
const deadline = performance.now() + seconds * 1000;

async function post(conversationId: string, activity: Record<string, unknown>): Promise<void> {
  const started = performance.now();
  const response = await fetch(botUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      channelId: 'bench',
      serviceUrl: collector.url,
      conversation: { id: conversationId },
      from: { id: `user-${conversationId}` },
      recipient: { id: 'bot' },
      id: `${conversationId}-${latencies.length}`,
      ...activity,
    }),
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`turn failed: ${response.status}`);
  latencies.push(performance.now() - started);
}

async function worker(index: number): Promise<void> {
  for (let n = 0; performance.now() < deadline; n++) {
    const conversationId = `${runId}-${index}-${n}`;
    await post(conversationId, { type: 'conversationUpdate', membersAdded: [{ id: `user-${conversationId}` }] });
    for (const text of script) await post(conversationId, { type: 'message', text });
    conversationsDone++;
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
const elapsed = (performance.now() - started) / 1000;

async function bytesStored(): Promise<number> {
  if (!databaseUrl) {
    return ['', '-wal']
      .map((s) => `${databaseFile(config)}${s}`)
      .filter((f) => fs.existsSync(f))
      .reduce((sum, f) => sum + fs.statSync(f).size, 0);
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ bytes: string }>(
    "SELECT sum(pg_total_relation_size(c.oid))::bigint AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')",
  );
  await client.end();
  return Number(rows[0]?.bytes ?? 0);
}

const bytes = await bytesStored();
await collector.close();
await app.close();
latencies.sort((a, b) => a - b);
const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
console.log(
  `store ${databaseUrl ? 'postgres' : 'sqlite'}, ${concurrency} concurrent conversations, ${elapsed.toFixed(1)} s: ` +
    `${latencies.length} turns, ${(latencies.length / elapsed).toFixed(0)} turns/s, p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms; ` +
    `${conversationsDone} conversations, ${Math.round(bytes / Math.max(1, conversationsDone))} bytes stored per conversation (snapshot, transcript, reference)`,
);

// What happens when stored state cannot be trusted or the database goes away: the conversation starts
// afresh with an apology (never a 500, never a crash loop), and a database outage is an apology and a
// failing /readyz until it comes back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, databaseFile, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { conversationUpdateActivity, messageActivity, newConversationId, send } from '../support/channel-activities.js';
import { startLocalConnector, type LocalConnector } from '../support/local-connector.js';
import { contentKeysOf } from '../support/received-activities.js';
import { createTestDatabase, skipWithoutPostgres, testDatabaseUrl, type TestDatabase } from '../support/postgres.js';
import { startTcpProxy, throughProxy, type TcpProxy } from '../support/tcp-proxy.js';

let connector: LocalConnector;
beforeAll(async () => {
  connector = await startLocalConnector();
});
afterAll(() => connector.close());

async function startApp(env: Record<string, string>): Promise<{ app: App; url: string; dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'recovery-'));
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env });
  const app = await createApp(config, createLogger(config));
  await new Promise<void>((resolve) => void app.server.listen(0, '127.0.0.1', resolve));
  return { app, url: `http://127.0.0.1:${app.server.address().port}`, dataDir };
}

async function say(url: string, conversationId: string, text: string) {
  const before = connector.said(conversationId).length;
  const response = await send(url, messageActivity(connector.url, conversationId, text));
  return { status: response.status, keys: contentKeysOf(connector.said(conversationId).slice(before)) };
}

describe('untrusted stored state (SQLite)', () => {
  let started: Awaited<ReturnType<typeof startApp>>;
  beforeAll(async () => {
    started = await startApp({});
  });
  afterAll(() => started.app.close());

  it('a snapshot saved by an older machine version starts afresh with an apology', async () => {
    const conversationId = newConversationId();
    const key = `test:${conversationId}`;
    await started.app.store.save(
      key,
      { machineId: 'support', version: 0, snapshot: { status: 'active', value: 'gone', context: {} }, updatedAt: 0 },
      undefined,
    );

    const turn = await say(started.url, conversationId, 'forgot my password');

    expect(turn.status).toBe(200);
    expect(turn.keys.slice(0, 3)).toEqual(['common.restarted', 'reset.intro', 'reset.askCustomerType']);
    expect((await say(started.url, conversationId, 'through a reseller')).keys).toEqual(['reset.reseller', 'common.didItSolve']);
  });

  it('a corrupt row starts afresh with an apology, and the next turn is normal (no crash loop)', async () => {
    const conversationId = newConversationId();
    const key = `test:${conversationId}`;
    await started.app.store.save(key, { placeholder: true }, undefined);
    const raw = new Database(databaseFile({ dataDir: started.dataDir }));
    raw.prepare('UPDATE conversations SET envelope = ? WHERE conversation_key = ?').run('{not json', key);
    raw.close();

    const first = await say(started.url, conversationId, 'agent please');
    const second = await say(started.url, conversationId, 'hello?');

    expect(first.status).toBe(200);
    expect(first.keys[0]).toBe('common.restarted');
    // No agents' channel is configured here: the request is recorded and the customer is back with the bot.
    expect(first.keys).toEqual(expect.arrayContaining(['handoff.offline', 'handoff.route.email', 'handoff.anythingElse']));
    expect(second.keys.length).toBeGreaterThan(0);
    expect(second.keys).not.toContain('common.restarted');
  });
});

describe('transcripts', () => {
  it('keep every activity in and out, redacted, with outcome ids, and are deleted after the retention period', async () => {
    const { app, url } = await startApp({ TRANSCRIPT_RETENTION_DAYS: '1' });
    const conversationId = newConversationId();
    const key = `test:${conversationId}`;
    await send(url, conversationUpdateActivity(connector.url, conversationId));
    await say(url, conversationId, 'my password is Hunter2024 and I forgot it, bought through our web host');

    const transcript = await app.store.readTranscript(key);
    // One message out per turn: the greeting with its question; the warning, the steps and "did that solve it?".
    expect(transcript.map((e) => e.direction)).toEqual(['in', 'out', 'in', 'out']);
    expect(JSON.stringify(transcript)).not.toContain('Hunter2024');
    expect(transcript[2]?.activity.text).toContain('[secret removed]');
    expect((transcript[3]?.activity.channelData as { contentKeys?: string[] }).contentKeys).toEqual(
      expect.arrayContaining(['common.secretWarning', 'common.didItSolve']),
    );
    expect(transcript.flatMap((e) => (e.outcome ? [e.outcome] : []))).toEqual(['reset-web-host']);

    await app.store.appendTranscript([
      { conversationKey: 'test:old', at: Date.now() - 2 * 24 * 60 * 60 * 1000, direction: 'in', activity: { type: 'message' } },
    ]);
    expect(await app.pruneTranscripts()).toBe(1);
    expect(await app.store.readTranscript('test:old')).toEqual([]);
    expect(await app.store.readTranscript(key)).toHaveLength(transcript.length);
    await app.close();
  });
});

describe.skipIf(!testDatabaseUrl)(`a PostgreSQL outage (${testDatabaseUrl ? 'TEST_DATABASE_URL' : skipWithoutPostgres})`, () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let started: Awaited<ReturnType<typeof startApp>>;
  beforeAll(async () => {
    database = await createTestDatabase(testDatabaseUrl!);
    const target = new URL(database.url);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    started = await startApp({ DATABASE_URL: throughProxy(database.url, proxy) });
  }, 30_000);
  afterAll(async () => {
    await started?.app.close();
    await proxy?.close();
    await database?.drop();
  });

  it('gives the customer an apology and fails /readyz, then recovers when the database returns', { timeout: 30_000 }, async () => {
    const conversationId = newConversationId();
    expect((await say(started.url, conversationId, 'forgot my password')).keys).toEqual(['reset.intro', 'reset.askCustomerType']);
    expect((await fetch(`${started.url}/readyz`)).status).toBe(200);

    await proxy.cut();
    const during = await say(started.url, conversationId, 'through a reseller');
    expect(during.status).toBe(200);
    expect(during.keys).toEqual(['common.apology']);
    expect((await fetch(`${started.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${started.url}/healthz`)).status).toBe(200);

    await proxy.restore();
    expect((await fetch(`${started.url}/readyz`)).status).toBe(200);
    expect((await say(started.url, conversationId, 'through a reseller')).keys).toEqual(['reset.reseller', 'common.didItSolve']);
  });
});

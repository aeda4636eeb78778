// The real HTTP server (restify, CloudAdapter, SupportBot, runner, SQLite) on 127.0.0.1 port 0, driven
// with Bot Framework activities as a channel posts them; the replies arrive at a local connector that
// stands in for the channel's serviceUrl. Nothing here leaves the machine.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, type App, type AppOverrides } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Catalog } from '../../src/content/catalog.js';
import { createLogger } from '../../src/logger.js';
import type { SnapshotStore, StoredConversation } from '../../src/ports/snapshot-store.js';
import { MemoryStore } from '../../src/stores/memory.js';
import { sqliteMigrations } from '../../src/stores/sqlite/migrations.js';
import { conversationUpdateActivity, messageActivity, newConversationId, postRaw, send } from '../support/channel-activities.js';
import { startLocalConnector, type LocalConnector } from '../support/local-connector.js';
import { contentKeysOf, outcomesOf, type ReceivedActivity } from '../support/received-activities.js';

const tempDirs: string[] = [];
const running: App[] = [];

type Started = { app: App; url: string; dataDir: string };

async function startApp(env: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<Started> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'http-server-'));
  tempDirs.push(dataDir);
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env });
  const app = await createApp(config, createLogger(config), overrides);
  running.push(app);
  await new Promise<void>((resolve, reject) => {
    app.server.once('error', reject);
    app.server.listen(0, '127.0.0.1', () => {
      app.server.removeListener('error', reject);
      resolve();
    });
  });
  const { port } = app.server.address();
  return { app, url: `http://127.0.0.1:${port}`, dataDir };
}

async function closeApp(app: App): Promise<void> {
  const at = running.indexOf(app);
  if (at >= 0) running.splice(at, 1);
  await app.close();
}

let connector: LocalConnector;

beforeAll(async () => {
  connector = await startLocalConnector();
});

afterAll(async () => {
  for (const app of running.splice(0)) await app.close();
  await connector.close();
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The label of button `id` on question `key`, from the same content the bot renders. */
function labelOf(catalog: Catalog, key: string, id: string): string {
  const choice = catalog.choicesOf(key).find((c) => c.id === id);
  if (!choice)
    throw new Error(
      `${key} has no choice "${id}" (has: ${catalog
        .choicesOf(key)
        .map((c) => c.id)
        .join(', ')})`,
    );
  return choice.label;
}

/** One customer's conversation with a running bot over HTTP. */
class Customer {
  readonly conversationId = newConversationId();

  constructor(private readonly botUrl: string) {}

  /**
   * Posts an activity and returns the replies of that turn. The adapter answers the POST only after
   * the turn's replies were accepted by the connector, so once the POST is answered the turn's replies
   * are all in; `expected` is how many to wait for (failing clearly if they do not come).
   */
  private async post(activity: object, expected: number): Promise<ReceivedActivity[]> {
    const before = connector.said(this.conversationId).length;
    const response = await send(this.botUrl, activity);
    expect(response.status, `POST /api/messages answered ${response.status}: ${response.text}`).toBe(200);
    await connector.waitForSaid(this.conversationId, before + expected);
    return connector.said(this.conversationId).slice(before);
  }

  open(expected = 2): Promise<ReceivedActivity[]> {
    return this.post(conversationUpdateActivity(connector.url, this.conversationId), expected);
  }

  type(text: string, expected = 1): Promise<ReceivedActivity[]> {
    return this.post(messageActivity(connector.url, this.conversationId, text), expected);
  }

  get all(): ReceivedActivity[] {
    return connector.said(this.conversationId);
  }
}

const errorText = (body: unknown): string => JSON.stringify(body);

describe('HTTP server', () => {
  let bot: Started;

  beforeAll(async () => {
    bot = await startApp();
  });

  it('GET /healthz answers 200 {status: "ok"}', async () => {
    const response = await fetch(`${bot.url}/healthz`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz answers 200 naming what it checked, and 503 saying why when the store lacks a migration', async () => {
    const ready = await fetch(`${bot.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      checks: {
        store: 'accepts writes',
        migrations: 'applied',
        content: `${bot.app.catalog.keys().length} entries`,
        disk: expect.stringMatching(/^\d+ MB free$/),
      },
    });

    // The file is replaced underneath the running bot by one of an older schema (a restore, say).
    const other = await startApp();
    const file = path.join(other.dataDir, 'bot.sqlite');
    const db = new Database(file);
    try {
      db.pragma(`user_version = ${sqliteMigrations.length - 1}`);
      const notReady = await fetch(`${other.url}/readyz`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toEqual({ status: 'unavailable', error: '1 schema migration(s) not applied to the store' });
    } finally {
      db.pragma(`user_version = ${sqliteMigrations.length}`);
      db.close();
    }
    expect((await fetch(`${other.url}/readyz`)).status).toBe(200);
  });

  it('greets a customer who joins, and asks what they need with buttons', async () => {
    const customer = new Customer(bot.url);

    const replies = await customer.open(2);

    expect(contentKeysOf(replies)).toEqual(['common.welcome', 'triage.askNeed']);
    // One message: the welcome and the question as two paragraphs, with the question's buttons.
    const messages = connector.received(customer.conversationId);
    expect(messages).toHaveLength(1);
    const { catalog } = bot.app;
    expect(messages[0]).toMatchObject({
      type: 'message',
      conversation: { id: customer.conversationId },
      text: `${catalog.render('common.welcome').text}\n\n${catalog.render('triage.askNeed').text}`,
      channelData: { contentKey: 'triage.askNeed', contentKeys: ['common.welcome', 'triage.askNeed'] },
    });
    expect(messages[0]?.suggestedActions?.actions.map((action) => action.title)).toEqual(catalog.choicesOf('triage.askNeed').map((choice) => choice.label));
    // Replies go to /v3/conversations/{id}/activities/{replyToId}: the channel can thread them.
    const paths = connector.requests.filter((request) => request.conversationId === customer.conversationId);
    expect(paths).toHaveLength(1);
    expect(paths.every((request) => request.method === 'POST' && request.replyToId !== undefined)).toBe(true);
  });

  it('answers nothing when only the bot joins', async () => {
    const conversationId = newConversationId();
    const activity = { ...conversationUpdateActivity(connector.url, conversationId), membersAdded: [{ id: 'bot-1', name: 'Support bot' }] };

    const response = await send(bot.url, activity);

    expect(response.status).toBe(200);
    expect(connector.said(conversationId)).toEqual([]);
  });

  it('follows a full path by button labels: reset password → E-PKI → no order number → ticket', async () => {
    const { catalog } = bot.app;
    const customer = new Customer(bot.url);
    await customer.open();

    const afterNeed = await customer.type(labelOf(catalog, 'triage.askNeed', 'reset_password'), 2);
    expect(contentKeysOf(afterNeed)).toEqual(['reset.intro', 'reset.askCustomerType']);

    const afterType = await customer.type(labelOf(catalog, 'reset.askCustomerType', 'epki'), 1);
    expect(contentKeysOf(afterType)).toEqual(['reset.askOrderNumber']);

    const afterOrder = await customer.type(labelOf(catalog, 'reset.askOrderNumber', 'no'), 2);
    expect(contentKeysOf(afterOrder)).toEqual(['reset.epkiTicket', 'common.didItSolve']);
    expect(afterOrder[0]?.channelData?.outcome).toBe('reset-epki-ticket');
    expect(afterOrder[1]?.suggestedActions?.actions.map((action) => action.title)).toEqual(
      catalog.choicesOf('common.didItSolve').map((choice) => choice.label),
    );
    expect(outcomesOf(customer.all)).toEqual(['reset-epki-ticket']);
  });

  it('keeps two conversations apart', async () => {
    const { catalog } = bot.app;
    const first = new Customer(bot.url);
    const second = new Customer(bot.url);
    await Promise.all([first.open(), second.open()]);

    const [firstReplies, secondReplies] = await Promise.all([
      first.type(labelOf(catalog, 'triage.askNeed', 'reset_password'), 2),
      second.type(labelOf(catalog, 'triage.askNeed', 'codesign_password'), 2),
    ]);

    expect(contentKeysOf(firstReplies)).toEqual(['reset.intro', 'reset.askCustomerType']);
    expect(contentKeysOf(secondReplies)[0]).toBe('triage.codesignPassword');
  });

  it('saves the conversation reference when it changes, not every turn', async () => {
    const { app } = bot;
    const saves = vi.spyOn(app.store, 'saveReference');
    const customer = new Customer(bot.url);
    const key = `${messageActivity(connector.url, customer.conversationId, '').channelId}:${customer.conversationId}`;
    await customer.open();
    await customer.type(labelOf(app.catalog, 'triage.askNeed', 'reset_password'), 2);
    await customer.type('Through a reseller', 2);
    expect(saves.mock.calls.filter(([savedKey]) => savedKey === key)).toHaveLength(1);
    const saved = await app.store.loadReference(key);
    expect(saved).toMatchObject({ conversation: { id: customer.conversationId }, serviceUrl: connector.url, locale: 'en-US' });
    expect(saved).not.toHaveProperty('activityId');

    // The customer's client now says another locale: the next turn's reference is saved.
    const before = connector.said(customer.conversationId).length;
    const response = await send(bot.url, { ...messageActivity(connector.url, customer.conversationId, 'yes'), locale: 'de-DE' });
    expect(response.status).toBe(200);
    await connector.waitForSaid(customer.conversationId, before + 1);
    expect(saves.mock.calls.filter(([savedKey]) => savedKey === key)).toHaveLength(2);
    expect(await app.store.loadReference(key)).toMatchObject({ locale: 'de-DE' });
  });
});

describe('HTTP server: malformed input', () => {
  let bot: Started;

  beforeAll(async () => {
    bot = await startApp();
  });

  it('answers 400 to a body that is not valid JSON', async () => {
    const response = await postRaw(bot.url, '{"type": "message", ', { 'content-type': 'application/json' });

    expect(response.status).toBe(400);
    expect(errorText(response.body)).toMatch(/json/i);
  });

  it('answers 400 naming the field when an activity has no conversation', async () => {
    const { conversation: _dropped, ...withoutConversation } = messageActivity(connector.url, newConversationId(), 'hello');

    const response = await send(bot.url, withoutConversation);

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: expect.stringContaining('conversation') });
  });

  it('answers 400 naming the field when the serviceUrl is not a URL', async () => {
    const activity = { ...messageActivity(connector.url, newConversationId(), 'hello'), serviceUrl: 'not a url' };

    const response = await send(bot.url, activity);

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: expect.stringContaining('serviceUrl') });
  });

  it('answers 400 to a JSON body that is not an object', async () => {
    const response = await postRaw(bot.url, '[1, 2, 3]', { 'content-type': 'application/json' });

    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('answers 415 to a body that is not JSON', async () => {
    const response = await postRaw(bot.url, 'type=message&text=hello', { 'content-type': 'text/plain' });

    expect(response.status).toBe(415);
    expect(errorText(response.body)).toMatch(/application\/json/);
  });

  it('answers 413 to a body over 256 KiB', async () => {
    const activity = messageActivity(connector.url, newConversationId(), 'x'.repeat(300 * 1024));

    const response = await send(bot.url, activity);

    expect(response.status).toBe(413);
  });

  it('still serves a normal turn after all of those', async () => {
    const customer = new Customer(bot.url);

    const replies = await customer.open();

    expect(contentKeysOf(replies)).toEqual(['common.welcome', 'triage.askNeed']);
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
  });
});

/** A real store that fails its next save on demand, as a full disk or a lost database would. */
class FlakyStore implements SnapshotStore {
  private failures = 0;
  saves = 0;

  constructor(private readonly inner: SnapshotStore = new MemoryStore()) {}

  failNextSave(): void {
    this.failures++;
  }

  load(conversationKey: string): Promise<StoredConversation | undefined> {
    return this.inner.load(conversationKey);
  }

  async save(conversationKey: string, envelope: unknown, expectedEtag: string | undefined): Promise<string> {
    if (this.failures > 0) {
      this.failures--;
      throw new Error('simulated storage failure');
    }
    this.saves++;
    return this.inner.save(conversationKey, envelope, expectedEtag);
  }
}

describe('HTTP server: an unexpected error inside a turn', () => {
  it('apologises, keeps the conversation as it was before that turn, and carries on', async () => {
    const store = new FlakyStore();
    const bot = await startApp({}, { snapshots: store });
    const { catalog } = bot.app;
    const customer = new Customer(bot.url);
    await customer.open();
    const resetLabel = labelOf(catalog, 'triage.askNeed', 'reset_password');

    store.failNextSave();
    const failed = await customer.type(resetLabel, 1);

    expect(contentKeysOf(failed)).toEqual(['common.apology']);
    expect(failed[0]?.suggestedActions).toBeUndefined();

    // The same answer again: the saved state is still "asked what they need", so it is answered normally.
    const retried = await customer.type(resetLabel, 2);
    expect(contentKeysOf(retried)).toEqual(['reset.intro', 'reset.askCustomerType']);

    const next = await customer.type(labelOf(catalog, 'reset.askCustomerType', 'epki'), 1);
    expect(contentKeysOf(next)).toEqual(['reset.askOrderNumber']);
    expect(contentKeysOf(customer.all)).not.toContain('common.restarted');
    await closeApp(bot.app);
  });
});

describe('HTTP server: the channel refuses the replies of a saved turn', () => {
  it('does not ask the customer to retry (the conversation has moved on), and the next answer continues', async () => {
    const bot = await startApp();
    const { catalog } = bot.app;
    const customer = new Customer(bot.url);
    await customer.open();

    connector.failNext(customer.conversationId, 1, 403);
    const refused = await customer.type(labelOf(catalog, 'triage.askNeed', 'reset_password'), 0);

    expect(contentKeysOf(refused)).toEqual([]);
    const next = await customer.type(labelOf(catalog, 'reset.askCustomerType', 'epki'), 1);
    expect(contentKeysOf(next)).toEqual(['reset.askOrderNumber']);
    await closeApp(bot.app);
  });
});

/** An unsigned JWT (never valid): enough for the adapter to read its issuer. */
function forgedToken(payload: Record<string, unknown>): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  return `${encode({ alg: 'RS256', typ: 'JWT', kid: 'forged' })}.${encode(payload)}.${Buffer.from('not-a-signature').toString('base64url')}`;
}

describe('HTTP server: authentication on', () => {
  let bot: Started;

  beforeAll(async () => {
    bot = await startApp({
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'test-only-secret',
      MicrosoftAppTenantId: '11111111-0000-0000-0000-000000000000',
    });
  });

  afterAll(async () => {
    await closeApp(bot.app);
  });

  /** The adapter reports rejected requests with console.error; keep the output clean but observable. */
  const quietAdapter = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);
  /** Nothing may reach the internet: fail loudly if the adapter tries (OpenID metadata, token service). */
  const noInternet = () =>
    vi.spyOn(https, 'request').mockImplementation(() => {
      throw new Error('test: an HTTPS request to the internet was attempted');
    });

  it('answers 401 to a request without an Authorization header and sends no reply', async () => {
    quietAdapter();
    const httpsRequest = noInternet();
    const conversationId = newConversationId();
    const requestsBefore = connector.requests.length;

    const response = await send(bot.url, conversationUpdateActivity(connector.url, conversationId));

    expect(response.status).toBe(401);
    expect(response.text).toMatch(/unauthorized/i);
    // The adapter answers only after the turn would have run, so no reply can still be on its way.
    expect(connector.said(conversationId)).toEqual([]);
    expect(connector.requests.length).toBe(requestsBefore);
    expect(httpsRequest).not.toHaveBeenCalled();
  });

  it('answers 401 to a token from an issuer it does not trust, without fetching any keys', async () => {
    quietAdapter();
    const httpsRequest = noInternet();
    const conversationId = newConversationId();
    const token = forgedToken({ iss: 'https://attacker.example/', aud: '00000000-0000-0000-0000-000000000001', exp: 4_102_444_800 });

    const response = await send(bot.url, messageActivity(connector.url, conversationId, 'hello'), { authorization: `Bearer ${token}` });

    expect(response.status).toBe(401);
    expect(connector.said(conversationId)).toEqual([]);
    expect(httpsRequest).not.toHaveBeenCalled();
  });

  it('still answers health checks', async () => {
    const response = await fetch(`${bot.url}/healthz`);

    expect(response.status).toBe(200);
  });
});

// The real HTTP server (restify, CloudAdapter, SupportBot, runner, SQLite) on 127.0.0.1 port 0, driven
// with Bot Framework activities as a channel posts them; the replies arrive at a local files.connector that
// stands in for the channel's serviceUrl. Nothing here leaves the machine. This file: health and
// readiness, and conversations that go as they should. Refused requests: server-refusals.test.ts;
// failures inside a turn: server-failures.test.ts.
import Database from 'better-sqlite3';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { sqliteMigrations } from '../../src/stores/sqlite/migrations.js';
import { conversationUpdateActivity, messageActivity, newConversationId, send } from '../support/channel-activities.js';
import { Customer, labelOf, startApp, type Started, useConnectorAndApps } from '../support/http-app.js';
import { contentKeysOf, outcomesOf } from '../support/received-activities.js';

const files = useConnectorAndApps();

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
    const customer = new Customer(files.connector, bot.url);

    const replies = await customer.open(2);

    expect(contentKeysOf(replies)).toEqual(['common.welcome', 'triage.askNeed']);
    // One message: the welcome and the question as two paragraphs, with the question's buttons.
    const messages = files.connector.received(customer.conversationId);
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
    const paths = files.connector.requests.filter((request) => request.conversationId === customer.conversationId);
    expect(paths).toHaveLength(1);
    expect(paths.every((request) => request.method === 'POST' && request.replyToId !== undefined)).toBe(true);
  });

  it('answers nothing when only the bot joins', async () => {
    const conversationId = newConversationId();
    const activity = { ...conversationUpdateActivity(files.connector.url, conversationId), membersAdded: [{ id: 'bot-1', name: 'Support bot' }] };

    const response = await send(bot.url, activity);

    expect(response.status).toBe(200);
    expect(files.connector.said(conversationId)).toEqual([]);
  });

  it('follows a full path by button labels: reset password → E-PKI → no order number → ticket', async () => {
    const { catalog } = bot.app;
    const customer = new Customer(files.connector, bot.url);
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
    const first = new Customer(files.connector, bot.url);
    const second = new Customer(files.connector, bot.url);
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
    const customer = new Customer(files.connector, bot.url);
    const key = `${messageActivity(files.connector.url, customer.conversationId, '').channelId}:${customer.conversationId}`;
    await customer.open();
    await customer.type(labelOf(app.catalog, 'triage.askNeed', 'reset_password'), 2);
    await customer.type('Through a reseller', 2);
    expect(saves.mock.calls.filter(([savedKey]) => savedKey === key)).toHaveLength(1);
    const saved = await app.store.loadReference(key);
    expect(saved).toMatchObject({ conversation: { id: customer.conversationId }, serviceUrl: files.connector.url, locale: 'en-US' });
    expect(saved).not.toHaveProperty('activityId');

    // The customer's client now says another locale: the next turn's reference is saved.
    const before = files.connector.said(customer.conversationId).length;
    const response = await send(bot.url, { ...messageActivity(files.connector.url, customer.conversationId, 'yes'), locale: 'de-DE' });
    expect(response.status).toBe(200);
    await files.connector.waitForSaid(customer.conversationId, before + 1);
    expect(saves.mock.calls.filter(([savedKey]) => savedKey === key)).toHaveLength(2);
    expect(await app.store.loadReference(key)).toMatchObject({ locale: 'de-DE' });
  });
});

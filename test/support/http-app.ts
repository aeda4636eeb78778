// The real HTTP server (restify, CloudAdapter, SupportBot, runner, SQLite) in this process on
// 127.0.0.1 port 0, each in a data directory of its own, and a customer who talks to it as a channel
// would, with the replies arriving at a local connector. Shared by test/http/server*.test.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest';
import { createApp, type App, type AppOverrides } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Catalog } from '../../src/content/catalog.js';
import { createLogger } from '../../src/logger.js';
import { conversationUpdateActivity, messageActivity, newConversationId, send } from './channel-activities.js';
import { startLocalConnector, type LocalConnector } from './local-connector.js';
import type { ReceivedActivity } from './received-activities.js';

const tempDirs: string[] = [];
const running: App[] = [];

export type Started = { app: App; url: string; dataDir: string };

/** Starts an app listening on 127.0.0.1; closeAllApps() closes it and removes its data directory. */
export async function startApp(env: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<Started> {
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

export async function closeApp(app: App): Promise<void> {
  const at = running.indexOf(app);
  if (at >= 0) running.splice(at, 1);
  await app.close();
}

/** Closes every app still running and removes the data directories: for afterAll. */
export async function closeAllApps(): Promise<void> {
  for (const app of running.splice(0)) await app.close();
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** The label of button `id` on question `key`, from the same content the bot renders. */

/**
 * A test file's local connector, started before its tests; every app the file started is closed after
 * them, and spies are restored after each test. Read `connector` inside tests and hooks.
 */
export function useConnectorAndApps(): { readonly connector: LocalConnector } {
  let connector: LocalConnector | undefined;
  beforeAll(async () => {
    connector = await startLocalConnector();
  });
  afterAll(async () => {
    await closeAllApps();
    await connector?.close();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return {
    get connector() {
      if (!connector) throw new Error('the connector starts in beforeAll; read it inside a test or hook');
      return connector;
    },
  };
}

export function labelOf(catalog: Catalog, key: string, id: string): string {
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
export class Customer {
  readonly conversationId = newConversationId();

  constructor(
    private readonly connector: LocalConnector,
    private readonly botUrl: string,
  ) {}

  /**
   * Posts an activity and returns the replies of that turn. The adapter answers the POST only after
   * the turn's replies were accepted by the connector, so once the POST is answered the turn's replies
   * are all in; `expected` is how many to wait for (failing clearly if they do not come).
   */
  private async post(activity: object, expected: number): Promise<ReceivedActivity[]> {
    const before = this.connector.said(this.conversationId).length;
    const response = await send(this.botUrl, activity);
    expect(response.status, `POST /api/messages answered ${response.status}: ${response.text}`).toBe(200);
    await this.connector.waitForSaid(this.conversationId, before + expected);
    return this.connector.said(this.conversationId).slice(before);
  }

  open(expected = 2): Promise<ReceivedActivity[]> {
    return this.post(conversationUpdateActivity(this.connector.url, this.conversationId), expected);
  }

  type(text: string, expected = 1): Promise<ReceivedActivity[]> {
    return this.post(messageActivity(this.connector.url, this.conversationId, text), expected);
  }

  get all(): ReceivedActivity[] {
    return this.connector.said(this.conversationId);
  }
}

// Secrets typed into the chat never reach a stored snapshot, a log line or a reply: every corpus
// message that contains one goes through the real server (HTTP, adapter, runner, SQLite file) with
// logging at its most verbose, and then the database file, the log and the replies are searched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, databaseFile } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { withoutGeneratedValues } from './support/generated-values.js';
import { knownSecretMisses } from './support/known-secret-misses.js';
import { corpusSplits, readProjectConversations, readUtterances, splitFile } from '../scripts/corpus.js';
import { conversationUpdateActivity, messageActivity, newConversationId, send } from './support/channel-activities.js';
import { startLocalConnector } from './support/local-connector.js';

// The corpus labels each secret exactly (its `secrets`), independently of the redaction code. The
// hand-written messages only: their variants hold the same secrets.
const labelled = corpusSplits
  .flatMap((split) => readUtterances(splitFile(split)))
  .filter((u) => u.containsSecret && u.tags?.includes('hand-written') && !(u.secrets ?? []).some((secret) => knownSecretMisses.has(secret)));
const secretMessages = labelled.map((u) => u.text);
const corpusSecrets = labelled.flatMap((u) => u.secrets ?? []);
// Scripted conversations that paste a secret name it in mustNotContain.
const secretConversations = readProjectConversations().filter((c) =>
  c.mustNotContain.some((text) => corpusSecrets.includes(text) || c.turns.some((turn) => turn.includes(text))),
);

describe('secrets typed by customers', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaction-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  // Every secret message and secret-pasting conversation over HTTP: about 20 s on a 2-CPU machine beside other test files.
  it('appear in no stored snapshot, no log line and no reply', { timeout: 60_000 }, async () => {
    expect(secretMessages.length).toBeGreaterThanOrEqual(5);
    const secrets = [
      ...new Set([...corpusSecrets, ...secretConversations.flatMap((c) => c.mustNotContain.filter((text) => c.turns.some((turn) => turn.includes(text))))]),
    ];
    expect(secrets.length).toBeGreaterThanOrEqual(secretMessages.length);

    const logLines: string[] = [];
    const logSink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString('utf8'));
        done();
      },
    });
    const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'trace' });
    const app = await createApp(config, createLogger(config, logSink));
    await new Promise<void>((resolve) => void app.server.listen(0, '127.0.0.1', resolve));
    const botUrl = `http://127.0.0.1:${app.server.address().port}`;
    const connector = await startLocalConnector();

    const scripts = [...secretMessages.map((text) => [text]), ...secretConversations.map((c) => c.turns)];
    for (const turns of scripts) {
      const conversationId = newConversationId();
      await send(botUrl, conversationUpdateActivity(connector.url, conversationId));
      for (const text of turns) expect((await send(botUrl, messageActivity(connector.url, conversationId, text))).status).toBe(200);
      const replies = connector
        .said(conversationId)
        .map((activity) => activity.text ?? '')
        .join('\n');
      for (const secret of secrets) expect(replies, turns.join(' / ')).not.toContain(secret);
      expect(connector.said(conversationId).some((a) => (a.channelData as { contentKey?: string })?.contentKey === 'common.secretWarning')).toBe(true);
    }
    await connector.close();
    await app.close();

    const stored = ['', '-wal', '-shm']
      .map((suffix) => `${databaseFile(config)}${suffix}`)
      .filter((file) => fs.existsSync(file))
      .map((file) => withoutGeneratedValues(fs.readFileSync(file).toString('latin1')))
      .join('\n');
    const log = withoutGeneratedValues(logLines.join(''));
    expect(stored.length).toBeGreaterThan(0);
    expect(log).toContain('"msg":"turn"');
    // A PIN of one message may be another's phone number ("8821", "+43 1 555 8821"): found in the
    // shared database or log, such a value says nothing about redaction.
    const secretsOf = new Map<string, string[]>([
      ...labelled.map((u): [string, string[]] => [u.text, u.secrets ?? []]),
      ...secretConversations.flatMap((c) => c.turns.map((turn): [string, string[]] => [turn, c.mustNotContain])),
    ]);
    const outsideItsSecrets = (text: string) => (secretsOf.get(text) ?? []).reduce((rest, secret) => rest.split(secret).join(' '), text);
    const alsoPlainText = (secret: string) => scripts.flat().some((text) => outsideItsSecrets(text).includes(secret));
    // Such coincidences stay rare: the check must still search for nearly every secret.
    expect(secrets.filter(alsoPlainText).length).toBeLessThan(secrets.length / 50);
    for (const secret of secrets.filter((value) => !alsoPlainText(value))) {
      expect(stored, `database holds ${secret}`).not.toContain(secret);
      expect(log, `log holds ${secret}`).not.toContain(secret);
    }
  });
});

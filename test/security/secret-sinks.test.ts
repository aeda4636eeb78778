// Secrets of the classes that once slipped (issue 18.4: a password inside a German, French, Spanish,
// Dutch, Russian or Chinese sentence; an all-digit PIN; a cue glued to the secret; "my secret word
// is…"; a quoted passphrase; a hex key alone; a password split over two messages) typed into the real
// bot process through its own Direct Line, then searched for in every sink: the replies, the Direct
// Line history, the log at its most verbose and the SQLite files. Identifiers the bot asks for stay as typed.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { withoutGeneratedValues } from '../support/generated-values.js';

const TIMEOUT = 60_000;
type Activity = { id: string; type: string; text?: string; from?: { role?: string }; channelData?: { contentKey?: string; parts?: { contentKey?: string }[] } };
type Started = { conversationId: string; token: string };

/** Each script: the messages typed, in order, and the secrets in them. */
const scripts: { turns: string[]; secrets: string[] }[] = [
  { turns: ['Ich habe mein Konto gesperrt, mein Passwort ist Sonnenblume55 und es geht nicht'], secrets: ['Sonnenblume55'] },
  { turns: ['bonjour, mon mot de passe est soleil2020 mais il ne marche pas'], secrets: ['soleil2020'] },
  { turns: ['hola, mi contraseña es gatitoverde y no funciona'], secrets: ['gatitoverde'] },
  { turns: ['mijn wachtwoord is 482913, kunt u het resetten?'], secrets: ['482913'] },
  { turns: ['мой пароль qwerty123 не работает'], secrets: ['qwerty123'] },
  { turns: ['我的密码是abc12345，请帮我重置'], secrets: ['abc12345'] },
  { turns: ['forgot my password, the old one was password:hunter2'], secrets: ['hunter2'] },
  { turns: ['pw=letmein99 does not work for the login'], secrets: ['letmein99'] },
  { turns: ['my secret word is pineapple, please reset my account'], secrets: ['pineapple'] },
  { turns: ['my passphrase is "correct horse battery staple" and it is refused'], secrets: ['correct horse battery staple', 'horse battery'] },
  { turns: ['3f9a2b7c4d1e8f6a0b5c3d2e1f4a7b9c'], secrets: ['3f9a2b7c4d1e8f6a0b5c3d2e1f4a7b9c'] },
  { turns: ['Xk9#mPq2vL doesnt work anymore'], secrets: ['Xk9#mPq2vL'] },
  { turns: ['I forgot my password. my password is', 'Tr0ub4dor'], secrets: ['Tr0ub4dor'] },
  { turns: ['my account password is', 'bluemoon'], secrets: ['bluemoon'] },
];

/** Identifiers a customer gives and agents need: never masked. */
const identifiers = {
  text: 'my username is JSmith_2019 and my order number is 88213654, bought through (Bluehost)',
  kept: ['JSmith_2019', '88213654', '(Bluehost)'],
};

let bot: BotProcess;
let dataDir: string;
const TOKEN_SECRET = 'test-direct-line-token-secret-0123456789';

beforeAll(async () => {
  dataDir = makeTempDir('secret-sinks-');
  bot = await startBotProcess({ dataDir, env: { DIRECT_LINE_TOKEN_SECRET: TOKEN_SECRET, LOG_LEVEL: 'trace', DATA_DIR: path.join(dataDir, 'data') } });
}, TIMEOUT);
afterAll(async () => {
  await bot?.kill().catch(() => undefined);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function call(method: string, route: string, token?: string, body?: unknown) {
  const response = await fetch(`${bot.url}${route}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
}

async function history(started: Started, until: (activities: Activity[]) => boolean): Promise<Activity[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const polled = await call('GET', `/v3/directline/conversations/${started.conversationId}/activities`, started.token);
    const activities = polled.body.activities as Activity[];
    if (until(activities) || Date.now() > deadline) return activities;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Types the turns one after another, each once the bot has answered the one before. */
async function converse(turns: string[]): Promise<Activity[]> {
  const issued = await call('POST', '/api/directline/token');
  const started = (await call('POST', '/v3/directline/conversations', issued.body.token as string)).body as unknown as Started;
  let seen = (await history(started, (list) => list.some((a) => a.from?.role === 'bot'))).length;
  for (const text of turns) {
    const posted = await call('POST', `/v3/directline/conversations/${started.conversationId}/activities`, started.token, {
      type: 'message',
      text,
      from: { id: 'customer' },
    });
    expect(posted.status).toBe(200);
    const after = await history(started, (list) => list.length > seen + 1 && list[list.length - 1]!.from?.role === 'bot');
    seen = after.length;
  }
  return history(started, () => true);
}

function storedText(): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(path.join(dataDir, 'data'));
  return files.map((file) => fs.readFileSync(file).toString('utf8')).join('\n');
}

describe('secrets that once slipped reach no sink', () => {
  const conversations: Activity[][] = [];

  it('the bot answers every script and warns about the secret', { timeout: TIMEOUT }, async () => {
    for (const script of scripts) conversations.push(await converse(script.turns));
    for (const activities of conversations) {
      expect(activities.filter((a) => a.from?.role === 'bot').length).toBeGreaterThan(1);
      expect(JSON.stringify(activities.filter((a) => a.from?.role === 'bot').map((a) => a.channelData))).toContain('common.secretWarning');
    }
  });

  it.each(scripts.map((script, index) => [script.turns.join(' / '), index] as const))('%s: not in the replies, the log or the SQLite files', (_, index) => {
    const replies = conversations[index]!.filter((a) => a.from?.role === 'bot')
      .map((a) => a.text ?? '')
      .join('\n');
    const log = withoutGeneratedValues(bot.stdoutText() + bot.stderrText());
    const stored = withoutGeneratedValues(storedText());
    for (const secret of scripts[index]!.secrets) {
      expect(replies).not.toContain(secret);
      expect(log).not.toContain(secret);
      expect(stored).not.toContain(secret);
    }
  });

  it.each(scripts.map((script, index) => [script.turns.join(' / '), index] as const))('%s: not in the Direct Line history', (_, index) => {
    const shown = conversations[index]!.map((a) => a.text ?? '').join('\n');
    for (const secret of scripts[index]!.secrets) expect(shown).not.toContain(secret);
  });

  it('identifiers stay as typed everywhere', { timeout: TIMEOUT }, async () => {
    const activities = await converse([identifiers.text]);
    const echoed = activities.find((a) => a.from?.role === 'user')?.text ?? '';
    for (const kept of identifiers.kept) expect(echoed).toContain(kept);
    expect(storedText()).toContain('JSmith_2019');
  });
});

// Starting the real bot (`node dist/main.js`, as npm start runs it) the way operators configure it: a
// Bot Framework samples-style .env with blank variables, a missing variable some mode requires, a
// database that is not there yet or never comes, a data folder it cannot write. Each either starts,
// or stops with one line that names what is wrong (no stack trace).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { botBundle } from '../../scripts/build.js';
import { mountTmpfs, unmount } from '../support/tmpfs.js';

type Ended = { code: number | null; stdout: string; stderr: string };

/** Runs the bundle in `cwd` with only `env` (and PATH), expecting it to exit by itself. */
function runToExit(cwd: string, env: Record<string, string>, timeoutMs = 20_000): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [botBundle], { cwd, env: { PATH: process.env.PATH ?? '', PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`still running after ${timeoutMs} ms: ${stdout}${stderr}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** What an operator reads: stderr without Node's deprecation notices. */
const operatorLines = (stderr: string) => stderr.split('\n').filter((line) => line.trim() !== '' && !/DeprecationWarning|--trace-deprecation/.test(line));

const bots: BotProcess[] = [];
afterAll(async () => {
  for (const bot of bots) await bot.kill().catch(() => undefined);
});

describe('start-up configuration', () => {
  it('starts from a samples-style .env (blank Microsoft* variables), reading .env from its folder', { timeout: 30_000 }, async () => {
    const folder = makeTempDir('dotenv-');
    fs.writeFileSync(
      path.join(folder, '.env'),
      [
        'MicrosoftAppType=',
        'MicrosoftAppId=',
        'MicrosoftAppPassword=',
        'MicrosoftAppTenantId=',
        'DATABASE_URL=',
        'HANDOFF_TARGET=',
        'BRAND_NAME=Dot Env Certificates',
        '',
      ].join('\n'),
    );
    // bot-process runs the bundle in the data folder's parent: here, the folder holding the .env.
    const bot = await startBotProcess({ dataDir: path.join(folder, 'data') });
    bots.push(bot);

    const page = await (await fetch(`${bot.url}/`)).text();
    expect(page).toContain('Dot Env Certificates');
    expect(bot.logs.some((line) => /UNAUTHENTICATED/.test(line.msg ?? ''))).toBe(true);
  });

  it('stops with one line naming a variable its mode requires, and exit code 78', { timeout: 30_000 }, async () => {
    const folder = makeTempDir('missing-');
    const ended = await runToExit(folder, {
      DATA_DIR: path.join(folder, 'data'),
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'x',
      HANDOFF_TARGET: 'teams',
    });

    expect(ended.code).toBe(78);
    const lines = operatorLines(ended.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Invalid configuration: MicrosoftAppTenantId: required when MicrosoftAppId is set and MicrosoftAppType is SingleTenant \(the default\); TEAMS_AGENTS_CHANNEL_ID: required when HANDOFF_TARGET is teams; TEAMS_TENANT_ID: required when agents work in Teams/,
    );
    expect(ended.stderr).not.toMatch(/\n\s+at /);
  });

  it('says a malformed DATABASE_URL is malformed, in one line, without the password', { timeout: 30_000 }, async () => {
    const folder = makeTempDir('bad-url-');
    const ended = await runToExit(folder, { DATA_DIR: path.join(folder, 'data'), DATABASE_URL: 'postgres://bot:s3cr%t@db host/bot' });

    expect(ended.code).toBe(78);
    expect(operatorLines(ended.stderr)).toEqual([expect.stringMatching(/^Invalid configuration: DATABASE_URL: is not a valid URL/)]);
    expect(ended.stdout + ended.stderr).not.toContain('s3cr');
  });

  it('tries an unreachable database again with a growing wait, then stops with one line', { timeout: 30_000 }, async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as net.AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const folder = makeTempDir('no-db-');

    const ended = await runToExit(folder, {
      DATA_DIR: path.join(folder, 'data'),
      DATABASE_URL: `postgres://bot:topsecret@127.0.0.1:${port}/bot`,
      DATABASE_CONNECT_ATTEMPTS: '3',
    });

    expect(ended.code).toBe(1);
    const retries = ended.stdout
      .split('\n')
      .filter((line) => line.includes('the database does not answer yet'))
      .map((line) => JSON.parse(line) as { attempt: number; waitMs: number });
    expect(retries.map(({ attempt, waitMs }) => [attempt, waitMs])).toEqual([
      [1, 500],
      [2, 1000],
    ]);
    expect(operatorLines(ended.stderr)).toEqual([
      `cannot open PostgreSQL at 127.0.0.1:${port}/bot: ECONNREFUSED connect ECONNREFUSED 127.0.0.1:${port} (tried 3 times)`,
    ]);
    expect(ended.stdout + ended.stderr).not.toContain('topsecret');
  });

  const readOnly = makeTempDir('read-only-');
  const mounted = mountTmpfs(readOnly, 'ro,size=1m');
  if (!mounted) console.warn('start-up.test.ts: the read-only data folder case is skipped: mounting a read-only tmpfs needs root');
  afterAll(() => {
    if (mounted) unmount(readOnly);
  });

  it.skipIf(!mounted)(
    `stops with one line when the data folder is read-only${mounted ? '' : ' (skipped: mounting needs root)'}`,
    { timeout: 30_000 },
    async () => {
      const ended = await runToExit(makeTempDir('ro-cwd-'), { DATA_DIR: path.join(readOnly, 'data') });

      expect(ended.code).toBe(1);
      expect(operatorLines(ended.stderr)).toEqual([
        `cannot open the SQLite database ${readOnly}/data/bot.sqlite: ${readOnly} cannot be written (EROFS: a read-only file system)`,
      ]);
    },
  );
});

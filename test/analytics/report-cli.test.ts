// `npm run report` as an operator runs it: a separate process on the SQLite file (or PostgreSQL
// database) a real run produced, printing the table and writing the HTML page; and its refusals.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../../src/stores/postgres.js';
import { SqliteStore } from '../../src/stores/sqlite.js';
import { createTestDatabase, skipWithoutPostgres, testDatabaseUrl, type TestDatabase } from '../support/postgres.js';
import { playSampleDay, SECRET } from './sample-day.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TIMEOUT = 60_000;
const SAMPLE_DAY_ARGS = ['--from', '2026-11-02', '--to', '2026-11-02'];

type Run = { code: number; stdout: string; stderr: string };

function report(args: string[], cwd = root): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      path.join(root, 'node_modules', '.bin', 'tsx'),
      [path.join(root, 'scripts', 'report.ts'), ...args],
      { cwd, timeout: TIMEOUT },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

/** The figures of the sample day, as the table prints them. */
function expectSampleDayTable(stdout: string): void {
  expect(stdout).toContain('Support report: 2026-11-02 to 2026-11-02 (UTC)');
  expect(stdout).toMatch(/^Conversations \(customer wrote\)\s+5$/m);
  expect(stdout).toMatch(/^Opened without writing\s+1\s/m);
  expect(stdout).toMatch(/^Resolution\s+33\.3%\s+1 \/ 3 asked "Did that solve it\?"; no 1, unanswered 1, other 0$/m);
  expect(stdout).toMatch(/^Escalation\s+40\.0%\s+2 \/ 5 handed to a person$/m);
  expect(stdout).toMatch(/^Abandonment\s+40\.0%\s+2 \/ 5; silent on a question 1, left the queue 1$/m);
  expect(stdout).toMatch(/^Turns to first outcome\s+1\.5\s+median 1\.5, p90 2\.7, max 3 \(n = 4\)$/m);
  expect(stdout).toMatch(/^Time to first outcome\s+8 s\s+median 8 s, p90 19 s, max 20 s \(n = 4\)$/m);
  expect(stdout).toMatch(/^handoff\s+2\s+2$/m);
  expect(stdout).toMatch(/^reset-epki-ticket\s+1\s+1$/m);
  expect(stdout).toMatch(/^reset\.askCustomerType\s+1$/m);
  expect(stdout).toMatch(/^Cases requested\s+2\s+queued 0, accepted 0, closed 1, cancelled 0, abandoned 1$/m);
  expect(stdout).toMatch(/^Agent wait\s+2 min 00 s\s/m);
  expect(stdout).toMatch(/^Agent handle\s+5 min 00 s\s/m);
  expect(stdout).not.toContain(SECRET);
}

function expectSampleDayPage(file: string): void {
  const html = fs.readFileSync(file, 'utf8');
  expect(html).toMatch(/^<!doctype html>/);
  expect(html).toContain('<div class="value">33.3%</div>');
  expect(html).toContain('<div class="value">40.0%</div>');
  expect(html).toContain('<title>handoff: 2</title>');
  expect(html).toContain('<title>reset.askCustomerType: 1</title>');
  expect(html).toContain('<title>2 min – 5 min: 1</title>');
  expect(html).not.toContain(SECRET);
}

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-cli-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run report on a SQLite file', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = tempDir();
    const store = new SqliteStore(path.join(dataDir, 'bot.sqlite'));
    await playSampleDay(store);
    await store.close();
  }, TIMEOUT);

  it('prints the table and writes the HTML page with the same figures', { timeout: TIMEOUT }, async () => {
    const out = path.join(tempDir(), 'reports', 'nov.html');

    const run = await report(['--data-dir', dataDir, ...SAMPLE_DAY_ARGS, '--out', out]);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expectSampleDayTable(run.stdout);
    expect(run.stdout).toContain(`Read from ${path.join(dataDir, 'bot.sqlite')}.`);
    expect(run.stdout).toContain(`HTML report written to ${out}`);
    expectSampleDayPage(out);
  });

  it("reads the store the bot's configuration names from .env in the folder it runs in", { timeout: TIMEOUT }, async () => {
    const folder = tempDir();
    // As Bot Framework samples write it: blank variables mean "unset", DATA_DIR names the data.
    fs.writeFileSync(path.join(folder, '.env'), `MicrosoftAppType=\nMicrosoftAppId=\nMicrosoftAppPassword=\nDATABASE_URL=\nDATA_DIR=${dataDir}\n`);

    const run = await report([...SAMPLE_DAY_ARGS, '--out', path.join(folder, 'report.html')], folder);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Read from ${path.join(dataDir, 'bot.sqlite')}.`);
    expectSampleDayTable(run.stdout);
  });

  it('exits with 2 and says why on a date that does not exist, writing nothing', { timeout: TIMEOUT }, async () => {
    const out = path.join(tempDir(), 'report.html');

    const run = await report(['--data-dir', dataDir, '--from', '2026-11-31', '--out', out]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('report: --from: "2026-11-31" is not a date');
    expect(run.stderr).toContain('Usage: npm run report');
    expect(run.stdout).toBe('');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('exits with 2 when the data directory holds no bot database, and creates none', { timeout: TIMEOUT }, async () => {
    const empty = tempDir();

    const run = await report(['--data-dir', empty, '--out', path.join(empty, 'report.html')]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`report: no bot database at ${path.join(empty, 'bot.sqlite')}`);
    expect(fs.readdirSync(empty)).toEqual([]);
  });
});

describe.skipIf(!testDatabaseUrl)(`npm run report on PostgreSQL${testDatabaseUrl ? '' : ` (${skipWithoutPostgres})`}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(testDatabaseUrl!);
    const store = await PostgresStore.open(database.url);
    await playSampleDay(store);
    await store.close();
  }, TIMEOUT);
  afterAll(async () => {
    await database?.drop();
  });

  it('reads the same figures through --database-url', { timeout: TIMEOUT }, async () => {
    const out = path.join(tempDir(), 'report.html');

    const run = await report(['--database-url', database.url, ...SAMPLE_DAY_ARGS, '--out', out]);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expectSampleDayTable(run.stdout);
    expect(run.stdout).toContain(`Read from PostgreSQL ${new URL(database.url).host}${new URL(database.url).pathname}.`);
    expectSampleDayPage(out);
  });
});

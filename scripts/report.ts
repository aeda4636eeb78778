// `npm run report [-- --from 2026-11-01 --to 2026-11-30 --out report.html --data-dir ./data | --database-url postgres://…]`:
// resolution, escalation and abandonment rates, outcomes, turns and time to outcome, drop-off and
// agent wait and handle times over a period, from the stored transcripts and handoff cases. Prints a
// table and writes an HTML page with charts. Exit status: 0 done, 1 the store could not be read,
// 2 a mistake on the command line or in the configuration.
import '../src/dot-env.js';
import fs from 'node:fs';
import path from 'node:path';
import { parseReportArgs, usage, UsageError, type ReportArgs } from '../src/analytics/args.js';
import { renderHtml, renderText } from '../src/analytics/render.js';
import { computeReport } from '../src/analytics/report.js';
import { loadConfig } from '../src/config.js';
import { ConfigError } from '../src/errors.js';
import type { Store } from '../src/ports/store.js';
import { databaseFile } from '../src/stores/open-store.js';
import { PostgresStore } from '../src/stores/postgres.js';
import { SqliteStore } from '../src/stores/sqlite.js';

/** The store named on the command line, or else the one the bot's configuration names. */
function storeLocation(args: ReportArgs): { databaseUrl: string } | { dataDir: string } {
  if (args.databaseUrl !== undefined) return { databaseUrl: args.databaseUrl };
  if (args.dataDir !== undefined) return { dataDir: path.resolve(args.dataDir) };
  const config = loadConfig();
  return config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir };
}

/**
 * Opens the store without changing it where that can be avoided: PostgreSQL without migrating (a
 * report must not alter a shared schema); SQLite only when the bot has created its file, so a
 * mistyped directory is an error rather than a new empty database.
 */
function openForReading(location: { databaseUrl: string } | { dataDir: string }): { store: Store; where: string } {
  if ('databaseUrl' in location) {
    const url = new URL(location.databaseUrl);
    // A month of transcripts is one larger read than any turn makes: more time than the bot's 5 s.
    const store = PostgresStore.connect(location.databaseUrl, { maxConnections: 2, statementTimeoutMillis: 120_000 });
    return { store, where: `PostgreSQL ${url.host}${url.pathname}` };
  }
  const file = databaseFile(location);
  if (!fs.existsSync(file)) throw new UsageError(`no bot database at ${file}: give the bot's data directory with --data-dir`);
  return { store: new SqliteStore(file), where: file };
}

async function main(): Promise<number> {
  let args: ReportArgs | undefined;
  let opened: { store: Store; where: string };
  try {
    args = parseReportArgs(process.argv.slice(2), Date.now());
    if (!args) {
      console.log(usage);
      return 0;
    }
    opened = openForReading(storeLocation(args));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`report: ${error.message}\n\n${usage}`);
      return 2;
    }
    if (error instanceof ConfigError) {
      console.error(`report: the bot's configuration has problems (or pass --data-dir / --database-url):\n${error.message}`);
      return 2;
    }
    throw error;
  }

  const { store, where } = opened;
  try {
    const [entries, cases] = await Promise.all([store.readTranscriptsBetween(args.from, args.to), store.listCases()]);
    const report = computeReport(entries, cases, { from: args.from, to: args.to }, { now: Date.now() });
    console.log(renderText(report));
    const out = path.resolve(args.out);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, renderHtml(report));
    console.log(`Read from ${where}.`);
    console.log(`HTML report written to ${out}`);
    return 0;
  } catch (error) {
    console.error(`report: could not read ${where}: ${(error as Error).message}`);
    return 1;
  } finally {
    await store.close();
  }
}

process.exitCode = await main();

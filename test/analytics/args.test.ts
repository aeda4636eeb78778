// `npm run report`'s command line: the period (UTC days, the end day included, or zoned times), the
// defaults, and a clear message for every mistake.
import { describe, expect, it } from 'vitest';
import { parseReportArgs, parseWhen, UsageError } from '../../src/analytics/args.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 30, 8, 15);

const mistake = (argv: string[]) => {
  try {
    parseReportArgs(argv, NOW);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`no mistake found in ${argv.join(' ')}`);
};

describe('report arguments', () => {
  it('covers the last 30 days up to now by default, written to report.html from the configured store', () => {
    expect(parseReportArgs([], NOW)).toEqual({ from: NOW - 30 * DAY, to: NOW, out: 'report.html' });
  });

  it('reads --from and --to as UTC days, the --to day included', () => {
    expect(parseReportArgs(['--from', '2026-11-01', '--to', '2026-11-30'], NOW)).toMatchObject({
      from: Date.UTC(2026, 10, 1),
      to: Date.UTC(2026, 11, 1),
    });
    expect(parseReportArgs(['--from=2026-11-01', '--to=2026-11-01'], NOW)).toMatchObject({ from: Date.UTC(2026, 10, 1), to: Date.UTC(2026, 10, 2) });
  });

  it('takes 30 days before --to when only --to is given, and now when only --from is', () => {
    expect(parseReportArgs(['--to', '2026-10-31'], NOW)).toMatchObject({ from: Date.UTC(2026, 10, 1) - 30 * DAY, to: Date.UTC(2026, 10, 1) });
    expect(parseReportArgs(['--from', '2026-11-29'], NOW)).toMatchObject({ from: Date.UTC(2026, 10, 29), to: NOW });
  });

  it('reads zoned ISO 8601 times exactly', () => {
    expect(parseWhen('--from', '2026-11-01T09:30Z', false)).toBe(Date.UTC(2026, 10, 1, 9, 30));
    expect(parseWhen('--to', '2026-11-01T10:30:15+01:00', true)).toBe(Date.UTC(2026, 10, 1, 9, 30, 15));
  });

  it('names the store and the output file', () => {
    expect(parseReportArgs(['--data-dir', './data', '--out', 'out/nov.html'], NOW)).toMatchObject({ dataDir: './data', out: 'out/nov.html' });
    expect(parseReportArgs(['--database-url', 'postgres://report@db/bot'], NOW)).toMatchObject({ databaseUrl: 'postgres://report@db/bot' });
  });

  it('returns nothing for --help', () => {
    expect(parseReportArgs(['--help'], NOW)).toBeUndefined();
  });

  it('refuses what is not a date, naming the option and the value', () => {
    for (const value of ['2026-13-01', '2026-02-30', '01/11/2026', 'yesterday', '2026-11-01T09:00', '2026-11-01T25:00Z', '']) {
      expect(mistake(['--from', value])).toBe(`--from: "${value}" is not a date (use YYYY-MM-DD, or an ISO 8601 time with its zone such as 2026-11-01T09:00Z)`);
    }
    expect(mistake(['--to', '2026-11-31'])).toMatch(/^--to: "2026-11-31" is not a date/);
  });

  it('refuses an empty period, two stores, a URL that is not PostgreSQL, unknown options and stray words', () => {
    expect(mistake(['--from', '2026-11-30', '--to', '2026-11-01'])).toMatch(/--from must be before --to/);
    expect(mistake(['--from', '2026-11-01T12:00Z', '--to', '2026-11-01T12:00Z'])).toMatch(/--from must be before --to/);
    expect(mistake(['--data-dir', 'data', '--database-url', 'postgres://db/bot'])).toMatch(/give one/);
    expect(mistake(['--database-url', 'mysql://db/bot'])).toBe('--database-url: must be a postgres:// URL');
    expect(mistake(['--since', '2026-11-01'])).toMatch(/--since/);
    expect(mistake(['november'])).toMatch(/november/);
    expect(mistake(['--from'])).toMatch(/--from/);
    expect(mistake(['--out', ' '])).toBe('--out: give a file name');
  });
});

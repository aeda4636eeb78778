// The command line of `npm run report`, parsed without side effects so every mistake can be tested
// and reported before anything is opened.
import { parseArgs } from 'node:util';

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 30;

export const usage = `Usage: npm run report -- [options]

  --from DATE            start of the period (default: ${DEFAULT_DAYS} days before --to)
  --to DATE              end of the period, that day included (default: now)
  --out FILE             where to write the HTML report (default: report.html)
  --data-dir DIR         the bot's data directory, holding bot.sqlite (default: DATA_DIR, as the bot)
  --database-url URL     a postgres:// URL instead of the SQLite file (default: DATABASE_URL, as the bot)
  --help                 this text

DATE is a UTC day (2026-11-01) or an ISO 8601 time with its zone (2026-11-01T09:00Z, 2026-11-01T10:00+01:00).`;

/** A mistake on the command line: printed with the usage, exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type ReportArgs = {
  from: number;
  to: number;
  out: string;
  /** Neither set: the store the bot's own configuration names. */
  dataDir?: string;
  databaseUrl?: string;
};

const day = /^(\d{4})-(\d{2})-(\d{2})$/;
const time = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A day or a zoned time as epoch ms. A day is its first millisecond (UTC); `endOfDay` makes it the
 * first millisecond of the next day, so `--to 2026-11-30` takes in all of the 30th.
 */
export function parseWhen(option: string, text: string, endOfDay: boolean): number {
  const dayMatch = day.exec(text);
  if (dayMatch) {
    const [year, month, date] = dayMatch.slice(1).map(Number) as [number, number, number];
    const at = Date.UTC(year, month - 1, date);
    // Date.UTC rolls 2026-02-30 over to March; a real date reads back the same.
    if (new Date(at).toISOString().slice(0, 10) !== text) throw notADate(option, text);
    return endOfDay ? at + DAY_MS : at;
  }
  if (time.test(text)) {
    const [year, month, date] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
    const realDate = month >= 1 && month <= 12 && date >= 1 && date <= new Date(Date.UTC(year, month, 0)).getUTCDate();
    const at = Date.parse(text);
    if (realDate && !Number.isNaN(at)) return at;
  }
  throw notADate(option, text);
}

const notADate = (option: string, text: string) =>
  new UsageError(`${option}: "${text}" is not a date (use YYYY-MM-DD, or an ISO 8601 time with its zone such as 2026-11-01T09:00Z)`);

/** `undefined` when --help was asked for. */
export function parseReportArgs(argv: readonly string[], now: number): ReportArgs | undefined {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
        'data-dir': { type: 'string' },
        'database-url': { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return undefined;
  const to = values.to !== undefined ? parseWhen('--to', values.to, true) : now;
  const from = values.from !== undefined ? parseWhen('--from', values.from, false) : to - DEFAULT_DAYS * DAY_MS;
  if (from >= to) throw new UsageError(`--from must be before --to (the period ${values.from ?? 'starting'} to ${values.to ?? 'now'} is empty)`);
  if (values['data-dir'] !== undefined && values['database-url'] !== undefined) {
    throw new UsageError('--data-dir and --database-url name two different stores: give one');
  }
  const databaseUrl = values['database-url'];
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\/./.test(databaseUrl)) {
    throw new UsageError('--database-url: must be a postgres:// URL');
  }
  const out = values.out ?? 'report.html';
  if (out.trim() === '') throw new UsageError('--out: give a file name');
  return {
    from,
    to,
    out,
    ...(values['data-dir'] !== undefined ? { dataDir: values['data-dir'] } : {}),
    ...(databaseUrl !== undefined ? { databaseUrl } : {}),
  };
}

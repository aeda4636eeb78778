// What `npm run bench` concludes, kept apart from how it measures: the targets the bot is judged by,
// the figures drawn from the rounds (percentiles, medians, ratios to the echo bot), and the printed report.
import os from 'node:os';
import type { Target } from './bench-targets.js';
import { PROBE_TURNS, type Idle, type Stored } from './stored-conversations.js';

const TARGETS = { throughput: 0.8, p99: 1.5, startupMs: 1_500, idleDiskBytes: 50 * 1024 * 1024 };
/** Resident memory that moves between two identical probes of one process; growth within it is noise. */
const RSS_NOISE_BYTES = 8 * 1024 * 1024;

const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const median = (samples: number[]) =>
  percentile(
    [...samples].sort((a, b) => a - b),
    0.5,
  );
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-');
const ratioOf = (a: number, b: number) => `${fixed(a / b, 2)} ×`;

type Summary = {
  turnsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  cpuMsPerTurn: number;
  driverCpuMsPerTurn: number;
  repliesPerTurn: number;
  roundTurnsPerSecond: number[];
};

function summarise(target: Target): Summary {
  const measured = target.rounds;
  const turns = measured.reduce((sum, round) => sum + round.turns, 0);
  const sorted = measured.flatMap((round) => round.latenciesMs).sort((a, b) => a - b);
  return {
    turnsPerSecond: turns / measured.reduce((sum, round) => sum + round.seconds, 0),
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    cpuMsPerTurn: measured.reduce((sum, round) => sum + round.cpuMs, 0) / turns,
    driverCpuMsPerTurn: measured.reduce((sum, round) => sum + round.driverCpuMs, 0) / turns,
    repliesPerTurn: measured.reduce((sum, round) => sum + round.replies, 0) / turns,
    roundTurnsPerSecond: measured.map((round) => round.turns / round.seconds),
  };
}

export type Verdict = { target: string; figure: string; pass: boolean };

/** What the run measured, for the report. */
export type RunFigures = {
  concurrency: number;
  rounds: number;
  turnsPerRound: number;
  /** One-minute load average when the run began, and when (performance.now()) it began. */
  loadBefore: number;
  runStarted: number;
  bot: Target;
  echo: Target;
  /** Conversations the bot stored over the warm-up and the rounds, and what its SQLite file grew by. */
  stored: { conversations: number; liveBytes: number; settledBytes: number };
  /** Peak resident memory (VmHWM) of each serving process. */
  peak: { bot: number; echo: number };
  idle: Idle | undefined;
  profileDir: string | undefined;
};

/** The bot against the echo bot, figure by figure, and the verdicts on throughput, latency and start-up. */
function printComparison({ bot, echo, stored, peak }: RunFigures): Verdict[] {
  const b = summarise(bot);
  const e = summarise(echo);
  const botStart = median(bot.startupMs);
  const echoStart = median(echo.startupMs);
  const rows: string[] = [];
  const row = (label: string, botValue: string, echoValue: string, ratio = '') =>
    rows.push(`${label.padEnd(34)}${botValue.padStart(12)}${echoValue.padStart(12)}${ratio.padStart(12)}`);
  row('', 'bot', 'echo', 'bot/echo');
  row('turns per second', fixed(b.turnsPerSecond, 0), fixed(e.turnsPerSecond, 0), ratioOf(b.turnsPerSecond, e.turnsPerSecond));
  row('latency p50 (ms)', fixed(b.p50), fixed(e.p50), ratioOf(b.p50, e.p50));
  row('latency p95 (ms)', fixed(b.p95), fixed(e.p95), ratioOf(b.p95, e.p95));
  row('latency p99 (ms)', fixed(b.p99), fixed(e.p99), ratioOf(b.p99, e.p99));
  row('CPU per turn (ms, process group)', fixed(b.cpuMsPerTurn, 2), fixed(e.cpuMsPerTurn, 2), ratioOf(b.cpuMsPerTurn, e.cpuMsPerTurn));
  row('  driver CPU per turn (ms)', fixed(b.driverCpuMsPerTurn, 2), fixed(e.driverCpuMsPerTurn, 2));
  row('replies per turn', fixed(b.repliesPerTurn, 2), fixed(e.repliesPerTurn, 2), ratioOf(b.repliesPerTurn, e.repliesPerTurn));
  row('peak memory (VmHWM of server)', megabytes(peak.bot), megabytes(peak.echo), ratioOf(peak.bot, peak.echo));
  row('disk per stored conversation', `${fixed(stored.settledBytes / stored.conversations / 1024)} kB`, 'none');
  row('  while running (file + WAL)', `${fixed(stored.liveBytes / stored.conversations / 1024)} kB`, 'none');
  row('start-up, median (ms)', fixed(botStart, 0), fixed(echoStart, 0), ratioOf(botStart, echoStart));
  console.log(rows.join('\n'));
  const list = (samples: number[]) => samples.map((sample) => fixed(sample, 0)).join(', ');
  const pairedRatio = median(b.roundTurnsPerSecond.map((rate, n) => rate / e.roundTurnsPerSecond[n]!));
  console.log(
    `turns per second by round: bot ${list(b.roundTurnsPerSecond)}; echo ${list(e.roundTurnsPerSecond)}; ` +
      `bot/echo median of rounds ${fixed(pairedRatio, 2)} ×`,
  );
  console.log(`each start (ms): bot ${list(bot.startupMs)}; echo ${list(echo.startupMs)}`);
  console.log(
    `(latency: POST start → response, all replies recorded by then; CPU: utime + stime of the server's process group; ` +
      `driver: this process, load and connector; disk: growth of the SQLite file over ${stored.conversations} conversations ` +
      `(snapshot, reference, transcript), settled = after the store closed and checkpointed)`,
  );
  return [
    {
      target: `throughput ≥ ${TARGETS.throughput} × echo (median of rounds)`,
      figure: `${fixed(pairedRatio, 2)} × (all rounds together ${ratioOf(b.turnsPerSecond, e.turnsPerSecond)})`,
      pass: pairedRatio >= TARGETS.throughput,
    },
    { target: `p99 ≤ ${TARGETS.p99} × echo`, figure: ratioOf(b.p99, e.p99), pass: b.p99 <= TARGETS.p99 * e.p99 },
    { target: `start-up < ${TARGETS.startupMs} ms (median)`, figure: `${fixed(botStart, 0)} ms`, pass: botStart < TARGETS.startupMs },
  ];
}

/** What the idle conversations cost on disk and in the bot's memory, and the verdicts on both. */
function printIdle(idle: Idle): Verdict[] {
  const growth = idle.rssStored - idle.rssEmpty;
  const signed = (bytes: number) => `${bytes >= 0 ? '+' : ''}${megabytes(bytes)}`;
  const each = (stored: Stored) =>
    `${megabytes(stored.bytes)}, ${fixed(stored.bytes / idle.conversations / 1024, 2)} kB each: ` +
    [...stored.byTable].map(([table, bytes]) => `${table} ${fixed(bytes / idle.conversations / 1024, 2)} kB`).join(', ');
  console.log(
    `\n${idle.conversations} idle conversations, written through SqliteStore as copies of conversations the bot stored ` +
      `(snapshot, reference, transcript; tables with their indexes):\n` +
      `  finished (the scripted flows, ${fixed(idle.seconds)} s to write): ${each(idle.finished)}\n` +
      `  opened and left at the greeting: ${each(idle.opened)}\n` +
      `  bot resident memory (VmRSS), fresh process after the same ${PROBE_TURNS} turns: ${megabytes(idle.rssEmpty)} with an empty store, ` +
      `${megabytes(idle.rssStored)} with the finished ones stored (${signed(growth)})\n` +
      `  start-up: ${fixed(idle.startupEmptyMs, 0)} ms empty, ${fixed(idle.startupStoredMs, 0)} ms with them stored`,
  );
  return [
    {
      target: `${idle.conversations} idle (finished) conversations < ${megabytes(TARGETS.idleDiskBytes)} disk`,
      figure: megabytes(idle.finished.bytes),
      pass: idle.finished.bytes < TARGETS.idleDiskBytes,
    },
    { target: `no resident memory growth (within ${megabytes(RSS_NOISE_BYTES)})`, figure: signed(growth), pass: growth < RSS_NOISE_BYTES },
  ];
}

/** Prints the report of a run (the parts it got far enough to measure) and returns the verdicts on its targets. */
export function printReport(figures: RunFigures): Verdict[] {
  const { concurrency, rounds, turnsPerRound, loadBefore, runStarted, bot, echo, idle, profileDir } = figures;
  console.log(
    `\nbot (node dist/main.js: SQLite, info logs) vs echo bot (botbuilder + restify sample), both bundled by scripts/build.ts; ${concurrency} concurrent ` +
      `conversations, ${rounds} alternating rounds of ~${turnsPerRound} turns each; ${os.cpus().length} CPUs, Node ${process.version}, ` +
      `load average ${fixed(loadBefore, 2)} → ${fixed(os.loadavg()[0]!, 2)}; run ${fixed((performance.now() - runStarted) / 1000)} s`,
  );
  const verdicts: Verdict[] = [];
  if (bot.rounds.length === rounds && echo.rounds.length === rounds) verdicts.push(...printComparison(figures));
  if (idle) verdicts.push(...printIdle(idle));
  if (verdicts.length > 0) {
    console.log('\ntargets');
    for (const verdict of verdicts) console.log(`  ${verdict.pass ? 'PASS' : 'FAIL'}  ${verdict.target.padEnd(52)}${verdict.figure}`);
  }
  if (profileDir) {
    console.log(
      `\nCPU profiles (.cpuprofile, one per Node process): ${profileDir}/bot, ${profileDir}/echo; ` +
        "the profiler slows both bots, so these figures are not the benchmark's",
    );
  }
  return verdicts;
}

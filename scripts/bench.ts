// `npm run bench [-- --concurrency 16 --rounds 10 --turns 500 --starts 3 --idle 10000 --profile DIR]`:
// the real bot (`node dist/main.js`, what `npm start` runs: its embedded SQLite store, info logs)
// against the plain echo bot of the same botbuilder + restify stack (scripts/lib/echo-bot.ts, bundled
// the same way by scripts/build.ts), each a process of its own started as an operator starts it, both
// replying to one local connector. They are driven ALTERNATELY, round by round (the order swapping
// every round), with the same C concurrent scripted conversations, so machine noise lands on both.
// Throughput is judged on the median of the rounds' bot/echo ratios: each round's pair ran seconds
// apart, and on a shared machine a burst of noise in one round moves the overall ratio (0.73–0.85 over
// fourteen runs of the same code) far more than the median of pairs (0.77–0.89); both are printed. Prints for each and as bot/echo ratios: turns per second, p50/p95/p99 turn
// latency, CPU time per turn, peak memory, disk per stored conversation and start-up time; then what
// 10,000 idle stored conversations cost (disk, and the bot's resident memory with and without them);
// then PASS/FAIL per target. Exits 1 if a target is missed or a conversation went wrong (the figures of
// a run where the bot misbehaved mean nothing). --profile writes a CPU profile of every Node process.
//
// A turn's latency is its POST to /api/messages: the adapter answers only after the turn, whose replies
// the bot has by then posted to the connector (checked on every turn: a turn whose replies had not
// arrived counts as a failure). CPU and memory are read from /proc for the whole process group that
// bot-process.ts starts (the one Node process of a bundle).
import '../src/dot-env.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { buildBot, bundleOptions } from './build.js';
import { startLocalConnector } from '../test/support/local-connector.js';
import { outcomesOf } from '../test/support/received-activities.js';
import { fixed, printReport } from './lib/bench-report.js';
import { drive, start, stop, type BenchRun, type Target } from './lib/bench-targets.js';
import { planOf } from './lib/conversation-plans.js';
import { memoryOf, servingPid } from './lib/process-group.js';
import { databaseBytes, measureIdle, type Idle } from './lib/stored-conversations.js';

const { values } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '16' },
    rounds: { type: 'string', default: '10' },
    turns: { type: 'string', default: '500' },
    starts: { type: 'string', default: '3' },
    idle: { type: 'string', default: '10000' },
    profile: { type: 'string' },
  },
});
const wholeNumber = (name: keyof typeof values, minimum: number): number => {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < minimum) throw new Error(`--${name} must be a whole number of at least ${minimum}`);
  return value;
};
const concurrency = wholeNumber('concurrency', 1);
const rounds = wholeNumber('rounds', 1);
/** Turns each bot serves per round (the last conversation of a round may run a few turns over). */
const turnsPerRound = wholeNumber('turns', 1);
const starts = wholeNumber('starts', 1);
const idleConversations = wholeNumber('idle', 0);
const profileDir = values.profile ? path.resolve(values.profile) : undefined;

/**
 * Turns each bot serves before the measured rounds: both still speed up for about 2,000 turns after a
 * start (V8 optimising, the heap growing to its working size), and a round of a cold bot would measure that.
 */
const WARM_UP_TURNS = 2_000;

const echoSource = fileURLToPath(new URL('./lib/echo-bot.ts', import.meta.url));
const echoEntry = fileURLToPath(new URL('../build/bench/echo-bot.js', import.meta.url));

const failures: string[] = [];
const fail = (problem: string) => {
  if (failures.length < 20) failures.push(problem);
  else if (failures.length === 20) failures.push('… further failures not listed');
};

const bot: Target = {
  name: 'bot',
  check: (script, received) => {
    const outcomes = outcomesOf(received);
    if (script.outcome === undefined || outcomes.includes(script.outcome)) return undefined;
    return `bot, "${script.name}": outcomes [${outcomes.join(', ')}], expected ${script.outcome}`;
  },
  startupMs: [],
  rounds: [],
};
const echo: Target = {
  name: 'echo',
  entry: echoEntry,
  check: (script, received) => {
    const expected = ['Hello and welcome!', ...script.messages];
    const texts = received.map((activity) => activity.text);
    return texts.join('\n') === expected.join('\n') ? undefined : `echo, "${script.name}": replied ${JSON.stringify(texts)}`;
  },
  startupMs: [],
  rounds: [],
};

const connector = await startLocalConnector();
const run: BenchRun = { connector, concurrency, profileDir, fail, dataDirs: [], startedTargets: new Set() };

// --- the run ------------------------------------------------------------------------------------------

const runStarted = performance.now();
const loadBefore = os.loadavg()[0]!;
let idle: Idle | undefined;
const stored = { conversations: 0, liveBytes: Number.NaN, settledBytes: Number.NaN };
const peak = { bot: Number.NaN, echo: Number.NaN };

try {
  await buildBot();
  await build(bundleOptions(echoSource, echoEntry));
  // Start-up: each bot is started `starts` times, alternately; the last start of each serves the rounds.
  for (let n = 0; n < starts; n++) {
    for (const target of n % 2 === 0 ? [bot, echo] : [echo, bot]) {
      await stop(target);
      await start(run, target);
    }
  }

  // A warm-up each (not counted), which also checks every script reaches its outcome.
  const warmUp = planOf(WARM_UP_TURNS);
  const botBytesBefore = databaseBytes(bot.dataDir!);
  for (const target of [bot, echo]) await drive(run, target, warmUp);
  stored.conversations += warmUp.length;
  if (failures.length > 0) throw new Error('the warm-up failed');

  for (let round = 0; round < rounds; round++) {
    const plan = planOf(turnsPerRound);
    for (const target of round % 2 === 0 ? [bot, echo] : [echo, bot]) target.rounds.push(await drive(run, target, plan));
    stored.conversations += plan.length;
    const rate = (target: Target) => fixed(target.rounds.at(-1)!.turns / target.rounds.at(-1)!.seconds, 0);
    console.log(`round ${round + 1}/${rounds}: bot ${rate(bot)} turns/s, echo ${rate(echo)} turns/s`);
  }
  peak.bot = memoryOf(servingPid(bot.process!), 'VmHWM');
  peak.echo = memoryOf(servingPid(echo.process!), 'VmHWM');
  stored.liveBytes = databaseBytes(bot.dataDir!) - botBytesBefore;
  const botDataDir = bot.dataDir!;
  await stop(echo);
  await stop(bot);
  stored.settledBytes = databaseBytes(botDataDir) - botBytesBefore;

  if (idleConversations > 0) idle = await measureIdle(run, bot, idleConversations);
} catch (error) {
  fail(`the run stopped: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  for (const target of run.startedTargets) await stop(target);
  await connector.close();
  for (const dir of run.dataDirs) fs.rmSync(dir, { recursive: true, force: true });
}

// --- report -------------------------------------------------------------------------------------------

const verdicts = printReport({ concurrency, rounds, turnsPerRound, loadBefore, runStarted, bot, echo, stored, peak, idle, profileDir });
if (failures.length > 0) {
  console.error(`\nFAILED (${failures.length}):\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
} else if (verdicts.some((verdict) => !verdict.pass)) {
  process.exitCode = 1;
}

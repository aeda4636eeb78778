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
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { buildBot, bundleOptions } from './build.js';
import { conversationKeyOf } from '../src/bot-framework/conversation-key.js';
import { databaseFile } from '../src/stores/open-store.js';
import { SqliteStore } from '../src/stores/sqlite.js';
import { makeTempDir, startBotProcess, type BotProcess } from '../test/support/bot-process.js';
import {
  conversationUpdateActivity,
  messageActivity,
  newConversationId,
  outcomesOf,
  send,
  startLocalConnector,
  type ReceivedActivity,
} from '../test/support/local-connector.js';

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

const TARGETS = { throughput: 0.8, p99: 1.5, startupMs: 1_500, idleDiskBytes: 50 * 1024 * 1024 };
/** Resident memory that moves between two identical probes of one process; growth within it is noise. */
const RSS_NOISE_BYTES = 8 * 1024 * 1024;
/**
 * Turns each bot serves before the measured rounds: both still speed up for about 2,000 turns after a
 * start (V8 optimising, the heap growing to its working size), and a round of a cold bot would measure that.
 */
const WARM_UP_TURNS = 2_000;
/** Turns driven on a fresh bot before each memory reading, so both readings follow the same work. */
const PROBE_TURNS = 400;

const echoSource = fileURLToPath(new URL('./lib/echo-bot.ts', import.meta.url));
const echoEntry = fileURLToPath(new URL('../build/bench/echo-bot.js', import.meta.url));

/** What a customer types after opening the chat (the open is the first turn), and where it must end. */
type Script = { name: string; messages: string[]; outcome?: string };

// Flows of the development corpus: typed questions, button labels and short typed answers, each ending
// at its recovery steps and the "did that solve it?" answer.
const scripts: Script[] = [
  { name: 'password via reseller', messages: ['I forgot my password', 'Through a reseller', 'yes'], outcome: 'reset-reseller' },
  {
    name: 'password, bought directly',
    messages: ['Reset my account password', 'we bought it directly from you', 'Yes, I have it', 'Yes, I know one of them', 'Yes, that solved it'],
    outcome: 'reset-direct-self',
  },
  {
    name: 'lost access after the sign-on change',
    messages: ["I can't log in since the sign on changed", 'My webmaster or developer gave me my login', 'Yes, that solved it'],
    outcome: 'client-lost-access',
  },
  { name: 'forgotten user name', messages: ['forgot my username', 'No', 'Start over'], outcome: 'username-recovery' },
  {
    name: 'code-signing certificate password',
    messages: ['how do I change the password on my code signing certificate?', 'thanks, that solved it'],
    outcome: 'codesign-password',
  },
  {
    name: 'webmaster after the sign-on change',
    messages: ['we lost access to our clients certificates since the ISO change', 'I manage certificates for my clients', 'yes'],
    outcome: 'webmaster-client-self',
  },
];
const turnsOf = (script: Script) => 1 + script.messages.length;
/** A customer who opens the chat, reads the greeting and leaves. */
const openedAndLeft: Script = { name: 'opened and left', messages: [] };

type Round = {
  turns: number;
  replies: number;
  seconds: number;
  cpuMs: number;
  /** CPU of this benchmark's own process (load, connector): on a small machine it competes with the bot. */
  driverCpuMs: number;
  latenciesMs: number[];
  conversationIds: string[];
};

type Target = {
  name: 'bot' | 'echo';
  entry?: string;
  /** Whether the conversation's replies are what this bot must say to the script. */
  check(script: Script, received: ReceivedActivity[]): string | undefined;
  process?: BotProcess;
  dataDir?: string;
  startupMs: number[];
  rounds: Round[];
};

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

// --- /proc: CPU and memory of a process group --------------------------------------------------------

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

type ProcessStat = { pid: number; ppid: number; group: number; name: string; cpuMs: number };

function readStat(pid: number): ProcessStat | undefined {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined; // Gone between listing and reading.
  }
  // The command name is in parentheses and may hold spaces; the numbered fields follow the last ')'.
  const nameEnd = text.lastIndexOf(')');
  const fields = text.slice(nameEnd + 2).split(' ');
  const field = (n: number) => Number(fields[n - 3]);
  // utime, stime, then cutime and cstime: the latter hold children that exited and were waited for.
  const ticks = field(14) + field(15) + field(16) + field(17);
  return { pid, ppid: field(4), group: field(5), name: text.slice(text.indexOf('(') + 1, nameEnd), cpuMs: (ticks * 1000) / ticksPerSecond };
}

const groupMembers = (group: number): ProcessStat[] =>
  fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => readStat(Number(entry)) ?? [])
    .filter((stat) => stat.group === group);

const groupCpuMs = (group: number) => groupMembers(group).reduce((sum, member) => sum + member.cpuMs, 0);

/** The Node process that serves: the one started, or tsx's child when a TypeScript entry runs under tsx. */
function servingPid(running: BotProcess): number {
  const child = groupMembers(running.pid).find((member) => member.ppid === running.pid && member.name === 'node');
  return child?.pid ?? running.pid;
}

/** A memory figure of /proc/<pid>/status in bytes: VmHWM (peak resident) or VmRSS (resident now). */
function memoryOf(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? Number.NaN) * 1024;
}

/** The SQLite file and its write-ahead log, which holds the latest commits until a checkpoint. */
const databaseBytes = (dataDir: string): number =>
  [databaseFile({ dataDir }), `${databaseFile({ dataDir })}-wal`].reduce((sum, file) => sum + (fs.existsSync(file) ? fs.statSync(file).size : 0), 0);

// --- driving conversations ---------------------------------------------------------------------------

const connector = await startLocalConnector();

type Conversation = { conversationId: string; latenciesMs: number[]; replies: number };

/** One scripted conversation, turn after turn. */
async function converse(running: BotProcess, target: Target, script: Script): Promise<Conversation> {
  const conversationId = newConversationId();
  const activities = [
    conversationUpdateActivity(connector.url, conversationId),
    ...script.messages.map((text) => messageActivity(connector.url, conversationId, text)),
  ];
  const latenciesMs: number[] = [];
  let replies = 0;
  for (const [turn, activity] of activities.entries()) {
    const started = performance.now();
    const response = await send(running.url, activity);
    latenciesMs.push(performance.now() - started);
    const arrived = connector.received(conversationId).length;
    if (response.status !== 200) fail(`${target.name}, "${script.name}" turn ${turn}: HTTP ${response.status} ${response.text.slice(0, 200)}`);
    else if (arrived === replies) fail(`${target.name}, "${script.name}" turn ${turn}: no reply had arrived when the POST returned`);
    replies = arrived;
  }
  const problem = target.check(script, connector.received(conversationId));
  if (problem) fail(problem);
  return { conversationId, latenciesMs, replies };
}

/** The scripts, in turn, until they add up to `turns`: the same plan for both bots in a round. */
function planOf(turns: number): Script[] {
  const plan: Script[] = [];
  for (let planned = 0; planned < turns; planned += turnsOf(plan.at(-1)!)) plan.push(scripts[plan.length % scripts.length]!);
  return plan;
}

/** Runs the plan with `concurrency` conversations at a time. */
async function drive(target: Target, plan: Script[]): Promise<Round> {
  const running = target.process!;
  const latenciesMs: number[] = [];
  const conversationIds: string[] = [];
  let replies = 0;
  let next = 0;
  const cpuBefore = groupCpuMs(running.pid);
  const driverBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let index = next++; index < plan.length; index = next++) {
        const conversation = await converse(running, target, plan[index]!);
        latenciesMs.push(...conversation.latenciesMs);
        conversationIds.push(conversation.conversationId);
        replies += conversation.replies;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const driver = process.cpuUsage(driverBefore);
  return {
    turns: latenciesMs.length,
    replies,
    seconds,
    cpuMs: groupCpuMs(running.pid) - cpuBefore,
    driverCpuMs: (driver.user + driver.system) / 1000,
    latenciesMs,
    conversationIds,
  };
}

/**
 * Node refuses --cpu-prof in NODE_OPTIONS, the one way into every Node process of a target (tsx runs
 * a TypeScript entry in a child); so each Node process of a target preloads this module instead, which profiles through the inspector from
 * start to exit and writes `<pid>.cpuprofile` (Chrome DevTools format) into the target's folder.
 */
const profilePreload = `
import fs from 'node:fs';
import inspector from 'node:inspector';
import path from 'node:path';
const session = new inspector.Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 500 });
session.post('Profiler.start');
process.on('exit', () => {
  // An in-thread session answers synchronously, so the profile is written before the process ends.
  session.post('Profiler.stop', (error, result) => {
    if (!error) fs.writeFileSync(path.join(process.env.BENCH_PROFILE_DIR, process.pid + '.cpuprofile'), JSON.stringify(result.profile));
  });
});
`;

const profileEnv = (name: string): Record<string, string> => {
  if (!profileDir) return {};
  const dir = path.join(profileDir, name);
  fs.mkdirSync(dir, { recursive: true });
  const preload = path.join(profileDir, 'profile-preload.mjs');
  fs.writeFileSync(preload, profilePreload);
  return { NODE_OPTIONS: `--import ${pathToFileURL(preload).href}`, BENCH_PROFILE_DIR: dir };
};

/** Data folders this run made, and every bot it started: removed and stopped at the end, whatever happens. */
const dataDirs: string[] = [];
const startedTargets = new Set<Target>();

/** Starts the target (on a fresh data folder by default) and records how long until it said "listening". */
async function start(target: Target, dataDir?: string): Promise<BotProcess> {
  if (!dataDir) {
    dataDir = makeTempDir(`bench-${target.name}-`);
    dataDirs.push(dataDir);
  }
  const spawnedAt = performance.now();
  const running = await startBotProcess({ dataDir, ...(target.entry ? { entry: target.entry } : {}), env: profileEnv(target.name) });
  target.startupMs.push(performance.now() - spawnedAt);
  startedTargets.add(target);
  target.process = running;
  target.dataDir = dataDir;
  return running;
}

async function stop(target: Target): Promise<void> {
  const running = target.process;
  if (!running) return;
  target.process = undefined;
  await running.stop().catch(() => running.kill());
}

// --- figures ------------------------------------------------------------------------------------------

const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const median = (samples: number[]) =>
  percentile(
    [...samples].sort((a, b) => a - b),
    0.5,
  );
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

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

const rows: string[] = [];
const row = (label: string, botValue: string, echoValue: string, ratio = '') =>
  rows.push(`${label.padEnd(34)}${botValue.padStart(12)}${echoValue.padStart(12)}${ratio.padStart(12)}`);
const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-');
const ratioOf = (a: number, b: number) => `${fixed(a / b, 2)} ×`;

type Verdict = { target: string; figure: string; pass: boolean };
const verdicts: Verdict[] = [];

// --- idle conversations -------------------------------------------------------------------------------

/**
 * The idle-conversation store lives on tmpfs when there is one: this benchmark writes 10,000
 * conversations through SqliteStore, one commit per call, and on disk every commit waits for an fsync.
 * File sizes and the bot's memory do not depend on the file system.
 */
const idleRoot = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();

const keyOf = (conversationId: string) =>
  conversationKeyOf({ channelId: conversationUpdateActivity(connector.url, conversationId).channelId, conversation: { id: conversationId } } as Parameters<
    typeof conversationKeyOf
  >[0]);

/**
 * Stores `count` conversations as copies of ones the bot stored (snapshot, reference and transcript,
 * read back through the store API), each under a new conversation id: finished scripted conversations,
 * the kind that piles up until transcripts are deleted (TRANSCRIPT_RETENTION_DAYS), snapshots for good.
 */
async function storeIdleConversations(file: string, templateIds: string[], count: number): Promise<void> {
  const store = new SqliteStore(file);
  try {
    const templates = await Promise.all(
      templateIds.map(async (conversationId) => {
        const key = keyOf(conversationId);
        const stored = await store.load(key);
        const reference = await store.loadReference(key);
        if (!stored || !reference) throw new Error(`conversation ${key} is not in the store`);
        return { conversationId, key, envelope: stored.envelope, reference, transcript: await store.readTranscript(key) };
      }),
    );
    for (let n = 0; n < count; n++) {
      const template = templates[n % templates.length]!;
      const conversationId = newConversationId();
      const renamed = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll(template.conversationId, conversationId)) as T;
      const key = renamed(template.key);
      await store.save(key, renamed(template.envelope), undefined);
      await store.saveReference(key, renamed(template.reference));
      await store.appendTranscript(renamed(template.transcript));
    }
  } finally {
    await store.close();
  }
}

/** Bytes of each table of a SQLite file, its indexes included (SQLite's own dbstat; the file is closed). */
function tableBytes(file: string): Map<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db
      .prepare<[], { table: string; bytes: number }>(
        'SELECT s.tbl_name AS "table", sum(d.pgsize) AS bytes FROM dbstat d JOIN sqlite_schema s ON s.name = d.name GROUP BY s.tbl_name',
      )
      .all();
    return new Map(rows.map((row) => [row.table, row.bytes]));
  } finally {
    db.close();
  }
}

type Stored = { bytes: number; byTable: Map<string, number> };

/** Adds `count` copies of the templates to a closed SQLite file; returns what the file grew by. */
async function addIdleConversations(file: string, templateIds: string[], count: number): Promise<Stored> {
  const bytesBefore = fs.statSync(file).size;
  const tablesBefore = tableBytes(file);
  await storeIdleConversations(file, templateIds, count);
  const grown = [...tableBytes(file)].map(([table, bytes]): [string, number] => [table, bytes - (tablesBefore.get(table) ?? 0)]);
  return { bytes: fs.statSync(file).size - bytesBefore, byTable: new Map(grown.filter(([, bytes]) => bytes > 0)) };
}

type Idle = {
  conversations: number;
  /** Finished scripted conversations: what the judged figure and the memory comparison use. */
  finished: Stored;
  /** Conversations opened and left at the greeting, for comparison. */
  opened: Stored;
  seconds: number;
  rssEmpty: number;
  rssStored: number;
  startupEmptyMs: number;
  startupStoredMs: number;
};

/**
 * A fresh bot on an empty store, probed, then a fresh bot on the same store with the idle conversations
 * added, probed the same way: resident memory after the same work, with and without them.
 */
async function measureIdle(): Promise<Idle> {
  const idleBot: Target = { ...bot, startupMs: [], rounds: [] };
  const dataDir = fs.mkdtempSync(path.join(idleRoot, 'bench-idle-'));
  const scratchDir = fs.mkdtempSync(path.join(idleRoot, 'bench-idle-opened-'));
  dataDirs.push(dataDir, scratchDir);
  const probe = planOf(PROBE_TURNS);
  await start(idleBot, dataDir);
  const finishedTemplates = (await drive(idleBot, probe)).conversationIds;
  const rssEmpty = memoryOf(servingPid(idleBot.process!), 'VmRSS');
  const openedTemplates = (
    await drive(
      idleBot,
      Array.from({ length: concurrency }, () => openedAndLeft),
    )
  ).conversationIds;
  await stop(idleBot);
  // Stopping closed the store, which checkpoints the WAL into the file and removes it.
  const file = databaseFile({ dataDir });
  const scratchFile = databaseFile({ dataDir: scratchDir });
  fs.copyFileSync(file, scratchFile);
  const opened = await addIdleConversations(scratchFile, openedTemplates, idleConversations);
  const started = performance.now();
  const finished = await addIdleConversations(file, finishedTemplates, idleConversations);
  const seconds = (performance.now() - started) / 1000;
  await start(idleBot, dataDir);
  await drive(idleBot, probe);
  const rssStored = memoryOf(servingPid(idleBot.process!), 'VmRSS');
  await stop(idleBot);
  return {
    conversations: idleConversations,
    finished,
    opened,
    seconds,
    rssEmpty,
    rssStored,
    startupEmptyMs: idleBot.startupMs[0]!,
    startupStoredMs: idleBot.startupMs[1]!,
  };
}

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
      await start(target);
    }
  }

  // A warm-up each (not counted), which also checks every script reaches its outcome.
  const warmUp = planOf(WARM_UP_TURNS);
  const botBytesBefore = databaseBytes(bot.dataDir!);
  for (const target of [bot, echo]) await drive(target, warmUp);
  stored.conversations += warmUp.length;
  if (failures.length > 0) throw new Error('the warm-up failed');

  for (let round = 0; round < rounds; round++) {
    const plan = planOf(turnsPerRound);
    for (const target of round % 2 === 0 ? [bot, echo] : [echo, bot]) target.rounds.push(await drive(target, plan));
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

  if (idleConversations > 0) idle = await measureIdle();
} catch (error) {
  fail(`the run stopped: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  for (const target of startedTargets) await stop(target);
  await connector.close();
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
}

// --- report -------------------------------------------------------------------------------------------

console.log(
  `\nbot (node dist/main.js: SQLite, info logs) vs echo bot (botbuilder + restify sample), both bundled by scripts/build.ts; ${concurrency} concurrent ` +
    `conversations, ${rounds} alternating rounds of ~${turnsPerRound} turns each; ${os.cpus().length} CPUs, Node ${process.version}, ` +
    `load average ${fixed(loadBefore, 2)} → ${fixed(os.loadavg()[0]!, 2)}; run ${fixed((performance.now() - runStarted) / 1000)} s`,
);
if (bot.rounds.length === rounds && echo.rounds.length === rounds) {
  const b = summarise(bot);
  const e = summarise(echo);
  const botStart = median(bot.startupMs);
  const echoStart = median(echo.startupMs);
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
  verdicts.push(
    {
      target: `throughput ≥ ${TARGETS.throughput} × echo (median of rounds)`,
      figure: `${fixed(pairedRatio, 2)} × (all rounds together ${ratioOf(b.turnsPerSecond, e.turnsPerSecond)})`,
      pass: pairedRatio >= TARGETS.throughput,
    },
    { target: `p99 ≤ ${TARGETS.p99} × echo`, figure: ratioOf(b.p99, e.p99), pass: b.p99 <= TARGETS.p99 * e.p99 },
    { target: `start-up < ${TARGETS.startupMs} ms (median)`, figure: `${fixed(botStart, 0)} ms`, pass: botStart < TARGETS.startupMs },
  );
}
if (idle) {
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
  verdicts.push(
    {
      target: `${idle.conversations} idle (finished) conversations < ${megabytes(TARGETS.idleDiskBytes)} disk`,
      figure: megabytes(idle.finished.bytes),
      pass: idle.finished.bytes < TARGETS.idleDiskBytes,
    },
    { target: `no resident memory growth (within ${megabytes(RSS_NOISE_BYTES)})`, figure: signed(growth), pass: growth < RSS_NOISE_BYTES },
  );
}
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
if (failures.length > 0) {
  console.error(`\nFAILED (${failures.length}):\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
} else if (verdicts.some((verdict) => !verdict.pass)) {
  process.exitCode = 1;
}

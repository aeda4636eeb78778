// Both bots must be started, loaded and checked exactly alike for their figures to compare, so one
// set of functions does it for either: start-up timed to "listening", scripted conversations whose
// every turn is timed and whose replies are checked, CPU of the process group per round.
import { makeTempDir, startBotProcess, type BotProcess } from '../../test/support/bot-process.js';
import { conversationUpdateActivity, messageActivity, newConversationId, send } from '../../test/support/channel-activities.js';
import type { LocalConnector } from '../../test/support/local-connector.js';
import type { ReceivedActivity } from '../../test/support/received-activities.js';
import type { Script } from './conversation-plans.js';
import { profileEnv } from './cpu-profile.js';
import { groupCpuMs } from './process-group.js';

export type Round = {
  turns: number;
  replies: number;
  seconds: number;
  cpuMs: number;
  /** CPU of this benchmark's own process (load, connector): on a small machine it competes with the bot. */
  driverCpuMs: number;
  latenciesMs: number[];
  conversationIds: string[];
};

export type Target = {
  name: 'bot' | 'echo';
  entry?: string;
  /** Whether the conversation's replies are what this bot must say to the script. */
  check(script: Script, received: ReceivedActivity[]): string | undefined;
  process?: BotProcess;
  dataDir?: string;
  startupMs: number[];
  rounds: Round[];
};

/** What one benchmark run shares among the targets it starts and drives. */
export type BenchRun = {
  connector: LocalConnector;
  /** Scripted conversations driven at a time. */
  concurrency: number;
  profileDir: string | undefined;
  /** Records a problem of a conversation or of the run; any problem fails the run. */
  fail: (problem: string) => void;
  /** Data folders this run made, and every bot it started: removed and stopped at the end, whatever happens. */
  dataDirs: string[];
  startedTargets: Set<Target>;
};

/** Starts the target (on a fresh data folder by default) and records how long until it said "listening". */
export async function start(run: BenchRun, target: Target, dataDir?: string): Promise<BotProcess> {
  if (!dataDir) {
    dataDir = makeTempDir(`bench-${target.name}-`);
    run.dataDirs.push(dataDir);
  }
  const spawnedAt = performance.now();
  const running = await startBotProcess({ dataDir, ...(target.entry ? { entry: target.entry } : {}), env: profileEnv(run.profileDir, target.name) });
  target.startupMs.push(performance.now() - spawnedAt);
  run.startedTargets.add(target);
  target.process = running;
  target.dataDir = dataDir;
  return running;
}

export async function stop(target: Target): Promise<void> {
  const running = target.process;
  if (!running) return;
  target.process = undefined;
  await running.stop().catch(() => running.kill());
}

type Conversation = { conversationId: string; latenciesMs: number[]; replies: number };

/** One scripted conversation, turn after turn. */
async function converse(run: BenchRun, running: BotProcess, target: Target, script: Script): Promise<Conversation> {
  const { connector, fail } = run;
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

/** Runs the plan with `run.concurrency` conversations at a time. */
export async function drive(run: BenchRun, target: Target, plan: Script[]): Promise<Round> {
  const running = target.process!;
  const latenciesMs: number[] = [];
  const conversationIds: string[] = [];
  let replies = 0;
  let next = 0;
  const cpuBefore = groupCpuMs(running.pid);
  const driverBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: run.concurrency }, async () => {
      for (let index = next++; index < plan.length; index = next++) {
        const conversation = await converse(run, running, target, plan[index]!);
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

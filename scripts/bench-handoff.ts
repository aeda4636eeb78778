// `npm run bench:handoff [-- --handoffs 16 --messages 10 --postgres postgres://…]`: the human handoff
// under H concurrent handoffs, against one real bot process (`node dist/main.js`, SQLite unless
// --postgres gives a DATABASE_URL) whose customers (Direct Line) and agents' Teams channel are both a
// local connector. H customers escalate at once, H agents accept at once, then every chat relays M
// messages each way, customers and agents all in parallel; every chat is ended. Prints p50/p95/max of
// escalation → card, accept, customer → agent and agent → customer; exits 1 if a handoff failed or a
// message was lost, duplicated or out of order.
import '../src/dot-env.js';
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { firstName } from '../src/handoff/lifecycle.js';
import { partsOf } from '../src/bot-framework/render-reply.js';
import { buildBot } from './build.js';
import { makeTempDir, startBotProcess, type BotProcess } from '../test/support/bot-process.js';
import { newConversationId, send } from '../test/support/channel-activities.js';
import { startLocalConnector } from '../test/support/local-connector.js';
import type { ReceivedActivity } from '../test/support/received-activities.js';
import {
  AGENTS_CHANNEL_ID,
  TENANT_ID,
  agent,
  cardAction,
  customerJoins,
  customerMessage,
  customerWordsIn,
  threadMessage,
  type TestAgent,
} from '../test/support/teams-activities.js';

const { values } = parseArgs({
  options: {
    handoffs: { type: 'string', default: '16' },
    messages: { type: 'string', default: '10' },
    postgres: { type: 'string' },
  },
});
const handoffs = Number(values.handoffs);
const messages = Number(values.messages);
const databaseUrl = values.postgres;
if (!Number.isInteger(handoffs) || handoffs < 1 || !Number.isInteger(messages) || messages < 1) {
  throw new Error('--handoffs and --messages must be positive whole numbers');
}

/** How long one expected activity may take to reach the connector before it counts as lost. */
const ARRIVAL_TIMEOUT_MS = 15_000;
/** Far beyond the run: no customer is told they waited too long or taken off the queue for being idle. */
const HOUR_SECONDS = '3600';

type Chat = {
  index: number;
  conversationId: string;
  agent: TestAgent;
  escalationText: string;
  escalationStartedAt: number;
  threadId?: string;
  caseId?: string;
};

const failures: string[] = [];
const escalationMs: number[] = [];
const acceptMs: number[] = [];
const customerToAgentMs: number[] = [];
const agentToCustomerMs: number[] = [];

const connector = await startLocalConnector();
const dataDir = makeTempDir('bench-handoff-');
const bootStarted = performance.now();
let bot: BotProcess | undefined;

/** performance.now() when an activity that `matches` is in the conversation at the connector; undefined if none came in time. */
async function arrivalOf(conversationId: string, matches: (activity: ReceivedActivity) => boolean): Promise<number | undefined> {
  const deadline = performance.now() + ARRIVAL_TIMEOUT_MS;
  for (let seen = 0; ;) {
    const received = connector.received(conversationId);
    for (; seen < received.length; seen++) if (matches(received[seen]!)) return performance.now();
    const left = deadline - performance.now();
    if (left <= 0) return undefined;
    // The connector resolves this as the activity is recorded, so the time taken above is its arrival.
    await connector.waitFor(conversationId, seen + 1, left).catch(() => undefined);
  }
}

/** Whether the message says `key`, alone or as one of its parts. */
const hasKey = (key: string) => (activity: ReceivedActivity) => (activity.channelData ? partsOf(activity.channelData).includes(key) : false);

async function post(botUrl: string, activity: object, what: string): Promise<unknown> {
  const response = await send(botUrl, activity);
  if (response.status !== 200) failures.push(`${what}: HTTP ${response.status} ${response.text.slice(0, 200)}`);
  return response.body;
}

/** Counts what the receiving side got against what was sent: missing, unexpected (or repeated), and out of order. */
function compare(sent: string[], received: string[], where: string): { lost: number; unexpected: number; outOfOrder: boolean } {
  const expected = new Set(sent);
  const got = new Set(received);
  const lost = sent.filter((text) => !got.has(text)).length;
  const unexpected = received.length - received.filter((text) => expected.has(text)).length + (received.length - got.size);
  const arrivedInSentOrder = sent.filter((text) => got.has(text));
  const arrivedInReceivedOrder = [...new Set(received.filter((text) => expected.has(text)))];
  const outOfOrder = arrivedInSentOrder.join('\n') !== arrivedInReceivedOrder.join('\n');
  if (lost > 0 || unexpected > 0 || outOfOrder) {
    failures.push(`${where}: ${lost} lost, ${unexpected} unexpected or repeated${outOfOrder ? ', out of order' : ''}`);
  }
  return { lost, unexpected, outOfOrder };
}

const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

function row(name: string, samples: number[], expected: number): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const figure = (q: number) => (percentile(sorted, q)?.toFixed(1) ?? '-').padStart(9);
  return `${name.padEnd(20)}${`${sorted.length}/${expected}`.padStart(9)}${figure(0.5)}${figure(0.95)}${figure(1)}`;
}

let elapsedSeconds = 0;
let bootSeconds = 0;
const relayed = { sent: 0, lost: 0, unexpected: 0, outOfOrder: 0 };
let ended = 0;
let botErrors: string[] = [];

try {
  await buildBot();
  bot = await startBotProcess({
    dataDir,
    env: {
      TEAMS_AGENTS_CHANNEL_ID: AGENTS_CHANNEL_ID,
      TEAMS_SERVICE_URL: connector.url,
      TEAMS_TENANT_ID: TENANT_ID,
      HANDOFF_WAIT_LIMIT_SECONDS: HOUR_SECONDS,
      HANDOFF_IDLE_LIMIT_SECONDS: HOUR_SECONDS,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    },
  });
  const botUrl = bot.url;
  bootSeconds = (performance.now() - bootStarted) / 1000;
  const started = performance.now();

  const chats: Chat[] = Array.from({ length: handoffs }, (_, index) => ({
    index,
    conversationId: newConversationId(),
    agent: agent(`Agent${String(index).padStart(2, '0')} Bench`),
    // The number ties the card (whose transcript quotes this line) to its customer.
    escalationText: `I need to talk to a person, ref ${index}`,
    escalationStartedAt: 0,
  }));
  // Only members of the agents' team act on cases (the bot asks Teams, here the local connector).
  for (const chat of chats) connector.addMember(AGENTS_CHANNEL_ID, chat.agent);

  // 1. Every customer opens a chat (the bot greets twice), then all ask for a person at once.
  await Promise.all(
    chats.map(async (chat) => {
      await post(botUrl, customerJoins(connector.url, chat.conversationId), `customer ${chat.index} joining`);
      await connector.waitForSaid(chat.conversationId, 2, ARRIVAL_TIMEOUT_MS).catch(() => failures.push(`customer ${chat.index}: no greeting`));
    }),
  );
  const threadsBefore = connector.createdThreads.length;
  await Promise.all(
    chats.map(async (chat) => {
      // Date.now(), not performance.now(): the connector stamps created threads with Date.now().
      chat.escalationStartedAt = Date.now();
      await post(botUrl, customerMessage(connector.url, chat.conversationId, chat.escalationText), `customer ${chat.index} escalating`);
      if ((await arrivalOf(chat.conversationId, hasKey('handoff.queued'))) === undefined) failures.push(`customer ${chat.index}: not told they are queued`);
    }),
  );
  await connector.waitForThread(threadsBefore + handoffs - 1, ARRIVAL_TIMEOUT_MS).catch(() => undefined);
  for (const thread of connector.createdThreads.slice(threadsBefore)) {
    const card = JSON.stringify(connector.received(thread.threadId)[0]?.attachments ?? []);
    const chat = chats[Number(/talk to a person, ref (\d+)\b/.exec(card)?.[1] ?? Number.NaN)];
    const caseId = /Case (C-[A-Z0-9]{6})/.exec(card)?.[1];
    if (!chat || !caseId || chat.threadId !== undefined) {
      failures.push(`thread ${thread.threadId}: a card that names no customer of this run, or one already carded`);
      continue;
    }
    chat.threadId = thread.threadId;
    chat.caseId = caseId;
    escalationMs.push(thread.at - chat.escalationStartedAt);
  }
  const carded = chats.filter((chat) => chat.threadId !== undefined);
  for (const chat of chats) if (chat.threadId === undefined) failures.push(`customer ${chat.index}: no card posted for the agents`);

  // 2. A different agent accepts each case, all at the same moment.
  const accepted: Chat[] = [];
  await Promise.all(
    carded.map(async (chat) => {
      const clicked = performance.now();
      const answer = (await post(botUrl, cardAction(connector.url, chat.threadId!, chat.agent, 'accept', chat.caseId!), `agent ${chat.index} accepting`)) as
        { value?: unknown } | undefined;
      acceptMs.push(performance.now() - clicked);
      if (!JSON.stringify(answer?.value ?? '').includes(`Accepted by ${chat.agent.name}`)) {
        failures.push(`agent ${chat.index}: the card does not say they accepted ${chat.caseId}`);
      } else if ((await arrivalOf(chat.conversationId, hasKey('handoff.agentJoined'))) === undefined) {
        failures.push(`customer ${chat.index}: not told an agent joined`);
      } else {
        accepted.push(chat);
      }
    }),
  );

  // 3. Customer → agent: each customer writes M messages one after another, all customers at once.
  const customerSent = new Map<Chat, string[]>();
  await Promise.all(
    accepted.map(async (chat) => {
      const sent: string[] = [];
      customerSent.set(chat, sent);
      for (let n = 1; n <= messages; n++) {
        const text = `Customer ${chat.index} writes line ${n} of ${messages}`;
        sent.push(text);
        const posted = performance.now();
        const arrival = arrivalOf(chat.threadId!, (activity) => customerWordsIn(activity.text) === text);
        await post(botUrl, customerMessage(connector.url, chat.conversationId, text), `customer ${chat.index} line ${n}`);
        const at = await arrival;
        if (at !== undefined) customerToAgentMs.push(at - posted);
      }
    }),
  );

  // 4. Agent → customer: each agent writes M messages in their case's thread, all agents at once.
  const agentSent = new Map<Chat, string[]>();
  await Promise.all(
    accepted.map(async (chat) => {
      const sent: string[] = [];
      agentSent.set(chat, sent);
      for (let n = 1; n <= messages; n++) {
        const text = `Agent ${chat.index} answers line ${n} of ${messages}`;
        sent.push(`**${firstName(chat.agent.name)}:** ${text}`);
        const posted = performance.now();
        const arrival = arrivalOf(chat.conversationId, (activity) => hasKey('handoff.agentMessage')(activity) && (activity.text ?? '').endsWith(text));
        await post(botUrl, threadMessage(connector.url, chat.threadId!, chat.agent, text), `agent ${chat.index} line ${n}`);
        const at = await arrival;
        if (at !== undefined) agentToCustomerMs.push(at - posted);
      }
    }),
  );

  // 5. Everything sent arrived once, in the order sent, in the right conversation.
  for (const chat of accepted) {
    const inThread = connector.received(chat.threadId!).flatMap((a) => customerWordsIn(a.text) ?? []);
    const toCustomer = connector.received(chat.conversationId).flatMap((a) => (hasKey('handoff.agentMessage')(a) ? [a.text ?? ''] : []));
    for (const result of [
      compare(customerSent.get(chat) ?? [], inThread, `case ${chat.caseId} thread (customer ${chat.index} → agent)`),
      compare(agentSent.get(chat) ?? [], toCustomer, `customer ${chat.index} (agent → customer)`),
    ]) {
      relayed.lost += result.lost;
      relayed.unexpected += result.unexpected;
      if (result.outOfOrder) relayed.outOfOrder++;
    }
    relayed.sent += (customerSent.get(chat)?.length ?? 0) + (agentSent.get(chat)?.length ?? 0);
  }

  // 6. Every agent ends their chat; the customer is told.
  await Promise.all(
    accepted.map(async (chat) => {
      await post(botUrl, threadMessage(connector.url, chat.threadId!, chat.agent, 'end'), `agent ${chat.index} ending`);
      if ((await arrivalOf(chat.conversationId, hasKey('handoff.agentEnded'))) === undefined) failures.push(`customer ${chat.index}: not told the chat ended`);
      else ended++;
    }),
  );
  elapsedSeconds = (performance.now() - started) / 1000;
  // pino level 50 is "error": the bot noticed something go wrong even if every message arrived.
  botErrors = bot.logs.filter((line) => (line.level ?? 0) >= 50).map((line) => String(line.msg));
} catch (error) {
  failures.push(`the run stopped: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await bot?.stop().catch(() => bot?.kill());
  await connector.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

console.log(
  `handoff ${databaseUrl ? 'postgres' : 'sqlite'}, ${handoffs} concurrent handoffs, ${messages} messages each way per chat; ` +
    `${os.cpus().length} CPUs, Node ${process.version}`,
);
console.log(`${''.padEnd(20)}${'count'.padStart(9)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'max ms'.padStart(9)}`);
console.log(row('escalation → card', escalationMs, handoffs));
console.log(row('accept (card click)', acceptMs, handoffs));
console.log(row('customer → agent', customerToAgentMs, handoffs * messages));
console.log(row('agent → customer', agentToCustomerMs, handoffs * messages));
console.log(
  `messages relayed ${relayed.sent - relayed.lost}/${handoffs * messages * 2} (${relayed.lost} lost, ${relayed.unexpected} unexpected, ` +
    `${relayed.outOfOrder} conversations out of order); chats ended ${ended}/${handoffs}; ` +
    `elapsed ${elapsedSeconds.toFixed(1)} s (bot start ${bootSeconds.toFixed(1)} s not counted)`,
);
if (botErrors.length > 0) console.log(`the bot logged ${botErrors.length} errors: ${[...new Set(botErrors)].join('; ')}`);
if (failures.length > 0) {
  console.error(`FAILED (${failures.length}):\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
}

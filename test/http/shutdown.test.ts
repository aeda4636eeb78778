// Graceful shutdown with a turn in flight: the real bot as a process (`node dist/main.js`) on a SQLite file.
// On SIGTERM it stops accepting, finishes the turns in flight, closes the store and exits 0 within a
// bound; a turn that never finishes cannot hold it up past main.ts's forced exit.
//
// A turn's POST /api/messages is answered only once the bot has posted its replies to the channel
// (the serviceUrl), so a bots.connector that holds the bot's reply post keeps that turn in flight.
import http from 'node:http';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { BotProcess } from '../support/bot-process.js';
import { useBotProcesses } from '../support/bot-processes.js';
import { choiceLabel } from '../support/runner.js';
import { conversationUpdateActivity, messageActivity, newConversationId, send } from '../support/channel-activities.js';
import type { HeldPost } from '../support/local-connector.js';
import type { ReceivedActivity } from '../support/received-activities.js';

// Two cold process starts per test (tsx compiles the sources each time).
const PROCESS_TEST_TIMEOUT_MS = 60_000;
/** How long the bots.connector keeps the turn in flight after SIGTERM: the process must still be there. */
const HOLD_AFTER_SIGTERM_MS = 1_000;
/** The bound on exiting once the last turn in flight has finished (main.ts forces an exit at 10 s). */
const EXIT_AFTER_LAST_TURN_MS = 5_000;
/** main.ts: turns still running this long after SIGTERM no longer hold the process (it exits 1). */
const FORCED_EXIT_MS = 10_000;
/** Slack for tsx relaying the signal and the exit, on a busy machine. */
const EXIT_SLACK_MS = 3_000;
/** How soon after the "stopping" line the bot must refuse new connections. */
const REFUSE_WITHIN_MS = 2_000;

const holds: HeldPost[] = [];
const agents: http.Agent[] = [];
const sockets: net.Socket[] = [];
afterEach(() => {
  // A failed test may leave a held post or a client socket behind: only this file's.
  for (const held of holds.splice(0)) held.release();
  for (const agent of agents.splice(0)) agent.destroy();
  for (const socket of sockets.splice(0)) socket.destroy();
});

const bots = useBotProcesses({ killAfter: 'each test' });
const start = (dataDir: string): Promise<BotProcess> => bots.start({ dataDir });
const newDataDir = (): string => bots.newDataDir('bot-shutdown-');

function hold(conversationId: string): HeldPost {
  const held = bots.connector.holdNext(conversationId);
  holds.push(held);
  return held;
}

/** A client that keeps its connection open between requests and sends them one at a time, as a channel does. */
function keepAliveClient(): http.Agent {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  agents.push(agent);
  return agent;
}

type Outcome = { status: number; connection: string | undefined; text: string } | { error: string };

/**
 * POSTs an activity to the bot's /api/messages with node:http, so the test chooses the connection:
 * `agent: false` opens a new one; a keep-alive agent reuses its open one.
 */
function post(botUrl: string, activity: object, agent: http.Agent | false): Promise<Outcome> {
  return new Promise((resolve) => {
    const body = JSON.stringify(activity);
    const request = http.request(
      `${botUrl}/api/messages`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, connection: response.headers.connection, text: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    request.end(body);
  });
}

/** Probes with GET /healthz on new connections until one is refused; resolves with the last outcome. */
/**
 * How a connection the closing server never serves ends: refused once the listener is gone, or reset
 * when it was already waiting in the listener's backlog as the listener closed.
 */
const notServed = [{ error: 'ECONNREFUSED' }, { error: 'ECONNRESET' }];

async function firstRefusal(botUrl: string, withinMs: number): Promise<Outcome> {
  const until = Date.now() + withinMs;
  for (;;) {
    const outcome = await new Promise<Outcome>((resolve) => {
      const request = http.get(`${botUrl}/healthz`, { agent: false }, (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, connection: response.headers.connection, text: '' }));
      });
      request.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    });
    if ('error' in outcome || Date.now() >= until) return outcome;
    await sleep(20);
  }
}

/**
 * A POST /api/messages on a raw connection whose request line and first header are sent now and the
 * rest on `finish`: a connection with a request arriving is not idle, so server.close() leaves it open.
 */
async function partialRequest(botUrl: string) {
  const { hostname, port } = new URL(botUrl);
  const socket = net.connect(Number(port), hostname);
  sockets.push(socket);
  let received = '';
  socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
  const closed = new Promise<string>((resolve) => socket.once('close', () => resolve(received)));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  socket.on('error', () => undefined); // A reset shows as the connection closing.
  socket.write(`POST /api/messages HTTP/1.1\r\nhost: ${hostname}:${port}\r\n`);
  return {
    /** Sends the rest of the request; resolves with all the bot sent back once the connection has closed. */
    finish(activity: object): Promise<{ status: number; connection: string | undefined; body: string }> {
      const body = JSON.stringify(activity);
      socket.write(`content-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      return closed.then((text) => {
        const [head = '', ...rest] = text.split('\r\n\r\n');
        return {
          status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0),
          connection: /^connection: *(.*)$/im.exec(head)?.[1]?.toLowerCase(),
          body: rest.join('\r\n\r\n'),
        };
      });
    },
  };
}

/** Whether `promise` has settled, without waiting for it. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  const pending = Symbol('pending');
  return (await Promise.race([promise.then(() => true), Promise.resolve(pending)])) !== pending;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The content keys of what the bot said, in order, however it grouped them into messages (a message
 * that joins several replies names them all in `contentKeys`).
 */
const saidKeysOf = (activities: ReceivedActivity[]): (string | undefined)[] =>
  activities.flatMap((activity) => (activity.channelData as { contentKeys?: string[] } | undefined)?.contentKeys ?? [activity.channelData?.contentKey]);

/**
 * Posts an activity to the bot and returns what the bot sent in that turn: the bot answers the post
 * only once the bots.connector has answered (and recorded) each of its replies.
 */
async function turn(bot: BotProcess, conversationId: string, activity: object): Promise<ReceivedActivity[]> {
  const before = bots.connector.said(conversationId).length;
  const response = await send(bot.url, activity);
  expect(response.status, `POST /api/messages answered ${response.status}: ${response.text}`).toBe(200);
  return bots.connector.said(conversationId).slice(before);
}

async function openConversation(bot: BotProcess, conversationId: string): Promise<void> {
  const opened = await turn(bot, conversationId, conversationUpdateActivity(bots.connector.url, conversationId));
  expect(saidKeysOf(opened)).toEqual(['common.welcome', 'triage.askNeed']);
}

/** The customer chooses "reset password" with the bots.connector holding the bot's first reply: returns once the turn is in flight. */
async function resetPasswordInFlight(bot: BotProcess, conversationId: string, agent: http.Agent) {
  const held = hold(conversationId);
  const response = post(bot.url, messageActivity(bots.connector.url, conversationId, choiceLabel('triage.askNeed', 'reset_password')), agent);
  const request = await held.arrived;
  // In flight: the bot has decided and sent its first reply, which the channel has not answered, so
  // neither has the bot answered the customer's post.
  expect(saidKeysOf(request.activity ? [request.activity] : [])[0]).toBe('reset.intro');
  expect(await settled(response)).toBe(false);
  return { held, response };
}

describe('graceful shutdown with a turn in flight (real processes, SQLite file)', () => {
  it(
    'on SIGTERM refuses new requests, finishes the turn in flight, exits 0, and the next process carries on',
    { timeout: PROCESS_TEST_TIMEOUT_MS },
    async () => {
      const dataDir = newDataDir();
      const conversationId = newConversationId();
      const first = await start(dataDir);
      await openConversation(first, conversationId);
      const channel = keepAliveClient();
      const inFlight = await resetPasswordInFlight(first, conversationId, channel);

      // A request has begun to arrive on another connection when SIGTERM comes.
      const late = await partialRequest(first.url);

      const stopped = first.stop(EXIT_AFTER_LAST_TURN_MS + HOLD_AFTER_SIGTERM_MS + EXIT_SLACK_MS);
      await first.waitForLog((line) => line.msg === 'stopping' && line.signal === 'SIGTERM');

      // Stopped accepting: new connections are refused outright, a POST too.
      expect(notServed, 'a new connection after SIGTERM').toContainEqual(await firstRefusal(first.url, REFUSE_WITHIN_MS));
      const refusedConversation = newConversationId();
      expect(notServed).toContainEqual(await post(first.url, conversationUpdateActivity(bots.connector.url, refusedConversation), false));
      // The channel's next request waits for its connection, the one the turn in flight is on: once
      // that turn is answered it must not start another turn either.
      const queuedConversation = newConversationId();
      const queued = post(first.url, conversationUpdateActivity(bots.connector.url, queuedConversation), channel);
      // The request that was arriving at SIGTERM is refused, and its connection closed.
      const lateConversation = newConversationId();
      const lateAnswer = await late.finish(conversationUpdateActivity(bots.connector.url, lateConversation));
      expect(lateAnswer).toMatchObject({ status: 503, connection: 'close' });
      expect(JSON.parse(lateAnswer.body)).toEqual({ error: 'shutting down' });

      // The process waits for the turn rather than exiting under it.
      await sleep(HOLD_AFTER_SIGTERM_MS);
      expect(first.exited, `exited with a turn in flight:\n${first.stdoutText()}`).toBe(false);
      expect(await settled(inFlight.response), 'the turn in flight was cut short').toBe(false);

      inFlight.held.release();
      const answered = await inFlight.response;
      const finishedAt = Date.now();
      // The turn finished: answered, its replies delivered, and the channel told not to send more on
      // this connection.
      expect(answered).toMatchObject({ status: 200, connection: 'close' });
      expect(saidKeysOf(bots.connector.said(conversationId))).toEqual(['common.welcome', 'triage.askNeed', 'reset.intro', 'reset.askCustomerType']);
      expect(notServed).toContainEqual(await queued);

      const exit = await stopped;
      expect(exit, first.stdoutText()).toEqual({ code: 0, signal: null });
      expect(Date.now() - finishedAt).toBeLessThan(EXIT_AFTER_LAST_TURN_MS);
      expect(first.logs.some((line) => line.msg === 'turns did not finish in time; exiting')).toBe(false);
      expect(
        first.logs.filter((line) => (line.level ?? 0) >= 50),
        first.stdoutText(),
      ).toEqual([]);
      // None of the requests after SIGTERM ran a turn (the process is gone: whatever it sent has arrived).
      const refused = [refusedConversation, queuedConversation, lateConversation];
      expect(first.logs.filter((line) => line.msg === 'turn' && refused.some((id) => String(line.conversationKey).includes(id)))).toEqual([]);
      for (const id of refused) expect(bots.connector.said(id)).toEqual([]);

      // The turn in flight left the conversation in the store, closed cleanly: a new process on the same
      // folder takes the next answer where the customer was.
      const second = await start(dataDir);
      const next = await turn(second, conversationId, messageActivity(bots.connector.url, conversationId, choiceLabel('reset.askCustomerType', 'epki')));
      expect(saidKeysOf(next)).toEqual(['reset.askOrderNumber']);
      expect(second.logs.some((line) => line.msg === 'stored conversation cannot be restored; starting afresh')).toBe(false);
      expect(await second.stop()).toEqual({ code: 0, signal: null });
    },
  );

  it(`exits 1 once ${FORCED_EXIT_MS} ms have passed when a turn in flight never finishes`, { timeout: PROCESS_TEST_TIMEOUT_MS }, async () => {
    const dataDir = newDataDir();
    const conversationId = newConversationId();
    const bot = await start(dataDir);
    await openConversation(bot, conversationId);
    const inFlight = await resetPasswordInFlight(bot, conversationId, keepAliveClient());

    const signalledAt = Date.now();
    const exit = await bot.stop(FORCED_EXIT_MS + EXIT_SLACK_MS);
    const elapsed = Date.now() - signalledAt;

    expect(exit, bot.stdoutText()).toEqual({ code: 1, signal: null });
    // It waited for the turn (the forced bound), not less.
    expect(elapsed).toBeGreaterThanOrEqual(FORCED_EXIT_MS);
    expect(bot.logs.some((line) => line.msg === 'stopping' && line.signal === 'SIGTERM')).toBe(true);
    expect(bot.logs.some((line) => line.msg === 'turns did not finish in time; exiting')).toBe(true);
    // The customer's post was never answered: the connection went with the process.
    expect(await inFlight.response).toHaveProperty('error');
  });
});

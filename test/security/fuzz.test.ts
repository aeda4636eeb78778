// Fuzzing /api/messages on a real bot process: thousands of random and mutated activities (wrong
// types, huge strings, unicode, nested junk, replayed ids, broken JSON) while a normal conversation
// runs alongside. No 5xx (invokes the bot does not implement are acknowledged with 200), the process
// stays up, every stored conversation still restores, and the normal conversation reaches its outcome.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { ordinaryChat } from '../support/bot-processes.js';
import { conversationUpdateActivity, messageActivity, newConversationId, postRaw } from '../support/channel-activities.js';
import { startLocalConnector, type LocalConnector } from '../support/local-connector.js';
import { contentKeysOf } from '../support/received-activities.js';
import { databaseFile } from '../../src/app.js';
import { envelopeSchema } from '../../src/conversation/envelope.js';
import { choiceLabel } from '../support/runner.js';
import { seededRandom } from '../support/seeded-random.js';

const TIMEOUT = 120_000;
const CASES = 2_500;
const CONCURRENCY = 16;

let bot: BotProcess;
let connector: LocalConnector;
let dataDir: string;

beforeAll(async () => {
  connector = await startLocalConnector();
  dataDir = makeTempDir('fuzz-');
  bot = await startBotProcess({ dataDir, env: { RATE_LIMIT_CONVERSATION_PER_MINUTE: '100000' } });
}, TIMEOUT);
afterAll(async () => {
  await bot?.kill().catch(() => undefined);
  await connector?.close();
});

const strangeStrings = [
  '',
  ' ',
  '\u0000',
  '\u202Eevil',
  '👩‍👩‍👧‍👦🔐',
  '\uD800',
  'ﷺ',
  '<script>alert(1)</script>',
  "'; DROP TABLE conversations; --",
  '{{constructor.constructor("return process")()}}',
  '%00%0d%0a',
  'my password is Tr0ub4dor&3!',
  '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----',
  '__proto__',
];

function junk(rng: ReturnType<typeof seededRandom>, depth = 0): unknown {
  switch (rng.int(depth > 3 ? 5 : 8)) {
    case 0:
      return null;
    case 1:
      return rng.int(2) === 0;
    case 2:
      return rng.pick([0, -1, 1e308, Number.MAX_SAFE_INTEGER, 3.14]);
    case 3:
      return rng.pick(strangeStrings);
    case 4:
      return 'x'.repeat(rng.pick([1, 1000, 20_000]));
    case 5:
      return Array.from({ length: rng.int(4) }, () => junk(rng, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: rng.int(4) }, () => [rng.pick(['a', 'type', 'id', '__proto__', 'constructor', 'text']), junk(rng, depth + 1)]),
      );
  }
}

const fields = [
  'type',
  'id',
  'text',
  'channelId',
  'serviceUrl',
  'from',
  'recipient',
  'conversation',
  'membersAdded',
  'value',
  'name',
  'channelData',
  'entities',
  'attachments',
  'replyToId',
];

/** A valid activity, then one to four mutations; or, now and then, bytes that are not JSON at all. */
function fuzzCase(rng: ReturnType<typeof seededRandom>, conversations: string[], seenIds: string[]): { body: string; contentType: string } {
  if (rng.int(20) === 0)
    return { body: rng.pick(['{', '[]', 'null', '"text"', '{"type":', '\u0000\u0001', 'x'.repeat(300_000)]), contentType: 'application/json' };
  if (rng.int(40) === 0) return { body: 'type=message', contentType: rng.pick(['text/plain', 'application/x-www-form-urlencoded']) };
  const conversation = rng.int(3) === 0 ? newConversationId() : rng.pick(conversations);
  const activity: Record<string, unknown> =
    rng.int(4) === 0
      ? conversationUpdateActivity(connector.url, conversation)
      : messageActivity(
          connector.url,
          conversation,
          rng.pick(['hello', 'I forgot my password', 'agent', 'back', 'start over', choiceLabel('reset.askCustomerType', 'reseller')]),
        );
  for (let m = 0; m <= rng.int(4); m++) {
    const field = rng.pick(fields);
    switch (rng.int(6)) {
      case 0:
        delete activity[field];
        break;
      case 1:
        activity[field] = junk(rng);
        break;
      case 2:
        activity.type = rng.pick([
          'message',
          'invoke',
          'event',
          'typing',
          'endOfConversation',
          'messageReaction',
          'installationUpdate',
          'unknownType',
          'handoff',
        ]);
        if (activity.type === 'invoke') activity.name = rng.pick(['adaptiveCard/action', 'signin/verifyState', 'nothing', junk(rng)]);
        break;
      case 3:
        activity.text = rng.pick(strangeStrings) + 'y'.repeat(rng.pick([0, 5000, 9_999, 10_001]));
        break;
      case 4:
        if (seenIds.length > 0) activity.id = rng.pick(seenIds);
        break;
      default:
        activity.value = junk(rng);
    }
  }
  if (typeof activity.id === 'string') seenIds.push(activity.id);
  return { body: JSON.stringify(activity), contentType: 'application/json' };
}

describe('fuzzing /api/messages', () => {
  it(
    `${CASES} random and mutated activities: no unexpected 5xx, the process stays up, state intact, a normal chat succeeds alongside`,
    { timeout: TIMEOUT },
    async () => {
      const rng = seededRandom(20261130);
      const conversations = Array.from({ length: 12 }, () => newConversationId());
      const seenIds: string[] = [];
      const statuses = new Map<number, number>();
      const serverErrors: string[] = [];

      // A customer who only wants their answer, while the junk flies.
      const normalChat = ordinaryChat(bot.url, connector);

      let next = 0;
      const worker = async () => {
        while (next < CASES) {
          next++;
          const { body, contentType } = fuzzCase(rng, conversations, seenIds);
          const result = await postRaw(bot.url, body, { 'content-type': contentType });
          statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
          if (result.status >= 500) serverErrors.push(`${result.status} ${body.slice(0, 300)}`);
        }
      };
      const [normal] = await Promise.all([normalChat, ...Array.from({ length: CONCURRENCY }, worker)]);
      console.info(`fuzz: ${CASES} cases, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);

      expect(serverErrors).toEqual([]);
      expect(bot.exited).toBe(false);
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
      expect(contentKeysOf(connector.said(normal))).toContain('reset.reseller');

      // Every conversation the fuzz left behind is stored whole and restores.
      const db = new Database(databaseFile({ dataDir }), { readonly: true });
      const rows = db.prepare<[], { envelope: string }>('SELECT envelope FROM conversations').all();
      db.close();
      expect(rows.length).toBeGreaterThan(10);
      for (const row of rows) expect(envelopeSchema.safeParse(JSON.parse(row.envelope)).success).toBe(true);
    },
  );
});

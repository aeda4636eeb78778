// `npm run agents:playground`: the bot and Microsoft's Agents Playground together, for a person to try
// the agents' side by hand: the help page is the customer, the Playground's "Support agents" channel
// is Teams. The bot runs as `npm start` runs it (the bundle, built first) with a fresh data folder,
// since the Playground keeps its threads in memory only: cases from an earlier run would point at
// threads it no longer has. Ctrl-C stops both.
//
// Ports: BOT_PORT (default: any free one) and PLAYGROUND_PORT (default 56150, the Playground's own,
// or any free one if that is taken).
import fs from 'node:fs';
import { buildBot } from './build.js';
import { makeTempDir, startBotProcess } from '../test/support/bot-process.js';
import { PLAYGROUND_TEAMS, botEnvFor, freePort, startPlayground } from '../test/support/agents-playground.js';

const botPort = Number(process.env.BOT_PORT) || (await freePort());
const playgroundPort = Number(process.env.PLAYGROUND_PORT) || 56_150;

console.log('Building the bot…');
await buildBot();
const playgroundDir = makeTempDir('agents-playground-');
const playground = await startPlayground({ botEndpoint: `http://127.0.0.1:${botPort}/api/messages`, dir: playgroundDir, port: playgroundPort });
const dataDir = makeTempDir('agents-playground-bot-');
const bot = await startBotProcess({ dataDir, env: { PORT: String(botPort), ...botEnvFor(playground) } }).catch(async (error: unknown) => {
  await playground.stop();
  throw error;
});

console.log(`
  Customer (help page):  ${bot.url}/
  Agent (Teams):         ${playground.url}/  → Teams Channel → ${PLAYGROUND_TEAMS.channelName}

  You are ${PLAYGROUND_TEAMS.agent.name} in the Playground. Ask the help page for a person; the case card
  appears in the channel. In a case's thread, @mention "${PLAYGROUND_TEAMS.bot.name}" in every message
  (type @Supp and pick it): the Playground passes a channel message to the bot only then.
  Ctrl-C stops both. Warnings and errors of the bot are shown here.
`);

// The bot logs JSON lines; a person here wants its warnings and errors, briefly.
let shown = 0;
const showProblems = setInterval(() => {
  for (const line of bot.logs.slice(shown)) {
    if ((line.level ?? 0) >= 40) console.log(`bot ${line.level! >= 50 ? 'error' : 'warning'}: ${line.msg ?? ''}`);
  }
  shown = bot.logs.length;
}, 500);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  clearInterval(showProblems);
  await bot.stop().catch(() => bot.kill());
  await playground.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(playgroundDir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

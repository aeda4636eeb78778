// Microsoft's Microsoft 365 Agents Playground (@microsoft/m365agentsplayground) as a process: a local
// Teams that serves a Teams-like web UI, renders Adaptive Cards and mocks the Bot Framework connector
// at `/_connector`, with one tenant, one team and its channels, and six people, as its config file
// says. The test of the agents' side (test/browser/agents-playground.test.ts) and
// `npm run agents:playground` start it here, offline: telemetry and Application Insights' statsbeat
// off, and no browser opened by it.
//
// Its default mock ids ("team-id", "user-id-0") are not shaped like Teams'; the config written here
// gives it Teams-shaped ones (19:…@thread.tacv2, 29:…), so the bot sees what Teams would send.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const PLAYGROUND_CLI = path.join(root, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');

/** The mock tenant the Playground plays, as the bot is configured with it. */
export const PLAYGROUND_TEAMS = {
  tenantId: '72f988bf-0000-4000-8000-00000000c0de',
  teamId: '19:support-team0001@thread.tacv2',
  channelId: '19:support-agents0001@thread.tacv2',
  channelName: 'Support agents',
  bot: { id: '28:support-bot', name: 'Support bot' },
  /** Whoever uses the Playground's UI: it always acts as this one person. */
  agent: { id: '29:agent-anna-schmidt', name: 'Anna Schmidt', aadObjectId: '5e1f0a52-0000-4000-8000-00000000a001' },
} as const;

const person = (id: string, name: string, aadObjectId: string) => {
  const [givenName, surname] = name.split(' ');
  const mail = `${givenName!.toLowerCase()}@example.com`;
  return { id, name, userPrincipleName: mail, aadObjectId, givenName, surname, email: mail };
};

/** The Playground's config file (schema 0.1.1: exactly five other users, one channel besides General). */
function playgroundConfig(): string {
  const { tenantId, teamId, channelId, channelName, bot, agent } = PLAYGROUND_TEAMS;
  const colleagues = ['Ben Okafor', 'Ivo Novak', 'Olga Berg', 'Pia Lund', 'Uma Rao'];
  return stringify({
    version: '0.1.1',
    tenantId,
    bot,
    currentUser: person(agent.id, agent.name, agent.aadObjectId),
    users: colleagues.map((name, index) => person(`29:colleague-${index + 1}`, name, `5e1f0a52-0000-4000-8000-00000000a10${index + 1}`)),
    personalChat: { id: `a:${agent.aadObjectId}` },
    groupChat: { id: '19:support-chat0001@thread.v2', name: 'Support chat' },
    team: { id: teamId, name: 'Support', aadGroupId: '5e1f0a52-0000-4000-8000-0000000000a0', channels: [{ id: channelId, name: channelName }] },
  });
}

/** The bot's configuration for agents in the Playground's channel; its connector is the Teams service. */
export const botEnvFor = (playground: { serviceUrl: string }): Record<string, string> => ({
  HANDOFF_TARGET: 'teams',
  TEAMS_AGENTS_CHANNEL_ID: PLAYGROUND_TEAMS.channelId,
  TEAMS_AGENTS_TEAM_ID: PLAYGROUND_TEAMS.teamId,
  TEAMS_TENANT_ID: PLAYGROUND_TEAMS.tenantId,
  TEAMS_SERVICE_URL: playground.serviceUrl,
});

/**
 * A port nobody listens on just now. The Playground needs the bot's address when it starts and the
 * bot needs the Playground's, so one of the two cannot simply take port 0: the bot's port is chosen
 * here (the Playground waits for the bot to answer before it connects).
 */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

export type Playground = {
  /** The web UI: `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  /** The mocked Bot Framework connector, the bot's Teams service URL. */
  readonly serviceUrl: string;
  /** What it printed, for a failure's message. */
  readonly output: () => string;
  /** Ends its process group and waits for it to exit. */
  stop(): Promise<void>;
};

export type PlaygroundOptions = {
  /** The bot's messaging endpoint, `http://127.0.0.1:<port>/api/messages`. */
  botEndpoint: string;
  /** A folder of its own: the config file and its log go there. */
  dir: string;
  /** 0 (the default) takes any free port. */
  port?: number;
  startTimeoutMs?: number;
};

export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const configPath = path.join(options.dir, '.m365agentsplayground.yml');
  fs.writeFileSync(configPath, playgroundConfig());
  const child = spawn(
    process.execPath,
    [PLAYGROUND_CLI, '--app-endpoint', options.botEndpoint, '--channel-id', 'msteams', '--port', String(options.port ?? 0), '--disable-telemetry'],
    {
      cwd: options.dir,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
        M365_AGENTS_PLAYGROUND_LOGFILE: path.join(options.dir, 'playground.log'),
        // --disable-telemetry stops its events, but it still starts an Application Insights client,
        // whose statsbeat would call Azure every few minutes.
        APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
        // It opens the UI in a browser unless told not to.
        TEAMSAPPTESTER_BROWSER: 'none',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  const printed: string[] = [];
  let exited = false;
  const closed = new Promise<void>((resolve) => child.once('close', () => ((exited = true), resolve())));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => printed.push(chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => printed.push(chunk));
  child.once('error', (error) => printed.push(String(error)));
  const output = () => printed.join('');
  const stop = async () => {
    if (!exited && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
      }
    }
    await closed;
  };

  const deadline = Date.now() + (options.startTimeoutMs ?? 20_000);
  let port: number | undefined;
  while (port === undefined) {
    const listening = /Listening on (\d+)/.exec(output());
    if (listening) port = Number(listening[1]);
    else if (exited || Date.now() > deadline) {
      await stop();
      throw new Error(`the Agents Playground did not start (${exited ? 'it exited' : 'no "Listening on" line in time'}):\n${output()}`);
    } else await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const url = `http://127.0.0.1:${port}`;
  return { url, port, serviceUrl: `${url}/_connector`, output, stop };
}

// The real bot as a separate process, as an operator runs it: `node dist/main.js` (the bundle that
// `npm start` runs; test/global-setup.ts and the benchmarks build it first), port 0 on 127.0.0.1, its
// own data folder, JSON logs on stdout. Resolves once the "listening" line names the port. Another
// server's TypeScript entry (a benchmark's echo bot, say) runs under tsx.
//
// tsx's CLI runs a script in a child Node process of its own and relays SIGTERM/SIGINT to it, but a
// SIGKILL of the tsx process would orphan that child (still holding the port and the database). So
// every server starts in a process group of its own: stop() sends SIGTERM to the process started, as
// an operator or a container runtime does; kill() sends SIGKILL to the whole group. Exit counts once
// every process holding stdout has gone ('close', not 'exit').
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { botBundle } from '../../scripts/build.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

/** One pino line; `msg` and `level` are what the tests look at. */
export type LogLine = { level?: number; msg?: string; [field: string]: unknown };

export type Exit = { code: number | null; signal: NodeJS.Signals | null };

export type BotProcess = {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  /** Every JSON log line so far, in order (lines that are not JSON are kept in `stdoutText`). */
  readonly logs: LogLine[];
  readonly stdoutText: () => string;
  readonly stderrText: () => string;
  /** Resolves with the first log line (from the start) that matches. */
  waitForLog(matches: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** SIGTERM to the process started (tsx relays it to its child), then waits until all have exited. */
  stop(timeoutMs?: number): Promise<Exit>;
  /** SIGKILL to the whole process group, then waits until all have exited. */
  kill(timeoutMs?: number): Promise<Exit>;
  readonly exited: boolean;
};

export type StartOptions = {
  dataDir: string;
  /** The file to run: the bot's bundle unless a benchmark starts another server; `.ts` runs under tsx. */
  entry?: string;
  /** Extra environment variables (the child gets no other variables of this process, bar PATH and HOME). */
  env?: Record<string, string>;
  startTimeoutMs?: number;
};

/** A temporary folder the test removes itself. */
export const makeTempDir = (prefix: string): string => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

export async function startBotProcess(options: StartOptions): Promise<BotProcess> {
  // The child runs in the data folder's parent, so a developer's .env in the repository root is never read.
  const cwd = path.dirname(path.resolve(options.dataDir));
  const script = options.entry ?? botBundle;
  const [command, args] = script.endsWith('.ts') ? [tsx, [script]] : [process.execPath, [script]];
  const child = spawn(command, args, {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? os.homedir(),
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: path.resolve(options.dataDir),
      LOG_LEVEL: 'info',
      LOG_PRETTY: 'false',
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const spawnErrors: Error[] = [];
  child.on('error', (error) => spawnErrors.push(error));
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${command} ${script}`);

  const logs: LogLine[] = [];
  const stdout: string[] = [];
  const stderr: string[] = [];
  const logWaiters = new Set<{ matches: (line: LogLine) => boolean; resolve: (line: LogLine) => void }>();
  let exit: Exit | undefined;
  const exitWaiters = new Set<(exit: Exit) => void>();

  readline.createInterface({ input: child.stdout }).on('line', (text) => {
    stdout.push(text);
    let line: LogLine;
    try {
      line = JSON.parse(text) as LogLine;
    } catch {
      return; // Not a log line (Node or tsx printing something): kept in stdoutText only.
    }
    logs.push(line);
    for (const waiter of logWaiters) {
      if (waiter.matches(line)) {
        logWaiters.delete(waiter);
        waiter.resolve(line);
      }
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  child.once('close', (code, signal) => {
    exit = { code, signal };
    for (const resolve of exitWaiters) resolve(exit);
    exitWaiters.clear();
  });

  const diagnostics = () =>
    `pid ${pid}; exit ${exit ? JSON.stringify(exit) : 'none yet'}\n--- stdout\n${stdout.join('\n')}\n--- stderr\n${stderr.join('')}${spawnErrors.map((e) => `\n${e.message}`).join('')}`;

  const waitForExit = (timeoutMs: number): Promise<Exit> =>
    new Promise((resolve, reject) => {
      if (exit) return resolve(exit);
      const timer = setTimeout(() => {
        exitWaiters.delete(done);
        reject(new Error(`bot process did not exit within ${timeoutMs} ms (${diagnostics()})`));
      }, timeoutMs);
      const done = (result: Exit) => {
        clearTimeout(timer);
        resolve(result);
      };
      exitWaiters.add(done);
    });

  const waitForLog = (matches: (line: LogLine) => boolean, timeoutMs = 10_000): Promise<LogLine> =>
    new Promise((resolve, reject) => {
      const seen = logs.find(matches);
      if (seen) return resolve(seen);
      const timer = setTimeout(() => {
        logWaiters.delete(waiter);
        exitWaiters.delete(onExit);
        reject(new Error(`no matching log line within ${timeoutMs} ms (${diagnostics()})`));
      }, timeoutMs);
      const onExit = () => {
        clearTimeout(timer);
        logWaiters.delete(waiter);
        reject(new Error(`bot process exited before the expected log line (${diagnostics()})`));
      };
      const waiter = {
        matches,
        resolve: (line: LogLine) => {
          clearTimeout(timer);
          exitWaiters.delete(onExit);
          resolve(line);
        },
      };
      logWaiters.add(waiter);
      if (exit) onExit();
      else exitWaiters.add(onExit);
    });

  /** Sends `name` to the process started alone, or to the process group this helper created. */
  const signal = (name: NodeJS.Signals, target: 'started' | 'group', timeoutMs: number): Promise<Exit> => {
    if (!exit) {
      try {
        process.kill(target === 'group' ? -pid : pid, name);
      } catch (error) {
        // ESRCH: already gone; the 'close' event settles the wait.
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
      }
    }
    return waitForExit(timeoutMs);
  };

  let listening: LogLine;
  try {
    listening = await waitForLog((line) => line.msg === 'listening', options.startTimeoutMs ?? 20_000);
  } catch (error) {
    await signal('SIGKILL', 'group', 5_000).catch(() => undefined);
    throw error;
  }
  const port = listening.port;
  if (typeof port !== 'number' || port <= 0) {
    await signal('SIGKILL', 'group', 5_000).catch(() => undefined);
    throw new Error(`the "listening" log line has no port (${diagnostics()})`);
  }

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    pid,
    logs,
    stdoutText: () => stdout.join('\n'),
    stderrText: () => stderr.join(''),
    waitForLog,
    stop: (timeoutMs = 15_000) => signal('SIGTERM', 'started', timeoutMs),
    kill: (timeoutMs = 5_000) => signal('SIGKILL', 'group', timeoutMs),
    get exited() {
      return exit !== undefined;
    },
  };
}

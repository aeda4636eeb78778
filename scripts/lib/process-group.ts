// The benchmark judges a bot by what its whole process group costs the machine (tsx may run the server
// as a child), and only /proc tells that: CPU ticks of every member, and a server's resident memory.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { BotProcess } from '../../test/support/bot-process.js';

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

/** CPU time (user + system, exited children included) of every process in the group, in milliseconds. */
export const groupCpuMs = (group: number) => groupMembers(group).reduce((sum, member) => sum + member.cpuMs, 0);

/** The Node process that serves: the one started, or tsx's child when a TypeScript entry runs under tsx. */
export function servingPid(running: BotProcess): number {
  const child = groupMembers(running.pid).find((member) => member.ppid === running.pid && member.name === 'node');
  return child?.pid ?? running.pid;
}

/** A memory figure of /proc/<pid>/status in bytes: VmHWM (peak resident) or VmRSS (resident now). */
export function memoryOf(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? Number.NaN) * 1024;
}

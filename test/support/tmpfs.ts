// A small tmpfs of the test's own (full disks, read-only file systems). Mounting needs root: where it
// is refused, the caller skips its test and says so.
import { execFileSync } from 'node:child_process';

/** Mounts a tmpfs on `dir` with `options` (e.g. "size=16m", "ro,size=1m"); false when not allowed. */
export function mountTmpfs(dir: string, options: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const unmount = (dir: string): void => void execFileSync('umount', ['-l', dir]);

// /readyz on a full disk: the real bot with its data folder on a small tmpfs, filled up underneath it.
// Readiness must then fail saying why (a load balancer stops sending customers whose turns could not
// be saved), and come back once space is freed. Mounting needs root; elsewhere the test is skipped and
// says so.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { mountTmpfs, unmount } from '../support/tmpfs.js';

const mountPoint = makeTempDir('full-disk-');
const mounted = mountTmpfs(mountPoint, 'size=16m');
const skipReason = 'skipped: mounting a small tmpfs needs root (mount -t tmpfs)';
if (!mounted) console.warn(`full-disk.test.ts ${skipReason}`);

describe.skipIf(!mounted)(mounted ? '/readyz with the data folder on a full disk' : `/readyz on a full disk ${skipReason}`, () => {
  let bot: BotProcess;
  const dataDir = path.join(mountPoint, 'data');
  const filler = path.join(mountPoint, 'filler');

  beforeAll(async () => {
    fs.mkdirSync(dataDir);
    bot = await startBotProcess({ dataDir });
  }, 30_000);
  afterAll(async () => {
    await bot?.kill().catch(() => undefined);
    unmount(mountPoint);
  });

  it('answers 503 naming the full disk, then 200 again once space is freed', async () => {
    const ready = await fetch(`${bot.url}/readyz`);
    expect(ready.status).toBe(200);

    // dd stops with ENOSPC once the filesystem is full, which is the point.
    try {
      execFileSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=64k'], { stdio: 'ignore' });
    } catch {
      // expected: no space left on device
    }
    const full = await fetch(`${bot.url}/readyz`);
    expect(full.status).toBe(503);
    expect(((await full.json()) as { error: string }).error).toMatch(/disk is full|does not accept writes/);

    fs.rmSync(filler);
    expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
    expect(bot.exited).toBe(false);
  });
});

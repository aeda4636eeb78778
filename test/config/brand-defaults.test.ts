// Brand links left at their example.com defaults: a production start (app id set) warns about each,
// through the real createApp and a real log stream.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { exampleBrandValues, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';

const ownBrand = {
  BRAND_NAME: 'Northwind Trust',
  HELP_CENTER_URL: 'https://help.northwind.test/',
  RETRIEVAL_ARTICLE_URL: 'https://help.northwind.test/articles/42',
  ACCOUNT_ASSISTANCE_URL: 'https://account.northwind.test/find',
  PASSWORD_REMINDER_URL: 'https://secure.northwind.test/epki/remind',
  FORGOTTEN_PASSWORD_URL: 'https://secure.northwind.test/login/lost',
  TICKET_URL: 'https://support.northwind.test/new',
  SUPPORT_EMAIL: 'help@northwind.test',
};

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Starts the app with `env` (not listening) and returns the warnings it logged. */
async function startupWarnings(env: Record<string, string>): Promise<{ msg: string; placeholders?: string[] }[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'brand-defaults-'));
  dirs.push(dataDir);
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env });
  const app = await createApp(config, createLogger(config, sink));
  await app.close();
  return lines.map((line) => JSON.parse(line) as { level: number; msg: string; placeholders?: string[] }).filter((entry) => entry.level === 40);
}

describe('brand settings left at example.com', () => {
  it('lists each example value by placeholder, and none once the brand is configured', () => {
    expect(exampleBrandValues(loadConfig({}).brand).sort()).toEqual(
      [
        'accountAssistanceUrl',
        'brand',
        'forgottenPasswordUrl',
        'helpCenterUrl',
        'passwordReminderUrl',
        'retrievalArticleUrl',
        'supportEmail',
        'ticketUrl',
      ].sort(),
    );
    expect(exampleBrandValues(loadConfig(ownBrand).brand)).toEqual([]);
    expect(exampleBrandValues({ ticketUrl: 'https://notexample.com/x', helpCenterUrl: 'https://help.example.community/' })).toEqual([]);
  });

  it('warns at a production start-up (app id set) that customers would be sent to example.com', async () => {
    const warnings = await startupWarnings({
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppTenantId: '11111111-0000-0000-0000-000000000000',
      TICKET_URL: ownBrand.TICKET_URL,
    });

    const warning = warnings.find((entry) => /example/.test(entry.msg));
    expect(warning?.placeholders).toContain('helpCenterUrl');
    expect(warning?.placeholders).not.toContain('ticketUrl');
  });

  it("stays quiet in production once every brand setting is the brand's own, and in local use", async () => {
    const production = await startupWarnings({
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppTenantId: '11111111-0000-0000-0000-000000000000',
      ...ownBrand,
    });
    const local = await startupWarnings({});

    expect(production.filter((entry) => /example/.test(entry.msg))).toEqual([]);
    expect(local.filter((entry) => /example/.test(entry.msg))).toEqual([]);
  });
});

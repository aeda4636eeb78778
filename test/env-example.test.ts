// .env.example against src/config.ts: the same variables both ways, each explained, and values that
// load. Also how loadConfig reports problems.
import fs from 'node:fs';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { configSchema, loadConfig } from '../src/config.js';
import { ConfigError } from '../src/errors.js';

const exampleText = fs.readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
const lines = exampleText.split(/\r?\n/);
const assignment = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/;

/** Variable names in the order .env.example lists them, with the line each is on (1-based). */
const listed = lines.flatMap((line, index) => {
  const name = assignment.exec(line)?.[1];
  return name === undefined ? [] : [{ name, line: index + 1 }];
});
const listedNames = listed.map(({ name }) => name);
const schemaNames = Object.keys(configSchema.shape);

/** The values exactly as `node --env-file` / process.loadEnvFile read them. */
const exampleValues: Record<string, string | undefined> = parseEnv(exampleText);

/** The ConfigError that `loadConfig(env)` throws; fails the test when it does not. */
function configErrorOf(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  expect.fail('loadConfig accepted an invalid environment');
}

describe('.env.example', () => {
  it('lists every variable of the config schema', () => {
    const missing = schemaNames.filter((name) => !listedNames.includes(name));

    expect(missing, 'in configSchema (src/config.ts) but not in .env.example').toEqual([]);
  });

  it('lists only variables of the config schema, each once', () => {
    const unknown = listedNames.filter((name) => !schemaNames.includes(name));
    const twice = listedNames.filter((name, index) => listedNames.indexOf(name) !== index);

    expect(unknown, 'in .env.example but not in configSchema (src/config.ts)').toEqual([]);
    expect(twice, 'listed more than once in .env.example').toEqual([]);
  });

  it('explains every variable: the line above each one is a comment', () => {
    const uncommented = listed.filter(({ line }) => !/^\s*#\s*\S/.test(lines[line - 2] ?? ''));

    expect(
      uncommented.map(({ name, line }) => `.env.example:${line} ${name}`),
      'variables without a comment above them',
    ).toEqual([]);
  });

  it('holds values that loadConfig accepts', () => {
    expect(Object.keys(exampleValues).sort()).toEqual([...listedNames].sort());

    const config = loadConfig(exampleValues);

    expect(config.port).toBe(Number(exampleValues.PORT));
    expect(config.brand.brand).toBe(exampleValues.BRAND_NAME);
    expect(config.brand.supportHours).toBe(exampleValues.SUPPORT_HOURS);
    expect(config.auth.appId).toBeUndefined();
  });
});

describe('loadConfig', () => {
  it('reports every problem at once', () => {
    const error = configErrorOf({ PORT: 'x', SUPPORT_EMAIL: 'nope' });

    expect(error.problems).toEqual(expect.arrayContaining([expect.stringMatching(/^PORT: /), expect.stringMatching(/^SUPPORT_EMAIL: /)]));
    expect(error.message).toMatch(/PORT[\s\S]*SUPPORT_EMAIL/);
  });

  it('reads LOG_PRETTY as a real boolean: "false" is false, "true" is true', () => {
    expect(loadConfig({ LOG_PRETTY: 'false' }).logPretty).toBe(false);
    expect(loadConfig({ LOG_PRETTY: 'true' }).logPretty).toBe(true);
    expect(loadConfig({}).logPretty).toBe(false);
  });

  it('with a MicrosoftAppId, names each variable its app type requires, with the mode, on one line', () => {
    const appId = '00000000-0000-0000-0000-000000000001';
    const error = configErrorOf({ MicrosoftAppId: appId });

    expect(error.problems).toEqual([
      'MicrosoftAppPassword: required when MicrosoftAppId is set and MicrosoftAppType is SingleTenant',
      'MicrosoftAppTenantId: required when MicrosoftAppId is set and MicrosoftAppType is SingleTenant (the default)',
    ]);
    expect(error.message).not.toContain('\n');
    expect(configErrorOf({ MicrosoftAppId: appId, MicrosoftAppType: 'UserAssignedMSI' }).problems).toEqual([
      'MicrosoftAppTenantId: required when MicrosoftAppId is set and MicrosoftAppType is UserAssignedMSI',
    ]);
    const singleTenant = loadConfig({ MicrosoftAppId: appId, MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: '11111111-0000-0000-0000-000000000000' });
    expect(singleTenant.auth).toMatchObject({ appId, appType: 'SingleTenant' });
    expect(
      loadConfig({ MicrosoftAppId: appId, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: '11111111-0000-0000-0000-000000000000' }).auth.appType,
    ).toBe('UserAssignedMSI');
  });

  it('still runs an existing MultiTenant bot, warning that Azure creates no new ones', () => {
    const config = loadConfig({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'MultiTenant' });

    expect(config.auth.appType).toBe('MultiTenant');
    expect(config.warnings).toContainEqual(expect.stringMatching(/^MicrosoftAppType is MultiTenant: Azure no longer creates/));
  });

  it('reads a variable set to nothing as unset, for every variable: a samples-style .env loads', () => {
    const blanks = Object.fromEntries(schemaNames.map((name) => [name, name.length % 2 === 0 ? '' : '   ']));

    expect(loadConfig(blanks)).toEqual(loadConfig({}));
    expect(loadConfig({ MicrosoftAppType: '', MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppTenantId: '' }).auth.appId).toBeUndefined();
  });

  it('warns when a production bot has no Azure Direct Line secret for its help page', () => {
    const production = {
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppTenantId: '11111111-0000-0000-0000-000000000000',
    };

    expect(loadConfig(production).warnings).toContainEqual(expect.stringMatching(/^DIRECT_LINE_SECRET is not set/));
    expect(loadConfig({ ...production, DIRECT_LINE_SECRET: 'from-azure' }).warnings).toEqual([]);
    expect(loadConfig({}).warnings).toEqual([]);
  });

  it('returns a frozen object', () => {
    const config = loadConfig({});

    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.brand)).toBe(true);
    expect(Object.isFrozen(config.auth)).toBe(true);
  });
});

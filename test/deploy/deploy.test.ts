// The deployment files, checked offline (no Docker daemon or Azure here): the Dockerfile's runtime
// stage, compose.yaml and the Bicep template name only variables .env.example documents, and the
// image's own start-up and HEALTHCHECK command work when run on this machine the way the container
// runs them (node dist/main.js with the image's environment).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeTempDir, startBotProcess, type BotProcess } from '../support/bot-process.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const documented = new Set(Object.keys(parseEnv(read('.env.example'))));

/** The Dockerfile's instructions, continuation lines joined, comments dropped. */
const instructions = read('Dockerfile')
  .replace(/\\\n\s*/g, ' ')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'))
  .map((line) => {
    const [keyword, ...rest] = line.trim().split(/\s+/);
    return { keyword: keyword!.toUpperCase(), args: rest.join(' ') };
  });
const lastFrom = instructions.map((i) => i.keyword).lastIndexOf('FROM');
const runtime = instructions.slice(lastFrom);
const argsOf = (keyword: string) => runtime.filter((i) => i.keyword === keyword).map((i) => i.args);

/** The runtime stage's ENV as name → value. */
const imageEnv = Object.fromEntries(argsOf('ENV').flatMap((args) => [...args.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!])));

describe('Dockerfile', () => {
  it('builds in one stage and runs a slim one as a non-root user, Node as PID 1, stopping on SIGTERM', () => {
    expect(instructions.filter((i) => i.keyword === 'FROM')).toHaveLength(2);
    expect(runtime[0]!.args).toMatch(/^node:\d+-bookworm-slim$/);
    expect(argsOf('USER')).toEqual(['node']);
    expect(argsOf('STOPSIGNAL')).toEqual(['SIGTERM']);
    // restify loads spdy, whose http-deceiver touches process.binding('http_parser'): a deprecation notice, nothing to act on.
    expect(JSON.parse(argsOf('CMD')[0]!)).toEqual(['node', '--disable-warning=DEP0111', 'dist/main.js']);
    expect(argsOf('VOLUME')).toEqual(['["/data"]']);
    expect(imageEnv).toMatchObject({ HOST: '0.0.0.0', DATA_DIR: '/data' });
  });

  it('copies into the runtime stage only files the build leaves, and sets only documented variables', () => {
    for (const copy of argsOf('COPY')) {
      const source = /--from=build\s+\/app\/(\S+)/.exec(copy)?.[1];
      expect(source, copy).toBeDefined();
      expect(fs.existsSync(path.join(root, source!)), `${source} (run npm run build first)`).toBe(true);
    }
    for (const name of Object.keys(imageEnv).filter((name) => name !== 'NODE_ENV')) expect(documented, name).toContain(name);
    expect(read('.dockerignore').split('\n')).toEqual(expect.arrayContaining(['node_modules', 'dist', '.env', 'data']));
  });

  describe('the image as it starts, run on this machine', () => {
    let bot: BotProcess;
    afterAll(async () => {
      await bot?.stop();
    });

    it('listens on every interface with its data on the volume, and its HEALTHCHECK passes once ready', { timeout: 30_000 }, async () => {
      const volume = makeTempDir('volume-');
      bot = await startBotProcess({ dataDir: volume, env: { ...imageEnv, DATA_DIR: volume, PORT: '0' } });
      expect(fs.existsSync(path.join(volume, 'bot.sqlite'))).toBe(true);

      const healthcheck = /CMD\s+(\[.*\])$/.exec(argsOf('HEALTHCHECK')[0]!)?.[1];
      const command = JSON.parse(healthcheck!) as string[];
      expect(command.join(' ')).toContain('/readyz');
      execFileSync(process.execPath, command.slice(1), { env: { PORT: String(bot.port) }, timeout: 10_000 });
      expect(() => execFileSync(process.execPath, command.slice(1), { env: { PORT: '9' }, timeout: 10_000, stdio: 'ignore' })).toThrow();

      expect(await bot.stop()).toEqual({ code: 0, signal: null });
    });
  });
});

describe('compose.yaml', () => {
  const compose = parse(read('compose.yaml'), { merge: true }) as {
    services: Record<string, { environment?: Record<string, string>; volumes?: string[]; image?: string; build?: string }>;
  };
  const bots = Object.entries(compose.services).filter(([, service]) => service.build === '.');

  it('runs two bot instances on one PostgreSQL database, with only documented variables', () => {
    expect(bots.map(([name]) => name)).toEqual(['bot-1', 'bot-2']);
    const urls = bots.map(([, service]) => service.environment?.DATABASE_URL);
    expect(new Set(urls).size).toBe(1);
    expect(urls[0]).toMatch(/^postgres:\/\/[^@]+@postgres:5432\//);
    for (const [, service] of bots) for (const name of Object.keys(service.environment ?? {})) expect(documented, name).toContain(name);
    expect(bots[0]![1].environment?.DIRECT_LINE_TOKEN_SECRET?.length).toBeGreaterThanOrEqual(32);
  });

  it('puts a proxy in front of both, configured from the repository', () => {
    const proxy = compose.services.proxy!;
    const mounted = proxy.volumes?.[0]?.split(':')[0];
    const conf = read(mounted!);
    for (const [name] of bots) expect(conf).toContain(`server ${name}:3978;`);
    expect(conf).toContain('X-Forwarded-For');
    expect(conf).toMatch(/Upgrade \$http_upgrade/);
  });
});

describe('infra/main.bicep', () => {
  const bicep = read('infra/main.bicep');
  const settingsBlock = /resource appSettings[\s\S]*?properties: \{([\s\S]*?)\n {2}\}\n\}/.exec(bicep)?.[1] ?? '';
  const settingNames = [...settingsBlock.matchAll(/^\s{4}(\w+):/gm)].map((m) => m[1]!);

  it("wires the web app's settings from the template, each a variable .env.example documents", () => {
    expect(settingNames).toEqual(expect.arrayContaining(['MicrosoftAppType', 'MicrosoftAppId', 'MicrosoftAppTenantId', 'DATABASE_URL', 'DIRECT_LINE_SECRET']));
    // WEBSITES_PORT is App Service's own: the port its front end forwards to.
    expect(settingNames.filter((name) => name !== 'WEBSITES_PORT' && !documented.has(name))).toEqual([]);
  });

  it('deploys the Azure Bot as a user-assigned managed identity, with the Teams and Direct Line channels, on App Service and PostgreSQL', () => {
    expect(bicep).toMatch(/msaAppType: 'UserAssignedMSI'/);
    expect(bicep).not.toMatch(/MultiTenant/);
    for (const type of [
      'Microsoft.BotService/botServices@',
      'Microsoft.Web/sites@',
      'Microsoft.DBforPostgreSQL/flexibleServers@',
      'Microsoft.ManagedIdentity/userAssignedIdentities@',
    ]) {
      expect(bicep).toContain(type);
    }
    expect(bicep).toContain("channelName: 'MsTeamsChannel'");
    expect(bicep).toContain("channelName: 'DirectLineChannel'");
    expect(bicep).toMatch(/endpoint: 'https:\/\/\$\{site\.properties\.defaultHostName\}\/api\/messages'/);
    expect(bicep).toMatch(/healthCheckPath: '\/readyz'/);
  });

  it('names in main.bicepparam only parameters main.bicep declares, and every one without a default', () => {
    const declared = [...bicep.matchAll(/^param (\w+) \w+( =)?/gm)].map((m) => ({ name: m[1]!, required: m[2] === undefined }));
    const given = [...read('infra/main.bicepparam').matchAll(/^param (\w+) =/gm)].map((m) => m[1]!);
    expect(given.filter((name) => !declared.some((d) => d.name === name))).toEqual([]);
    expect(declared.filter((d) => d.required && !given.includes(d.name)).map((d) => d.name)).toEqual([]);
  });
});

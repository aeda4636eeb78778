// The Teams app package: manifest/manifest.json against the schema of the version it declares, the
// icons Teams requires, and `npm run manifest` as a real process.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { availableManifestVersions, fillPlaceholders, iconSizes, placeholderNames, pngSize, validateManifest } from '../../scripts/lib/teams-manifest.js';

const root = path.resolve(import.meta.dirname, '../..');
const manifestDir = path.join(root, 'manifest');
const templateText = fs.readFileSync(path.join(manifestDir, 'manifest.json'), 'utf8');
const template = JSON.parse(templateText) as Record<string, unknown>;

const sampleEnv: Record<string, string> = {
  TEAMS_APP_ID: '6d1c4a8e-2f7b-4c39-9e0a-5b8f3d2c1a47',
  MicrosoftAppId: 'a3f2c1d0-9b8e-4f7a-8c6d-5e4f3a2b1c0d',
  BRAND_NAME: 'Example CA',
  HELP_CENTER_URL: 'https://help.example.com/',
  PRIVACY_URL: 'https://www.example.com/privacy',
  TERMS_OF_USE_URL: 'https://www.example.com/terms',
  BOT_DOMAIN: 'bot.example.com',
};

type Bot = { botId: string; scopes: string[]; commandLists: { scopes: string[]; commands: { title: string }[] }[] };
type Manifest = {
  manifestVersion: string;
  $schema: string;
  bots: Bot[];
  icons: Record<keyof typeof iconSizes, string>;
  authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
};

/** The template filled with sampleEnv, as a fresh object each call (tests break it freely). */
function filledSample(): Manifest {
  const { filled, missing, malformed } = fillPlaceholders(template, sampleEnv);
  expect(missing).toEqual([]);
  expect(malformed).toEqual([]);
  return filled as Manifest;
}

describe('manifest/manifest.json', () => {
  it("declares a manifestVersion that @microsoft/app-manifest has a schema for, and that version's $schema", () => {
    expect(availableManifestVersions()).toContain(template.manifestVersion);
    expect(template.$schema).toBe(`https://developer.microsoft.com/en-us/json-schemas/teams/v${String(template.manifestVersion)}/MicrosoftTeams.schema.json`);
  });

  it("validates against that version's schema once every placeholder is filled", () => {
    expect(validateManifest(filledSample())).toEqual([]);
  });

  it('uses placeholders for exactly these variables, each documented in .env.example', () => {
    const example = fs.readFileSync(path.join(root, '.env.example'), 'utf8');
    const documented = (name: string) => new RegExp(`^\\s*(?:#\\s*)?${name}=`, 'm').test(example);

    expect(placeholderNames(templateText).sort()).toEqual(Object.keys(sampleEnv).sort());
    expect(
      placeholderNames(templateText).filter((name) => !documented(name)),
      'placeholders missing from .env.example',
    ).toEqual([]);
  });

  it('has one bot, the Bot Framework app, in the team and personal scopes, with the agent commands in both', () => {
    const manifest = filledSample();
    const [bot] = manifest.bots;

    expect(manifest.bots).toHaveLength(1);
    expect(bot?.botId).toBe(sampleEnv.MicrosoftAppId);
    expect(bot?.scopes).toEqual(expect.arrayContaining(['team', 'personal']));
    // Commands the agents' desk understands (src/bot-framework/teams/agent-desk.ts); `accept` is offered in the team scope.
    for (const scope of ['team', 'personal']) {
      const commands = bot?.commandLists.find((list) => list.scopes.includes(scope))?.commands.map(({ title }) => title);
      expect(commands, `commands in the ${scope} scope`).toEqual(expect.arrayContaining(['queue', 'end', 'release', 'help']));
    }
  });

  it('asks for the RSC permission to read every channel message without an @mention', () => {
    expect(filledSample().authorization.permissions.resourceSpecific).toContainEqual({ name: 'ChannelMessage.Read.Group', type: 'Application' });
  });

  it('has icons that are PNGs of exactly the sizes Teams requires', () => {
    const icons = (template as Manifest).icons;
    for (const [kind, size] of Object.entries(iconSizes)) {
      const bytes = fs.readFileSync(path.join(manifestDir, icons[kind as keyof typeof iconSizes]));

      expect(pngSize(bytes), `${kind} icon, from its IHDR`).toEqual({ width: size, height: size });
      expect(PNG.sync.read(bytes), `${kind} icon, decoded`).toMatchObject({ width: size, height: size });
    }
  });

  it('has a full-colour icon that is opaque and not blank, and an outline icon that is white on transparent', () => {
    const pixels = (file: string) => {
      const { data } = PNG.sync.read(fs.readFileSync(path.join(manifestDir, file)));
      return Array.from({ length: data.length / 4 }, (_, index) => [...data.subarray(index * 4, index * 4 + 4)] as number[]);
    };
    const colour = pixels('color.png');
    const outline = pixels('outline.png');
    const visibleOutline = outline.filter(([, , , alpha]) => alpha !== 0);

    expect(
      colour.every(([, , , alpha]) => alpha === 255),
      'colour icon fully opaque',
    ).toBe(true);
    expect(new Set(colour.map((pixel) => pixel.join())).size, 'colours in the colour icon').toBeGreaterThan(2);
    expect(
      visibleOutline.filter(([r, g, b]) => r !== 255 || g !== 255 || b !== 255),
      'outline pixels that are not white',
    ).toEqual([]);
    expect(visibleOutline.length / outline.length, 'share of the outline icon drawn').toBeGreaterThan(0.1);
    expect(visibleOutline.length / outline.length, 'share of the outline icon drawn').toBeLessThan(0.9);
  });
});

describe('fillPlaceholders', () => {
  it('reports every unset or empty variable at once, each once, in order of first use', () => {
    const env = { ...sampleEnv, TEAMS_APP_ID: undefined, BOT_DOMAIN: '  ', MicrosoftAppId: undefined };

    expect(fillPlaceholders(template, env).missing).toEqual(['TEAMS_APP_ID', 'MicrosoftAppId', 'BOT_DOMAIN']);
  });

  it('fills inside longer strings, keeps JSON-special characters intact, and flags a malformed placeholder', () => {
    const result = fillPlaceholders(
      { name: '${{BRAND_NAME}} Support', list: ['${{ BRAND_NAME }}'], typo: '${{BRAND-NAME}}' },
      { BRAND_NAME: 'A "quoted" \\ brand' },
    );

    expect(result.filled).toEqual({ name: 'A "quoted" \\ brand Support', list: ['A "quoted" \\ brand'], typo: '${{BRAND-NAME}}' });
    expect(result.missing).toEqual([]);
    expect(result.malformed).toEqual(['/typo: ${{BRAND-NAME}}']);
  });
});

describe('validateManifest', () => {
  it('rejects a bot scope Teams does not know, naming the field and the allowed values', () => {
    const manifest = filledSample();
    (manifest.bots[0] as Bot).scopes = ['nonsense'];

    expect(validateManifest(manifest)).toEqual([expect.stringMatching(/^\/bots\/0\/scopes\/0: must be equal to one of the allowed values \(team, personal/)]);
  });

  it('rejects a placeholder left unfilled, and a manifestVersion it has no schema for', () => {
    expect(validateManifest(template)).toEqual(expect.arrayContaining([expect.stringMatching(/^\/id: must match pattern/)]));
    expect(validateManifest({ ...filledSample(), manifestVersion: '0.9' })).toEqual([expect.stringMatching(/^\/manifestVersion: "0\.9" has no schema/)]);
  });
});

describe('npm run manifest', () => {
  const placeholders = placeholderNames(templateText);
  /** This process's environment without any of the manifest's variables, plus `values`. */
  const envWith = (values: Record<string, string>) => ({
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !placeholders.includes(name))),
    ...values,
  });
  const run = (out: string, env: Record<string, string | undefined>) =>
    spawnSync('node_modules/.bin/tsx', ['scripts/manifest.ts', '--out', out], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
  const tmpZip = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'teams-manifest-')), 'app.zip');

  it('writes a zip of exactly manifest.json, color.png and outline.png, with every placeholder filled', { timeout: 60_000 }, () => {
    const out = tmpZip();

    const result = run(out, envWith(sampleEnv));

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const entries = unzipSync(fs.readFileSync(out));
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifestText = strFromU8(entries['manifest.json'] as Uint8Array);
    expect(manifestText).not.toContain('${{');
    expect(JSON.parse(manifestText)).toEqual(filledSample());
    expect(entries['color.png']).toEqual(new Uint8Array(fs.readFileSync(path.join(manifestDir, 'color.png'))));
  });

  it('exits 1 naming every missing variable, and writes no zip', { timeout: 60_000 }, () => {
    const out = tmpZip();
    const { TEAMS_APP_ID: _teamsAppId, PRIVACY_URL: _privacyUrl, ...partial } = sampleEnv;

    const result = run(out, envWith(partial));

    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/TEAMS_APP_ID/);
    expect(result.stderr).toMatch(/PRIVACY_URL/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('exits 1 with the schema error, and writes no zip, when a value makes the manifest invalid', { timeout: 60_000 }, () => {
    const out = tmpZip();

    const result = run(out, envWith({ ...sampleEnv, HELP_CENTER_URL: 'help.example.com' }));

    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\/developer\/websiteUrl: must match pattern/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

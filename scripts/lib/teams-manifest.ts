// The Teams app package's pieces, shared by `npm run manifest` and its tests so both check the
// manifest the same way: placeholder filling, the schema of a manifest version, validation, PNG size.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

// Both are CommonJS whose typings declare only `export default`: from ESM the import is the module
// object, and `.default` is the same function at run time and in the types.
const AjvDraft04 = ajvDraft04.default;
const addFormats = ajvFormats.default;

/** `${{NAME}}`, the Teams Toolkit placeholder syntax, so the template also works with its tooling. */
const placeholder = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export type FillResult = {
  filled: unknown;
  /** Variables that are unset or empty, each once, in the order the template first uses them. */
  missing: string[];
  /** `${{` sequences that are not a well-formed placeholder, with where they are. */
  malformed: string[];
};

/** Replaces every `${{NAME}}` in the string values of a parsed JSON document with `env[NAME]`. */
export function fillPlaceholders(template: unknown, env: Record<string, string | undefined>): FillResult {
  const missing = new Set<string>();
  const malformed: string[] = [];
  const fill = (value: unknown, at: string): unknown => {
    if (typeof value === 'string') {
      const filled = value.replace(placeholder, (whole, name: string) => {
        const replacement = env[name];
        if (replacement === undefined || replacement.trim() === '') {
          missing.add(name);
          return whole;
        }
        return replacement;
      });
      // A well-formed placeholder that stays is a missing variable; anything else left is a typo.
      if (filled.replace(placeholder, '').includes('${{')) malformed.push(`${at || '/'}: ${value}`);
      return filled;
    }
    if (Array.isArray(value)) return value.map((item, index) => fill(item, `${at}/${index}`));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item, `${at}/${key}`)]));
    }
    return value;
  };
  const filled = fill(template, '');
  return { filled, missing: [...missing], malformed };
}

/** Every variable the template's placeholders name, each once, in order of first use. */
export function placeholderNames(templateText: string): string[] {
  return [...new Set([...templateText.matchAll(placeholder)].map((match) => match[1] as string))];
}

const schemasDir = path.join(path.dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json')), 'build/json-schemas/teams');

/** The numbered manifest versions @microsoft/app-manifest ships a schema for ("1.30", …), oldest first. */
export function availableManifestVersions(): string[] {
  return fs
    .readdirSync(schemasDir)
    .flatMap((entry) => /^v(\d+\.\d+)$/.exec(entry)?.[1] ?? [])
    .filter((version) => fs.existsSync(schemaPath(version)))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

const schemaPath = (manifestVersion: string) => path.join(schemasDir, `v${manifestVersion}`, 'MicrosoftTeams.schema.json');

/** The JSON schema of a Teams manifest version, as shipped by @microsoft/app-manifest. */
function loadTeamsSchema(manifestVersion: string): Record<string, unknown> {
  if (!availableManifestVersions().includes(manifestVersion)) {
    throw new Error(`@microsoft/app-manifest has no schema for manifestVersion "${manifestVersion}" (it has ${availableManifestVersions().join(', ')})`);
  }
  return JSON.parse(fs.readFileSync(schemaPath(manifestVersion), 'utf8')) as Record<string, unknown>;
}

const validators = new Map<string, ValidateFunction>();

function validatorFor(manifestVersion: string): ValidateFunction {
  const cached = validators.get(manifestVersion);
  if (cached !== undefined) return cached;
  // The Teams schemas are draft-04 and leave out `type` beside `additionalProperties`, which ajv's
  // strict mode refuses; strict off still enforces every keyword.
  const ajv = new AjvDraft04({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(loadTeamsSchema(manifestVersion));
  validators.set(manifestVersion, validate);
  return validate;
}

/** `/bots/0/scopes/0: must be equal to one of the allowed values (team, personal, groupChat, copilot)`. */
function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '/' : error.instancePath;
  const params = error.params as Record<string, unknown>;
  const detail =
    error.keyword === 'enum' && Array.isArray(params.allowedValues)
      ? ` (${params.allowedValues.join(', ')})`
      : error.keyword === 'additionalProperties'
        ? ` ("${String(params.additionalProperty)}")`
        : '';
  return `${where}: ${error.message ?? error.keyword}${detail}`;
}

/**
 * Problems with a filled manifest against the schema of the manifestVersion it declares, one
 * readable line each; empty when it is valid.
 */
export function validateManifest(manifest: unknown): string[] {
  const manifestVersion = (manifest as { manifestVersion?: unknown } | null)?.manifestVersion;
  if (typeof manifestVersion !== 'string') return ['/manifestVersion: must be a string such as "1.30"'];
  if (!availableManifestVersions().includes(manifestVersion)) {
    return [`/manifestVersion: "${manifestVersion}" has no schema in @microsoft/app-manifest (${availableManifestVersions().join(', ')})`];
  }
  const validate = validatorFor(manifestVersion);
  if (validate(manifest)) return [];
  return [...new Set((validate.errors ?? []).map(describeError))];
}

/** Width and height from a PNG's IHDR chunk; undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const header = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (header.length < 24 || !signature.every((byte, index) => header[index] === byte)) return undefined;
  if (header.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

/** The size Teams requires of each icon in `icons`. */
export const iconSizes = { color: 192, outline: 32 } as const;

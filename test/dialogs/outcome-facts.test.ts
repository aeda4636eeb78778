// dialogs/facts/outcome-facts.yaml against the rendered content, in every configuration that changes
// wording: each outcome says what the sources require and nothing they rule out. Also: every question
// the bot asks declares the DOMAIN.md slot (or conversation step) it is for, and the machine agrees.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { parse } from 'yaml';
import { z } from 'zod';
import { askableSlots, conversationSteps, customerTypes, outcomeIds } from '../../machines/domain.js';
import { routeKey } from '../../machines/handoff.flow.js';
import { supportMachine } from '../../machines/support.machine.js';
import { loadConfig } from '../../src/config.js';
import { loadContentFor } from '../../src/content/for-config.js';
import type { Content } from '../../src/content/load-content.js';
import { inProject } from '../../src/project-root.js';

const fact = z.strictObject({ says: z.string().min(1), pattern: z.string().min(1) });
const facts = z.strictObject({ require: z.array(fact).optional(), forbid: z.array(fact).optional() });
const factsFileSchema = z.strictObject({
  everywhere: z.strictObject({
    forbid: z.array(fact),
    whenMentioned: z.array(
      z.strictObject({ says: z.string(), when: z.string(), require: z.array(z.string()).optional(), forbid: z.array(z.string()).optional() }),
    ),
    onlyIn: z.array(z.strictObject({ says: z.string(), pattern: z.string(), keys: z.array(z.string()).min(1) })),
  }),
  withoutLiveAgents: z.strictObject({ exceptKeys: z.array(z.string()), forbid: z.array(fact) }),
  outcomes: z.record(
    z.enum(outcomeIds),
    facts.extend({ keys: z.record(z.string(), facts).optional(), withoutLiveAgents: facts.optional(), withLiveAgents: facts.optional() }),
  ),
  routes: z.record(z.enum([...customerTypes, 'none']), facts),
  messages: z.record(z.string(), facts),
});

const factsFile = factsFileSchema.parse(parse(fs.readFileSync(inProject('dialogs/facts/outcome-facts.yaml'), 'utf8')));

/** The example brand, and one with its own name, links and hours (none of them "24/7"). */
const brands: Record<string, Record<string, string>> = {
  'example brand': {},
  'own brand': {
    BRAND_NAME: 'Northwind Trust',
    HELP_CENTER_URL: 'https://help.northwind.test/',
    RETRIEVAL_ARTICLE_URL: 'https://help.northwind.test/articles/42',
    ACCOUNT_ASSISTANCE_URL: 'https://account.northwind.test/find',
    PASSWORD_REMINDER_URL: 'https://secure.northwind.test/epki/remind',
    FORGOTTEN_PASSWORD_URL: 'https://secure.northwind.test/login/lost',
    TICKET_URL: 'https://support.northwind.test/new',
    SUPPORT_EMAIL: 'help@northwind.test',
    SUPPORT_HOURS: 'Monday to Friday, 8:00 to 18:00 CET',
  },
};
const targets: Record<string, Record<string, string>> = {
  'handoff none': {},
  'handoff teams': { HANDOFF_TARGET: 'teams', TEAMS_AGENTS_CHANNEL_ID: '19:agents@thread.tacv2', TEAMS_TENANT_ID: 'tenant-1' },
  'handoff protocol': { HANDOFF_TARGET: 'protocol' },
};

type Setting = { name: string; values: Readonly<Record<string, string>>; live: boolean; content: Content };
const settings: Setting[] = Object.entries(targets).flatMap(([target, targetEnv]) =>
  Object.entries(brands).map(([brand, brandEnv]) => {
    const config = loadConfig({ ...brandEnv, ...targetEnv });
    return { name: `${target}, ${brand}`, values: config.brand, live: config.handoff.target !== 'none', content: loadContentFor(config) };
  }),
);

const runtimeValues: Record<string, string> = { position: '2', agent: 'Dana', text: 'Hello' };

/** What the customer sees for a key: its text and its button labels, run-time placeholders filled. */
function rendered(setting: Setting, key: string): string {
  const entry = setting.content.get(key);
  if (!entry) throw new Error(`${key} is not in dialogs/`);
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (whole, name: string) => runtimeValues[name] ?? whole);
  return [fill(entry.text), ...Object.values(entry.choices ?? {})].join('\n');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A fact's pattern with `\{name\}` replaced by that configured value; an unknown name fails the test. */
function compile(pattern: string, setting: Setting): RegExp {
  return new RegExp(
    pattern.replace(/\\\{(\w+)\\\}/g, (_whole, name: string) => {
      const value = setting.values[name];
      if (value === undefined) throw new Error(`outcome-facts.yaml: unknown placeholder {${name}} in ${pattern}`);
      return escape(value);
    }),
    'i',
  );
}

/** The text with every configured value blanked: what the content itself says. */
function ownWords(text: string, setting: Setting): string {
  return Object.values(setting.values)
    .filter((value) => value.length > 3)
    .reduce((said, value) => said.split(value).join('…'), text);
}

/** Problems with one text against `require` and `forbid` lists. */
function check(text: string, setting: Setting, where: string, list: z.infer<typeof facts>): string[] {
  const missing = (list.require ?? []).filter((f) => !compile(f.pattern, setting).test(text)).map((f) => `${where}: must say: ${f.says}`);
  const said = (list.forbid ?? []).filter((f) => compile(f.pattern, setting).test(ownWords(text, setting))).map((f) => `${where}: must not say: ${f.says}`);
  return [...missing, ...said];
}

/** Content keys the machine shows each outcome with (the say actions that carry an outcome id). */
function outcomeKeysOfMachine(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const visit = (node: AnyStateNode) => {
    for (const action of node.entry) {
      const params = (action as { params?: unknown }).params as { key?: string; outcome?: string } | undefined;
      if (params && typeof params === 'object' && params.key && params.outcome) {
        found.set(params.outcome, (found.get(params.outcome) ?? new Set()).add(params.key));
      }
    }
    Object.values(node.states).forEach(visit);
  };
  visit(supportMachine.root);
  return found;
}

describe('dialogs/facts/outcome-facts.yaml', () => {
  const machineKeys = outcomeKeysOfMachine();
  const keysOf = (outcome: string) => Object.keys(factsFile.outcomes[outcome as keyof typeof factsFile.outcomes]?.keys ?? {});

  it('covers every outcome, with the content keys the machine shows it with', () => {
    expect(Object.keys(factsFile.outcomes).sort()).toEqual([...outcomeIds].sort());
    for (const outcome of outcomeIds) {
      const entry = factsFile.outcomes[outcome];
      expect((entry.require ?? []).length + (entry.withoutLiveAgents?.require ?? []).length, `${outcome} has required facts`).toBeGreaterThan(0);
    }
    for (const [outcome, keys] of machineKeys) {
      // Outcomes shown by one key need no `keys:` section; more than one must each be named.
      if (keys.size > 1 || keysOf(outcome).length > 0) expect(keysOf(outcome).sort(), outcome).toEqual([...keys].sort());
    }
  });

  /** The keys that show an outcome: from the machine, plus the handoff messages said by the runner's results. */
  const keysShowing = (outcome: string, setting: Setting): string[] => {
    const keys = outcome === 'handoff' ? ['handoff.queued', 'handoff.offline'] : [...(machineKeys.get(outcome) ?? [])];
    // Without live agents nothing is ever queued: only the recorded-request message shows a handoff.
    return keys.filter((key) => setting.live || !factsFile.withoutLiveAgents.exceptKeys.includes(key));
  };

  it.each(settings.map((s) => [s.name, s] as const))('every outcome says its facts and none it must not (%s)', (_name, setting) => {
    const problems = outcomeIds.flatMap((outcome) => {
      const entry = factsFile.outcomes[outcome];
      const keys = keysShowing(outcome, setting);
      expect(keys.length, outcome).toBeGreaterThan(0);
      return keys.flatMap((key) => {
        const text = rendered(setting, key);
        const where = `${outcome} (${key})`;
        return [
          ...check(text, setting, where, entry),
          ...check(text, setting, where, entry.keys?.[key] ?? {}),
          ...check(text, setting, where, (setting.live ? entry.withLiveAgents : entry.withoutLiveAgents) ?? {}),
        ];
      });
    });

    expect(problems).toEqual([]);
  });

  it.each(settings.map((s) => [s.name, s] as const))('every route to the team fits the customer type (%s)', (_name, setting) => {
    const problems = Object.entries(factsFile.routes).flatMap(([type, list]) => {
      const key = routeKey({ slots: type === 'none' ? {} : { customerType: type as (typeof customerTypes)[number] } });
      return check(rendered(setting, key), setting, `route for ${type} (${key})`, list);
    });

    expect(problems).toEqual([]);
  });

  it.each(settings.map((s) => [s.name, s] as const))('no entry says what the sources rule out anywhere (%s)', (_name, setting) => {
    const keys = [...setting.content.keys()];
    const { everywhere, withoutLiveAgents, messages } = factsFile;
    const problems = keys.flatMap((key) => {
      const text = rendered(setting, key);
      const own = ownWords(text, setting);
      return [
        ...check(text, setting, key, { forbid: everywhere.forbid }),
        ...(!setting.live && !withoutLiveAgents.exceptKeys.includes(key) ? check(text, setting, key, { forbid: withoutLiveAgents.forbid }) : []),
        ...(messages[key] ? check(text, setting, key, messages[key]) : []),
        ...everywhere.whenMentioned.flatMap((rule) =>
          new RegExp(rule.when, 'i').test(own)
            ? [
                ...(rule.require ?? []).filter((p) => !new RegExp(p, 'i').test(own)).map(() => `${key}: ${rule.says}`),
                ...(rule.forbid ?? []).filter((p) => new RegExp(p, 'i').test(own)).map(() => `${key}: ${rule.says}`),
              ]
            : [],
        ),
        ...everywhere.onlyIn.filter((rule) => !rule.keys.includes(key) && new RegExp(rule.pattern, 'i').test(text)).map((rule) => `${key}: ${rule.says}`),
      ];
    });

    expect(problems).toEqual([]);
  });

  it('names only keys that exist in dialogs/', () => {
    const named = [
      ...Object.values(factsFile.outcomes).flatMap((entry) => Object.keys(entry.keys ?? {})),
      ...factsFile.everywhere.onlyIn.flatMap((rule) => rule.keys),
      ...factsFile.withoutLiveAgents.exceptKeys,
      ...Object.keys(factsFile.messages),
    ];

    expect(named.filter((key) => !settings[0]!.content.has(key))).toEqual([]);
  });
});

describe('every question traces to a slot', () => {
  const allowed: readonly string[] = [...askableSlots, ...conversationSteps];
  const content = settings[0]!.content;

  it('every entry with buttons declares what it asks, from the allowed list (DOMAIN.md slots and steps)', () => {
    const questions = [...content.keys()].filter((key) => Object.keys(content.get(key)?.choices ?? {}).length > 0);
    const undeclared = questions.filter((key) => content.get(key)?.asks === undefined);
    const unknown = questions.filter((key) => !allowed.includes(content.get(key)?.asks ?? ''));
    const declaredWithoutButtons = [...content.keys()].filter((key) => content.get(key)?.asks !== undefined && !questions.includes(key));

    expect(questions.length).toBeGreaterThan(10);
    expect(undeclared, 'questions without `asks`').toEqual([]);
    expect(unknown, 'questions asking for something not in the allowed list').toEqual([]);
    expect(declaredWithoutButtons, '`asks` on an entry with no buttons').toEqual([]);
  });

  it("the machine's questions fill the slot their content declares", () => {
    const mismatched: string[] = [];
    let questions = 0;
    const visit = (node: AnyStateNode) => {
      const asks = (node.meta as { asks?: string } | undefined)?.asks;
      if (asks !== undefined) {
        questions++;
        for (const action of node.entry) {
          const key = ((action as { params?: unknown }).params as { key?: string } | undefined)?.key;
          if (key && content.get(key)?.asks !== asks) mismatched.push(`${node.id}: says ${key} (asks ${content.get(key)?.asks}) but fills ${asks}`);
        }
      }
      Object.values(node.states).forEach(visit);
    };
    visit(supportMachine.root);

    expect(questions).toBeGreaterThan(5);
    expect(mismatched).toEqual([]);
  });

  it('a question without a declared slot is refused (the check above is not vacuous)', () => {
    const withUndeclared = new Map(content);
    withUndeclared.set('demo.ask', { text: 'Which colour is your certificate?', choices: { red: 'Red' } });

    const undeclared = [...withUndeclared.keys()].filter((key) => withUndeclared.get(key)?.choices && withUndeclared.get(key)?.asks === undefined);

    expect(undeclared).toEqual(['demo.ask']);
  });
});

// `npm run chart` as a real process: it writes a chart that parses, names every state of the machine,
// and builds (as Stately's visualiser would) a machine with the same states and transitions.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMachine, type AnyStateMachine, type AnyStateNode } from 'xstate';
import { describe, expect, it } from 'vitest';
import { supportMachine } from '../../machines/support.machine.js';

const root = path.resolve(import.meta.dirname, '../..');

function stateIds(node: AnyStateNode): string[] {
  return [node.id, ...Object.values(node.states).flatMap(stateIds)];
}

/** Every transition as "source --event [guard]--> targets", the way both machines can be compared. */
function transitionsOf(machine: AnyStateMachine): string[] {
  const visit = (node: AnyStateNode): string[] => [
    ...[...[...node.transitions.values()].flat(), ...(node.always ?? [])].map(
      (t) =>
        `${node.id} --${t.eventType || '(always)'} ${JSON.stringify(t.guard ?? null)}--> ${(t.target ?? []).map((n) => n.id).join(',')} ${JSON.stringify(t.actions)}`,
    ),
    ...Object.values(node.states).flatMap(visit),
  ];
  return visit(machine.root).sort();
}

describe('npm run chart', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'chart-'));
  const run = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/chart.ts', '--out', out], { cwd: root, encoding: 'utf8', timeout: 60_000 });

  it('writes the machine as JSON that names every state', () => {
    expect(run.status, run.stderr).toBe(0);
    const text = fs.readFileSync(path.join(out, 'support-machine.json'), 'utf8');
    const chart = JSON.parse(text) as { id: string };

    const named = new Set<string>();
    const collect = (node: { states?: Record<string, unknown> }, id: string) => {
      named.add(id);
      for (const [key, child] of Object.entries(node.states ?? {})) collect(child as { states?: Record<string, unknown> }, `${id}.${key}`);
    };
    collect(chart as { states?: Record<string, unknown> }, chart.id);

    expect([...named].sort()).toEqual(stateIds(supportMachine.root).sort());
  });

  it('builds again into a machine with the same states, transitions, guards and actions', () => {
    const chart = JSON.parse(fs.readFileSync(path.join(out, 'support-machine.json'), 'utf8')) as Parameters<typeof createMachine>[0];
    const rebuilt = createMachine(chart);

    expect(stateIds(rebuilt.root).sort()).toEqual(stateIds(supportMachine.root).sort());
    expect(transitionsOf(rebuilt)).toEqual(transitionsOf(supportMachine));
  });

  it('also writes it inside createMachine(…), the code the visualisers import', () => {
    const code = fs.readFileSync(path.join(out, 'support-machine.js'), 'utf8');
    const json = fs.readFileSync(path.join(out, 'support-machine.json'), 'utf8').trimEnd();

    expect(code).toContain(`createMachine(${json});`);
  });
});

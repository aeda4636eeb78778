// The machine's step as a pure function: nothing is said, requested or changed by taking it; what the
// machine asks for comes back as data, and a snapshot goes to storage and back unchanged.
import { describe, expect, it } from 'vitest';
import type { InspectionEvent } from 'xstate';
import { nothingUnderstood } from '../../machines/domain.js';
import type { ConversationEvent } from '../../machines/events.js';
import { trustedEnvelope } from '../../src/conversation/run-turn.js';
import { createStepper } from '../../src/conversation/step.js';
import { conversationMachine } from '../../machines/registry.js';

const stepper = createStepper();
const askForPerson: ConversationEvent = { type: 'user.message', nlu: { ...nothingUnderstood, needs: ['human'] } };

describe('a step of the conversation machine', () => {
  it('starts at rest, asking nothing of the runner', () => {
    const first = stepper.start();
    expect(first.snapshot.value).toBe('start');
    expect(first.effects).toEqual([]);
    expect(stepper.start().snapshot.value).toEqual(first.snapshot.value);
  });

  it('returns the lines to say as data and leaves the snapshot it was given as it was', () => {
    const { snapshot } = stepper.start();
    const before = JSON.stringify(stepper.persist(snapshot));
    const opened = stepper.send(snapshot, { type: 'session.started' });

    expect(opened.said.map((line) => line.key)).toEqual(['common.welcome', 'triage.askNeed']);
    expect(opened.snapshot.hasTag('waiting')).toBe(true);
    expect(JSON.stringify(stepper.persist(snapshot))).toBe(before);
  });

  it('asks for a handoff as an effect, which nothing has performed', () => {
    const opened = stepper.send(stepper.start().snapshot, { type: 'session.started' });
    const asked = stepper.send(opened.snapshot, askForPerson);

    expect(asked.effects).toEqual([expect.objectContaining({ type: 'requestHandoff', request: expect.objectContaining({ reason: 'asked' }) })]);
    // The machine waits for the effect's result before it rests.
    expect(asked.snapshot.hasTag('waiting')).toBe(false);
    const queued = stepper.send(asked.snapshot, { type: 'handoff.queued', caseId: 'C-000001', position: 1 });
    expect(queued.snapshot.hasTag('waiting')).toBe(true);
    expect(queued.said.map((line) => line.key)).toContain('handoff.queued');
  });

  it('goes to storage and back unchanged', () => {
    const opened = stepper.send(stepper.start().snapshot, { type: 'session.started' });
    const stored = JSON.parse(JSON.stringify(stepper.persist(opened.snapshot))) as unknown;
    const restored = stepper.restore(stored);

    expect(restored.value).toEqual(opened.snapshot.value);
    expect(restored.context).toEqual(opened.snapshot.context);
    expect(stepper.send(restored, askForPerson).effects).toEqual(stepper.send(opened.snapshot, askForPerson).effects);
  });

  it('refuses a stored state the machine does not have', () => {
    const stored = { ...(stepper.persist(stepper.start().snapshot) as object), value: { nowhere: 'atAll' } };
    expect(() => stepper.restore(stored)).toThrow();
  });

  it('shows every microstep to an inspector', () => {
    const seen: string[] = [];
    const inspected = createStepper({ inspect: (event: InspectionEvent) => void (event.type === '@xstate.microstep' && seen.push(event.type)) });
    inspected.send(inspected.start().snapshot, { type: 'session.started' });
    expect(seen.length).toBeGreaterThan(0);
  });
});

describe('a stored envelope', () => {
  const valid = {
    machineId: conversationMachine.id,
    version: conversationMachine.version,
    snapshot: stepper.persist(stepper.send(stepper.start().snapshot, { type: 'session.started' }).snapshot),
    updatedAt: 1,
  };

  it('is trusted when it parses and was written by this machine version', () => {
    expect(trustedEnvelope(JSON.parse(JSON.stringify(valid))).envelope).toBeDefined();
  });

  it('is distrusted, with the reason, when it is another version or unreadable', () => {
    expect(trustedEnvelope({ ...valid, version: valid.version - 1 })).toEqual({ distrusted: 'version', version: valid.version - 1 });
    expect(trustedEnvelope({ machineId: 'support' })).toEqual({ distrusted: 'unreadable' });
    expect(trustedEnvelope(undefined)).toEqual({});
  });
});

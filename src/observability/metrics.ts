// Prometheus metrics (prom-client), served at GET /metrics: turns and their latency, outcomes,
// escalations, the handoff queue and agents' wait and handle times, errors by code, and the store's
// latency per operation. One registry per app, so tests and several apps in a process never mix.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export type Metrics = ReturnType<typeof createMetrics>;

/** Turn latencies from sub-millisecond (in memory) to seconds (a slow store or channel). */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
/** Waits for a person: seconds to an hour. */
const WAIT_BUCKETS = [5, 15, 30, 60, 120, 300, 600, 1200, 1800, 3600];

export function createMetrics(options: { queueLength?: () => Promise<number> } = {}) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'certbot_' });
  const turns = new Counter({ name: 'certbot_turns_total', help: 'Customer turns handled', labelNames: ['input'] as const, registers: [registry] });
  const turnSeconds = new Histogram({
    name: 'certbot_turn_duration_seconds',
    help: 'Time to handle a customer turn, store and channel included',
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const outcomes = new Counter({ name: 'certbot_outcomes_total', help: 'Outcomes shown, by id', labelNames: ['outcome'] as const, registers: [registry] });
  const escalations = new Counter({
    name: 'certbot_escalations_total',
    help: 'Handoff cases opened, by reason',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  const handoffWait = new Histogram({
    name: 'certbot_handoff_wait_seconds',
    help: 'From escalation to an agent accepting',
    buckets: WAIT_BUCKETS,
    registers: [registry],
  });
  const handoffHandle = new Histogram({
    name: 'certbot_handoff_handle_seconds',
    help: 'From an agent accepting to the chat ending',
    buckets: WAIT_BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({ name: 'certbot_errors_total', help: 'Errors, by code', labelNames: ['code'] as const, registers: [registry] });
  const storeSeconds = new Histogram({
    name: 'certbot_store_operation_seconds',
    help: 'Store calls, by operation',
    labelNames: ['operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const rejected = new Counter({
    name: 'certbot_rate_limited_total',
    help: 'Requests refused with 429, by limit',
    labelNames: ['limit'] as const,
    registers: [registry],
  });
  const queueLength = options.queueLength;
  if (queueLength) {
    new Gauge({
      name: 'certbot_handoff_queue_length',
      help: 'Cases waiting for an agent',
      registers: [registry],
      async collect() {
        this.set(await queueLength());
      },
    });
  }

  return {
    registry,
    turn(input: string, seconds: number, shown: readonly string[]): void {
      turns.inc({ input });
      turnSeconds.observe(seconds);
      for (const outcome of shown) outcomes.inc({ outcome });
    },
    escalation(reason: string): void {
      escalations.inc({ reason });
    },
    handoffAccepted(waitSeconds: number): void {
      handoffWait.observe(waitSeconds);
    },
    handoffClosed(handleSeconds: number): void {
      handoffHandle.observe(handleSeconds);
    },
    error(code: string): void {
      errors.inc({ code });
    },
    rateLimited(limit: string): void {
      rejected.inc({ limit });
    },
    /** Times every method of `target` under its name (the store). */
    timed<T extends object>(target: T): T {
      return new Proxy(target, {
        get(object, property, receiver) {
          const value = Reflect.get(object, property, receiver) as unknown;
          if (typeof value !== 'function' || typeof property !== 'string') return value;
          return (...args: unknown[]) => {
            const end = storeSeconds.startTimer({ operation: property });
            const result = (value as (...a: unknown[]) => unknown).apply(object, args);
            if (result instanceof Promise) return result.finally(() => end());
            end();
            return result;
          };
        },
      });
    },
  };
}

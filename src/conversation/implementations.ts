// The conversation machine with its effects provided for one turn: `say` pushes onto the turn's
// outbox, and the handoff actors call the handoff port.
import { fromPromise } from 'xstate';
import { conversationMachine } from '../../machines/registry.js';
import type { HandoffRequest, SayParams } from '../../machines/setup.js';
import type { HandoffPort } from '../ports/handoff.js';

export function provideTurn(conversationKey: string, outbox: SayParams[], handoff: HandoffPort) {
  return conversationMachine.machine.provide({
    actions: {
      say: (_, params) => {
        outbox.push(params);
      },
    },
    actors: {
      requestHandoff: fromPromise<void, HandoffRequest>(({ input }) => handoff.request(conversationKey, input)),
      cancelHandoff: fromPromise<void, HandoffRequest>(() => handoff.cancel(conversationKey)),
    },
  });
}

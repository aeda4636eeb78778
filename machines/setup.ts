// The contract of the conversation machine: its context, events and effects (contract.ts), every
// action (actions.ts) and every guard (guards.ts), by name. Flow files build their states from
// `supportSetup` and refer to actions and guards only by these names.
import { withActions } from './actions.js';
import { guards } from './guards.js';
import { initialContext } from './context.js';

export type { HandoffRequest, SayParams } from './contract.js';

export const supportSetup = withActions.extend({ guards });

export { initialContext };

// The machines the runner can restore, by id, with the version their stored snapshots must carry.
import { SUPPORT_MACHINE_VERSION, supportMachine } from './support.machine.js';

export const conversationMachine = { id: 'support', version: SUPPORT_MACHINE_VERSION, machine: supportMachine } as const;

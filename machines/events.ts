// Every event the conversation machine accepts. Time, ids and meaning arrive inside events; the
// machine never reads a clock or parses text itself.
import type { Understanding } from './domain.js';

export type ConversationEvent =
  /** The chat window opened (Bot Framework conversationUpdate with the customer added). */
  | { type: 'session.started' }
  /**
   * A customer message: `choice` is the id of the button it matched on the question last asked,
   * `nlu` what it says in free text. The raw text never enters the machine.
   */
  | { type: 'user.message'; choice?: string; nlu: Understanding }
  | { type: 'user.agent' }
  | { type: 'user.startOver' }
  | { type: 'user.back' }
  | { type: 'user.cancel' }
  /** Results of the handoff effects, sent by the runner once the port has answered. */
  | { type: 'handoff.queued'; caseId: string; position: number }
  /** Recorded for the team, but nobody can take the chat live (no agents' channel configured). */
  | { type: 'handoff.offline' }
  | { type: 'handoff.failed' }
  | { type: 'handoff.withdrawn' }
  | { type: 'handoff.relayFailed' }
  /** The customer wrote, but their case had ended meanwhile (ended by the agent, taken off the queue). */
  | { type: 'handoff.caseEnded' }
  /** From the handoff service, between the customer's turns. */
  | { type: 'handoff.position'; position: number }
  | { type: 'handoff.waitedTooLong' }
  /** The customer was idle too long and the service took the case off the queue. */
  | { type: 'handoff.idle' }
  | { type: 'agent.joined'; agentName: string }
  /** An agent's words for the customer: the agent's own text, which the bot only passes on. */
  | { type: 'agent.message'; agentName: string; text: string }
  | { type: 'agent.released'; position: number }
  | { type: 'agent.ended'; agentName: string };

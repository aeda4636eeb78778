// Where agents see cases: a Teams channel (src/bot-framework/teams), or a contact centre reached through the Bot
// Framework handoff protocol (protocol-channel.ts). The desk (handoff-desk.ts) decides what happens;
// a channel only shows it, in the words of dialogs/agents.yaml.
import type { HandoffCase } from '../ports/handoff-queue.js';
import type { AgentLine } from './agent-text.js';

/** One line of the redacted transcript as agents read it. */
export type TranscriptLine = { from: 'customer' | 'bot' | 'agent'; text: string };

/** What a channel shows of a case: the case, its redacted transcript so far, and why it changed. */
export type CaseView = { handoffCase: HandoffCase; transcript: TranscriptLine[] };

export type PostedCase = { threadId: string; cardActivityId: string };

/** What goes into a case's thread: the customer's words (a channel shows them quoted, as typed), or a note for the agents. */
export type ThreadPost = { customerWrote: string } | { note: AgentLine };

export interface AgentChannel {
  /** Shows a new case to the agents; returns where, when the channel has threads (Teams). */
  postCase(view: CaseView): Promise<PostedCase | undefined>;
  /** Shows the case's new status (accepted by, ended, back in the queue) to everyone. */
  updateCase(view: CaseView): Promise<void>;
  /** Writes in the case's thread: the customer's words, or a note for the agents. */
  postToThread(handoffCase: HandoffCase, post: ThreadPost): Promise<void>;
}

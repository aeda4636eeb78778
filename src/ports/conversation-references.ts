// What is needed to message a customer later (Bot Framework ConversationReference, as JSON): proactive
// replies from agents, and the outbox's redelivery after a restart.
export interface ConversationReferenceStore {
  saveReference(conversationKey: string, reference: Record<string, unknown>): Promise<void>;
  loadReference(conversationKey: string): Promise<Record<string, unknown> | undefined>;
}

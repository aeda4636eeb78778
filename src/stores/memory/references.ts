// Conversation references in memory, kept as JSON text.
import type { ConversationReferenceStore } from '../../ports/conversation-references.js';
import { promised } from '../promised.js';

export function memoryReferences(): ConversationReferenceStore {
  const references = new Map<string, string>();
  return promised<ConversationReferenceStore>({
    saveReference(conversationKey, reference) {
      references.set(conversationKey, JSON.stringify(reference));
    },

    loadReference(conversationKey) {
      const json = references.get(conversationKey);
      return json === undefined ? undefined : (JSON.parse(json) as Record<string, unknown>);
    },
  });
}

// Building the events a machine receives, as src/nlu would produce them.
import { nothingUnderstood, type Need, type Understanding } from '../../machines/domain.js';
import type { ConversationEvent } from '../../machines/events.js';

export const says = (nlu: Partial<Understanding> = {}): ConversationEvent => ({
  type: 'user.message',
  nlu: { ...nothingUnderstood, ...nlu, slots: { ...nlu.slots } },
});

export const clicks = (choice: string): ConversationEvent => ({ type: 'user.message', choice, nlu: nothingUnderstood });

export const needs = (...list: Need[]): ConversationEvent => says({ needs: list });

export const gibberish: ConversationEvent = says();

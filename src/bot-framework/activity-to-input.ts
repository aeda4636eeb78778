// What a Bot Framework activity asks of the conversation, or nothing if it asks nothing.
import { ActivityTypes, type Activity } from 'botbuilder';
import type { TurnInput } from '../conversation/interpret.js';

export function activityToInput(activity: Activity): TurnInput | undefined {
  if (activity.type === ActivityTypes.Message) {
    const text = typeof activity.text === 'string' ? activity.text : '';
    return text.trim().length > 0 ? { type: 'message', text } : undefined;
  }
  if (activity.type === ActivityTypes.ConversationUpdate) {
    const botId = activity.recipient?.id;
    const customerJoined = (activity.membersAdded ?? []).some((member) => member.id !== botId);
    return customerJoined ? { type: 'start' } : undefined;
  }
  return undefined;
}

// What the conversation machine calls when a person must take over.
import type { HandoffRequest } from '../../machines/setup.js';

export interface HandoffPort {
  request(conversationKey: string, request: HandoffRequest): Promise<void>;
  cancel(conversationKey: string): Promise<void>;
}

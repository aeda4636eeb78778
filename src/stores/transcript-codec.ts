// How the database stores keep a transcript activity small: they leave out what the bot writes the same
// way every time and can put back exactly (the value, and where the key stood among its neighbours), and
// record what they left out as bits next to the JSON. Anything else is stored as given. Reading puts
// the activity back as it was appended, key order included; a row with no bits (every row written
// before the codec) is the activity's JSON as it was.
//
// What is left out, with the condition that makes it exact to restore:
// - `type: 'message'` as the first key (nearly every entry);
// - `textFormat: 'markdown'` right after `text` (every reply: render-reply.ts);
// - `channelId` and `conversation: { id }` right before `from`, when the conversation key is
//   `<channelId>:<conversation id>` (every customer message: bot/transcript.ts, bot/conversation-key.ts);
// - `to: []` as the first key of `suggestedActions` (every reply with buttons);
// - each button `{ type: 'imBack', title: label, value: label }` (keys in that order) stored as its
//   label, when no button was a string to begin with.

/**
 * Bits of the `packing` column: what `packActivity` left out of the stored JSON. Rows keep them for as
 * long as they are kept, so a bit's meaning never changes; a new rule takes a new bit.
 */
export const Packing = {
  messageType: 1,
  markdown: 2,
  conversationFromKey: 4,
  noRecipients: 8,
  imBackLabels: 16,
} as const;

type Json = Record<string, unknown>;

/** A plain object as JSON.stringify writes it: its own keys and values, no toJSON of its own. */
const isPlainObject = (value: unknown): value is Json =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) &&
  !Object.hasOwn(value, 'toJSON');

const isPlainArray = (value: unknown): value is unknown[] =>
  Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype && !Object.hasOwn(value, 'toJSON');

/** A value JSON.stringify writes as a key of an object (undefined, functions and symbols are skipped). */
const isWritten = (value: unknown) => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';

/** Label of a button stored as its label: `{ type: 'imBack', title: label, value: label }`, keys in this order. */
function imBackLabel(action: unknown): string | undefined {
  if (!isPlainObject(action)) return undefined;
  const keys = Object.keys(action);
  if (keys.length !== 3 || keys[0] !== 'type' || keys[1] !== 'title' || keys[2] !== 'value') return undefined;
  return action.type === 'imBack' && typeof action.title === 'string' && action.value === action.title ? action.title : undefined;
}

function packSuggestedActions(suggested: Json): { value: Json; packing: number } {
  let packing = 0;
  const entries = Object.entries(suggested);
  const [first] = entries;
  if (first && first[0] === 'to' && isPlainArray(first[1]) && first[1].length === 0) {
    entries.shift();
    packing |= Packing.noRecipients;
  }
  const actionsAt = entries.findIndex(([key]) => key === 'actions');
  const actions = entries[actionsAt]?.[1];
  if (isPlainArray(actions) && !actions.some((action) => typeof action === 'string')) {
    const labels = actions.map((action) => imBackLabel(action) ?? action);
    if (labels.some((label) => typeof label === 'string')) {
      entries[actionsAt] = ['actions', labels];
      packing |= Packing.imBackLabels;
    }
  }
  return { value: packing === 0 ? suggested : Object.fromEntries(entries), packing };
}

/** The JSON to store for an activity of the conversation, and the bits saying what it leaves out. */
export function packActivity(conversationKey: string, activity: Json): { json: string; packing: number } {
  if (!isPlainObject(activity)) return { json: JSON.stringify(activity), packing: 0 };
  const entries = Object.entries(activity);
  const kept: [string, unknown][] = [];
  let packing = 0;
  for (let index = 0; index < entries.length; index++) {
    const [key, value] = entries[index]!;
    const previous = entries[index - 1];
    if (index === 0 && key === 'type' && value === 'message') {
      packing |= Packing.messageType;
    } else if (key === 'textFormat' && value === 'markdown' && previous?.[0] === 'text' && isWritten(previous[1])) {
      packing |= Packing.markdown;
    } else if (key === 'channelId' && conversationOf(conversationKey, value, entries[index + 1], entries[index + 2])) {
      packing |= Packing.conversationFromKey;
      index++; // `conversation` too
    } else if (key === 'suggestedActions' && isPlainObject(value)) {
      const packed = packSuggestedActions(value);
      packing |= packed.packing;
      kept.push([key, packed.value]);
    } else {
      kept.push([key, value]);
    }
  }
  return { json: JSON.stringify(packing === 0 ? activity : Object.fromEntries(kept)), packing };
}

/** True when `channelId`, then `conversation: { id }`, then `from` follow each other and the key is made of them. */
function conversationOf(conversationKey: string, channelId: unknown, next: [string, unknown] | undefined, after: [string, unknown] | undefined): boolean {
  if (typeof channelId !== 'string' || channelId.includes(':') || next?.[0] !== 'conversation' || after?.[0] !== 'from' || !isWritten(after[1])) return false;
  const conversation = next[1];
  if (!isPlainObject(conversation)) return false;
  const keys = Object.keys(conversation);
  return keys.length === 1 && keys[0] === 'id' && typeof conversation.id === 'string' && conversationKey === `${channelId}:${conversation.id}`;
}

/** The activity as it was appended, from what `packActivity` stored (parsed). */
export function unpackActivity(conversationKey: string, stored: Json, packing: number): Json {
  if (packing === 0) return stored;
  const entries: [string, unknown][] = [];
  if (packing & Packing.messageType) entries.push(['type', 'message']);
  for (const [key, value] of Object.entries(stored)) {
    if (key === 'from' && packing & Packing.conversationFromKey) {
      const colon = conversationKey.indexOf(':');
      entries.push(['channelId', conversationKey.slice(0, colon)], ['conversation', { id: conversationKey.slice(colon + 1) }]);
    }
    entries.push([key, key === 'suggestedActions' && isPlainObject(value) ? unpackSuggestedActions(value, packing) : value]);
    if (key === 'text' && packing & Packing.markdown) entries.push(['textFormat', 'markdown']);
  }
  return Object.fromEntries(entries);
}

function unpackSuggestedActions(stored: Json, packing: number): Json {
  if (!(packing & (Packing.noRecipients | Packing.imBackLabels))) return stored;
  const entries: [string, unknown][] = packing & Packing.noRecipients ? [['to', []]] : [];
  for (const [key, value] of Object.entries(stored)) {
    entries.push([
      key,
      key === 'actions' && packing & Packing.imBackLabels && Array.isArray(value)
        ? value.map((action: unknown) => (typeof action === 'string' ? { type: 'imBack', title: action, value: action } : action))
        : value,
    ]);
  }
  return Object.fromEntries(entries);
}

// Guards that read a customer message; shared by the states that are not plain questions.
import type { ConversationEvent } from './events.js';
import type { SupportContext } from './context.js';

type Args = { context: SupportContext; event: ConversationEvent };

const message = (event: ConversationEvent) => (event.type === 'user.message' ? event : undefined);

export const choseOption =
  (...ids: string[]) =>
  ({ event }: Args) => {
    const choice = message(event)?.choice;
    return choice !== undefined && ids.includes(choice);
  };

export const saysYes = ({ event }: Args) => {
  const m = message(event);
  if (!m) return false;
  return m.choice === 'yes' || (m.choice === undefined && m.nlu.answer === 'yes');
};

export const saysNo = ({ event }: Args) => {
  const m = message(event);
  if (!m) return false;
  return m.choice === 'no' || (m.choice === undefined && m.nlu.answer === 'no');
};

/** The message names a need other than the one being answered (a new question, or "a person"). */
export const asksSomethingElse = ({ context, event }: Args) => {
  const m = message(event);
  const first = m?.nlu.needs[0];
  if (first === undefined) return false;
  // After a client's reset was refused, the same need said again without the client is a request of their own.
  return first !== context.slots.need || restatesRefusedClientNeed(context, m!);
};

const restatesRefusedClientNeed = (context: Args['context'], m: NonNullable<ReturnType<typeof message>>) =>
  context.slots.whoseAccount === 'client' && m.nlu.slots.whoseAccount === undefined && m.nlu.needs[0] === context.slots.need;

export const isSmallTalk = ({ event }: Args) => {
  const m = message(event);
  return m !== undefined && m.choice === undefined && m.nlu.smallTalk !== undefined && m.nlu.needs.length === 0;
};

/**
 * After an outcome, a message that changes the case: an ALTAIRE account revealed late (it overrides
 * every reset path), or a different role or customer type than the one the outcome was for.
 */
export const correctsTheCase = ({ context, event }: Args) => {
  const m = message(event);
  if (!m) return false;
  const said = m.nlu.slots;
  const known = context.slots;
  return (
    (said.partner === 'altaire' && known.partner !== 'altaire') ||
    (said.role !== undefined && known.role !== undefined && said.role !== known.role) ||
    (said.customerType !== undefined && known.customerType !== undefined && said.customerType !== known.customerType)
  );
};


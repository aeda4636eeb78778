// From what the customer did to the event the machine receives. Secrets are masked here, first, so
// nothing after this point ever holds them.
import type { ConversationEvent } from '../../machines/events.js';
import { nothingUnderstood } from '../../machines/domain.js';
import type { Catalog } from '../content/catalog.js';
import { matchChoice } from '../nlu/choice-match.js';
import { endsWithSecretCue, redactSecrets } from '../nlu/secrets.js';
import type { Understand } from '../nlu/understand.js';

export type TurnInput =
  | { type: 'start' }
  | { type: 'message'; text: string }
  | { type: 'command'; command: 'agent' | 'startOver' | 'back' | 'cancel' }
  /** An event that did not come from customer text: a timer, an agent's action, or a test's model. */
  | { type: 'system'; event: ConversationEvent };

/** `secretCue`: the message ended on a cue such as "my password is", so the next one is likely the secret. */
export type Interpreted = { event: ConversationEvent; redactedText?: string; containsSecret: boolean; secretCue?: boolean };

export async function interpret(
  input: TurnInput,
  awaitingKey: string | undefined,
  catalog: Catalog,
  understand: Understand,
  afterSecretCue = false,
  /** False while the conversation is with a person (waiting for one, or chatting): "can we start over?" is then theirs to answer. */
  botTalking = true,
): Promise<Interpreted> {
  if (input.type === 'start') return { event: { type: 'session.started' }, containsSecret: false };
  if (input.type === 'command') return { event: { type: `user.${input.command}` }, containsSecret: false };
  if (input.type === 'system') return { event: input.event, containsSecret: false };

  const { containsSecret, redacted } = redactSecrets(input.text, { afterCue: afterSecretCue });
  const secretCue = endsWithSecretCue(redacted);
  const choices = awaitingKey && catalog.has(awaitingKey) ? catalog.choicesOf(awaitingKey) : [];
  const choice = containsSecret ? undefined : matchChoice(redacted, choices);
  // A button (clicked, or its words typed) says exactly one thing: its choice.
  const nlu = choice ? nothingUnderstood : await understand(redacted);
  if (nlu.command) return { event: { type: `user.${nlu.command}` }, redactedText: redacted, containsSecret, secretCue };
  if (nlu.startOverAsked && botTalking) return { event: { type: 'user.startOver' }, redactedText: redacted, containsSecret, secretCue };
  return {
    event: { type: 'user.message', ...(choice ? { choice: choice.id } : {}), nlu: { ...nlu, containsSecret } },
    redactedText: redacted,
    containsSecret,
    secretCue,
  };
}

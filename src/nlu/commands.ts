// Conversation commands and small talk: a whole message that is a command ("start over", "back"), starting
// again asked for in a sentence ("ugh, sorry, can we start over? I've been describing the wrong problem"),
// which a person in a live chat answers instead (conversation/interpret.ts acts on it only while the bot
// talks), and the small talk the bot answers politely.
import type { SmallTalk, Understanding } from '../../machines/domain.js';

const commands: [RegExp, NonNullable<Understanding['command']>][] = [
  [/^(start over|start again|restart|begin again|from the (top|beginning)|reset (the )?(chat|conversation))$/, 'startOver'],
  [/^(back|go back|previous|undo|back please|go back please)$/, 'back'],
  [/^(cancel|never ?mind|stop|forget it|cancel (that|it|the request))$/, 'cancel'],
];

/** A whole message that is a conversation command (said alone, so "stop working" is not "stop"). */
export function readCommand(text: string): Understanding['command'] {
  const plain = text
    .toLowerCase()
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return commands.find(([pattern]) => pattern.test(plain))?.[1];
}

export function readSmallTalk(t: string, words: number): SmallTalk | undefined {
  // "Who am I chatting with, a real person?", "is this chat automated?", "is a person typing this?": what the bot is, asked.
  if (
    /\b(are you (a )?(bot|robot|human|real|person|machine|ai)|is this (chat )?(a |an )?(real )?(bot|robot|human|person|machine|ai|automated)|(who|what) am i (talking|speaking|chatting|writing) (to|with)|am i (talking|speaking|chatting) (to|with) (a |an )?(real |actual )?(bot|robot|human|person|machine|ai)|is (a |this a )?(real )?(person|human) (typing|answering|writing|reading) (this|these|here))\b/.test(
      t,
    )
  )
    return 'bot_question';
  if (/\b(opening hours|business hours|office hours|hours|when are you open|what time)\b/.test(t)) return 'hours';
  if (/\b(thanks|thank you|cheers|much appreciated)\b/.test(t)) return 'thanks';
  if (/\b(bye|goodbye|see you|that's all|that is all)\b/.test(t)) return 'goodbye';
  if (words <= 6 && /^(hi|hello|hey|hiya|good (morning|afternoon|evening)|greetings|howdy)\b/.test(t)) return 'greeting';
  return undefined;
}

// The chat started again, not an order or a validation ("could we start over the order?", "start again tomorrow"): said last in its sentence.
const START_AGAIN = String.raw`((start|begin) (over|again|afresh|from scratch|from the (top|beginning))|(restart|reset) (the|this|our) (chat|conversation)|start (a )?(new|fresh) (chat|conversation))( please| pls)?(?= ?$| [,.!?;:-])`;
// Not "let me start again - we bought it through our host" (a rephrasing), "so I need to start again?" (a question about
// the steps) or "I don't want to start over".
const ASKED = new RegExp(
  String.raw`(^|[,.!?] |\b(sorry|ok|okay|ugh|hmm|actually|right|so) (,)?)((can|could|shall|may) we( please)?( just)?|let's( just)?|let us|(i'd|i would) like to|please|pls) ${START_AGAIN}|^${START_AGAIN}`,
);

/** The message asks to start the conversation again, in words around the command. */
export const asksToStartOver = (normalised: string): boolean => ASKED.test(normalised) && !/\b(not|never|no)\b|n't\b/.test(normalised);

// What the bot says in one turn, rendered from content: the runner produces it, the channels send it.
import type { OutcomeId } from '../../machines/domain.js';
import type { Choice } from '../content/catalog.js';

/** `speaker`: an agent's name when the reply is an agent's message relayed by the bot. */
export type Reply = { key: string; text: string; choices: Choice[]; outcome?: OutcomeId; speaker?: string };

// The load is customers walking the development corpus's flows to their recovery steps, so that the bot
// is measured doing its real work; both bots get the same plan, so their rounds compare turn for turn.

/** What a customer types after opening the chat (the open is the first turn), and where it must end. */
export type Script = { name: string; messages: string[]; outcome?: string };

// Flows of the development corpus: typed questions, button labels and short typed answers, each ending
// at its recovery steps and the "did that solve it?" answer.
const scripts: Script[] = [
  { name: 'password via reseller', messages: ['I forgot my password', 'Through a reseller', 'yes'], outcome: 'reset-reseller' },
  {
    name: 'password, bought directly',
    messages: ['Reset my account password', 'we bought it directly from you', 'Yes, I have it', 'Yes, I know one of them', 'Yes, that solved it'],
    outcome: 'reset-direct-self',
  },
  {
    name: 'lost access after the sign-on change',
    messages: ["I can't log in since the sign on changed", 'My webmaster or developer gave me my login', 'Yes, that solved it'],
    outcome: 'client-lost-access',
  },
  { name: 'forgotten user name', messages: ['forgot my username', 'No', 'Start over'], outcome: 'username-recovery' },
  {
    name: 'code-signing certificate password',
    messages: ['how do I change the password on my code signing certificate?', 'thanks, that solved it'],
    outcome: 'codesign-password',
  },
  {
    name: 'webmaster after the sign-on change',
    messages: ['we lost access to our clients certificates since the ISO change', 'I manage certificates for my clients', 'yes'],
    outcome: 'webmaster-client-self',
  },
];
const turnsOf = (script: Script) => 1 + script.messages.length;
/** A customer who opens the chat, reads the greeting and leaves. */
export const openedAndLeft: Script = { name: 'opened and left', messages: [] };

/** The scripts, in turn, until they add up to `turns`: the same plan for both bots in a round. */
export function planOf(turns: number): Script[] {
  const plan: Script[] = [];
  for (let planned = 0; planned < turns; planned += turnsOf(plan.at(-1)!)) plan.push(scripts[plan.length % scripts.length]!);
  return plan;
}

// Whose account a password question is about, and whether the customer's own software holds the
// password: facts read from normalised text (text.ts) that hard rules 3 and 5 turn on. Kept apart
// from understand.ts, which only spreads the result into its slots.
import type { Understanding } from '../../machines/domain.js';

/** A client of a webmaster, as the one whose account it is ("customer account" is the CA's own term, so not "customer"). */
const CLIENT = String.raw`(client|clients|client's|clients'|customer's|customers')`;

const OWN = [
  /\b(my|our) own (account|login|password|customer account)\b/,
  /\bnot (a|my|our|the) (client|clients|client's|customer's)\b/,
  /\b(isn't|is not|it's not|not) (for )?(a|my|our|one of my|one of our) (client|clients|client's)\b/,
];

const FOR_CLIENT = [
  new RegExp(String.raw`\b(my|our|a|one of my|one of our|the) ${CLIENT}\b(?! number)[^.]{0,40}\b(password|passwords|login|reset|username)\b`),
  new RegExp(String.raw`\b(password|passwords|login|reset)\b[^.]{0,30}\bfor (my|our|a|one of my|one of our) (client|clients|customer|customers)\b`),
  /\bmy (client|customer) (needs|wants|forgot|lost|can't|cannot)\b[^.]{0,40}\b(password|login)\b/,
];

/** ALTAIRE's password lives in the software it gives its customers (the internal reset page's note). */
const SOFTWARE_HOLDS_PASSWORD = [
  /\bpassword\b[^.]{0,40}\b(built into|built in|hard-coded|hardcoded|hard coded|embedded in|baked into)\b[^.]{0,25}\b(software|app|application|program)\b/,
  /\b(software|app|application|program)\b[^.]{0,30}\b(holds|stores|keeps|contains|has) (the|its|our) password\b/,
];

export function readAccountFacts(t: string): Pick<Understanding['slots'], 'whoseAccount' | 'partner'> {
  const whoseAccount = OWN.some((p) => p.test(t)) ? 'own' : FOR_CLIENT.some((p) => p.test(t)) ? 'client' : undefined;
  const partner = SOFTWARE_HOLDS_PASSWORD.some((p) => p.test(t)) && !/\bnot (the one )?(built|hard|embedded)/.test(t) ? 'altaire' : undefined;
  return { ...(whoseAccount ? { whoseAccount } : {}), ...(partner ? { partner } : {}) };
}

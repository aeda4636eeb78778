// Whose account a password question is about, and whether the customer's own software holds the
// password: facts read from normalised text (text.ts) that hard rules 3 and 5 turn on. Kept apart
// from understand.ts, which only spreads the result into its slots.
import type { Understanding } from '../../machines/domain.js';
import { helpers } from './helper-words.js';

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
  /\bone (client's|customer's) (\w+ )?(password|login|account)\b/,
  // "klient zapomniał hasła", "le client a oublié son mot de passe", as normalised: the client the one who forgot.
  /\bclient (zapomnial|zapomniala|a oublie|oublie|olvido|ha olvidado|ha dimenticato|heeft \w+ vergeten|hat \w+ vergessen)\b[^.]{0,20}\b(password|login)\b/,
];

/**
 * A client described by what the webmaster does for them: "one of the people whose websites I look
 * after", "a shop I host", "I maintain the website and certificates for a dental practice".
 */
const CLIENT_DESCRIBED = String.raw`\b(one of )?(the )?(restaurants|clinics|salons|hotels|charities|schools|stores|cafes|bakeries|surgeries|studios|sites|websites) (that |which |whose (web ?)?sites )?(i|we) (look after|do (the )?(web ?)?sites? for|build (web ?)?sites? for|host)\b|\b(one of )?(the |a |an )?(people|person|businesses|business|shops|shop|companies|company|firms|firm|folks|practices|practice|lady|guy|man|woman|someone|somebody) (whose (web ?)?sites? |(that|who|which) )?(i|we) (look after|manage|build|built|do (the )?(web ?)?sites? for|host|run (the )?(web ?)?sites? for|maintain|support|look after (the )?(web ?)?sites? for)\b|\b(i|we) (only |just )?(maintain|look after|manage|build|built|run|host|do|handle) (his|her|their) (web ?sites?|sites?|shop|certificates?|certs?|ssl|hosting)\b|\b(i|we) act (on behalf of|for) (a|an|the|my|our) (\w+ ){0,2}(clinic|practice|shop|business|company|firm|client|customer|restaurant|salon|charity|school|hotel|bakery)\b|\b(i|we)( am| are|'m|'re)? (maintain|maintaining|look after|looking after|manage|managing|build|building|built|make|making|run|running|host|hosting|do|doing|handle|handling) (the |their )?(web ?sites?|sites?|certificates|certs|ssl|hosting)( and (the |their )?(certificates|certs|ssl|hosting|web ?sites?))? for (a|an|two|three|several|some|a few|(about |around |over )?\d+)\b`;

/**
 * The client named in one sentence and the account asked about in another, by a pronoun: "One of my
 * clients is locked out. Can you send me a password reset for her account?" A webmaster's clients are
 * the only third party whose login a message names, so "her/their account" after one is theirs.
 * "Customer" alone is the client only in the singular or "one of my customers": "our customers" are
 * as often the shop's own buyers.
 */
const CLIENT_NAMED = new RegExp(
  String.raw`\b((my|our|a|the|one of my|one of our) (client|clients|customer)|one of (my|our) customers|${CLIENT})\b(?! (number|account|id|no|service|support)\b)|${CLIENT_DESCRIBED}`,
);
const THEIR_ACCOUNT = [
  /\b(her|his|their) (certificate |cert |ssl |codesigning )?(password|passwords|login|logins|account|accounts|username|access|customer account)\b/,
  /\b(reset|change|recover|unlock|send|give)\b[^.]{0,30}\bfor (her|him|them)\b/,
  // German and French third-person possessives ("ihr Zertifikatskonto", "son mot de passe"); Spanish "su" and
  // Italian "suo" are also the polite "your", so they say nothing.
  /\b(kundin|kunde|kunden)\b[^.]{0,60}\b(ihr|ihre|ihren|sein|seine|seinen) (\w*konto|passwort|kennwort|password|zugang|login|benutzername)\b/,
  /\b(son|sa|leur|leurs) (compte|comptes|mot de passe|password|identifiant)\b/,
];
/**
 * The account said to belong to a client: "it's not actually my account - it belongs to one of the
 * restaurants I manage SSL for".
 */
const BELONGS_TO_CLIENT = new RegExp(
  String.raw`\b(belongs|belonged|belonging) to (one of )?(my|our|a|the) (client|clients|customer|customers)\b|\b(belongs|belonged|belonging) to (one of )?(the|a|an) (\w+ ){1,2}(that |who |which |whose (web ?)?sites? )?(i|we) (look after|manage|build|built|host|maintain|support)\b`,
);
/**
 * A webmaster speaking of "her/his/their account": a webmaster's clients are the only third party whose
 * login a message names, even when the client is only "the practice manager" or "one customer".
 */
const clientsAccountByPronoun = (t: string, role: Understanding['slots']['role']) =>
  ((CLIENT_NAMED.test(t) || role === 'webmaster') && [...THEIR_ACCOUNT, THIRD_PARTY_LOST, NAMED_PERSONS].some((p) => p.test(t))) ||
  (SENT_TO_ME.test(t) && NAMED_PERSONS.test(t)) ||
  (new RegExp(CLIENT_DESCRIBED).test(t) && BUSINESS_ACCOUNT.test(t) && !OWN_BUSINESS.test(t)) ||
  // "IT contractor for a small law firm. Their office admin is locked out of their certificate account - please send a
  // password reset link to me": a helper by trade asking for "their" account's reset.
  (SENT_TO_ME.test(t) && HELPER_WORD.test(t) && THEIR_ACCOUNT.some((p) => p.test(t)) && !OWN_BUSINESS.test(t));
const HELPER_WORD = new RegExp(String.raw`\b${helpers}\b`);
/** The other person's new password asked to be sent to the customer: "reset it and send it to me". */
const SENT_TO_ME = /\b(send|sent|email|give|pass)\b[^.]{0,25}\b(to me|me the new|me a new)\b|\bso (i|we) can use (theirs|his|hers)\b/;

/** Someone else said to have lost the password: "the owner has forgotten the password", "they cant remember the password". */
const THIRD_PARTY_LOST =
  /\b(the (owner|client|customer|manager|practice manager|office manager|boss|director|vicar|priest|pastor|headteacher|head teacher|principal|treasurer|secretary|chairman|chairwoman|chair|landlord|landlady)|she|he|they|hes|shes|he's|she's|they're)\b( (has|had|have|is|are))?( (forgotten|forgot|lost|locked out of)| (can't|cannot|cant|couldn't|doesn't|don't|does not|do not) (remember|recall|find))\b[^.]{0,30}\b(password|login)\b/;
/** A password or account by its holder, a client's business: "the bakery's own account". The customer's own ("our salon's") is not. */
const NAMED_PERSONS =
  /\b(the|this|that|a) (bakery|shop|salon|clinic|practice|restaurant|cafe|store|client|customer|hotel|studio|charity|school|dentist|vet|florist|gym|pub|garage|surgery|church|chapel|parish|club|society|association|nursery|farm|temple|mosque|synagogue|firm)'?s (own )?(password|login|account|customer account)\b/;
/**
 * A client's business named before its account, by a webmaster who says what they do for it: "reset the password on
 * the Harbour Bakery account? I built their website". Not the customer's own business ("I own the Harbour Bakery").
 */
const BUSINESS_ACCOUNT = new RegExp(
  String.raw`\b(the|this|that) (?!(old|new|main|same|whole|online|web|other|normal|usual|regular)\b)(\w+ ){1,2}(bakery|shop|salon|clinic|practice|restaurant|cafe|store|client|customer|hotel|studio|charity|school|dentist|vet|florist|gym|pub|garage|surgery|church|chapel|parish|club|society|association|nursery|farm|temple|mosque|synagogue|firm)('?s)? (own )?(password|login|account)\b`,
);
const OWN_BUSINESS =
  /\b(i|we) own\b|\b(my|our) own (business|company|shop|studio|firm|practice)\b|\b(i'm|i am) the \w+( \w+)? (at|of|for)\b|\bthat's (my|our) own\b/;
/** "the account I manage for the Patels' corner shop", "it's registered to them". */
const MANAGED_FOR_THEM =
  /\baccount (that |which )?(i|we) (manage|look after|handle|run|maintain) for (?!(our|my|us|me|the company|my company|our company)\b)|\b(registered|in the name of|belongs) to (them|him|her)\b/;

/** ALTAIRE's password lives in the software it gives its customers (the internal reset page's note). */
const SOFTWARE_HOLDS_PASSWORD = [
  /\bpassword\b[^.]{0,40}\b(built into|built in|hard-coded|hardcoded|hard coded|embedded in|baked into)\b[^.]{0,25}\b(software|app|application|program)\b/,
  /\b(software|app|application|program)\b[^.]{0,30}\b(holds|stores|keeps|contains|has) (the|its|our) password\b/,
];

/** "I set up EVERYTHING for her, she wouldn't know where to start. just reset it": work done for someone else, whose reset is asked with nothing of the customer's own. */
const DONE_FOR_THEM = /\b(i|we)\b[^.]{0,40}\bfor (her|him)\b[^]*\b(she|he)\b|\b(she|he)\b[^]*\b(i|we)\b[^.]{0,40}\bfor (her|him)\b/;
const RESET_ASKED = /\b(reset|unlock|unblock|recover)\b/;
const FIRST_PERSON_OWN = /\b(my|our|mine|ours|own|me|us)\b/;
const resetForThem = (t: string) => DONE_FOR_THEM.test(t) && RESET_ASKED.test(t) && !FIRST_PERSON_OWN.test(t);

export function readAccountFacts(t: string, role?: Understanding['slots']['role']): Pick<Understanding['slots'], 'whoseAccount' | 'partner'> {
  // "I'm the client" is the customer naming themselves, not a third party whose account it is.
  const others = t.replace(/\b(i'm|i am|we're|we are) (just |only |actually )?(the|a|their|his|her) (client|customer)\b/g, ' ');
  const whoseAccount = OWN.some((p) => p.test(t))
    ? 'own'
    : FOR_CLIENT.some((p) => p.test(others)) ||
        BELONGS_TO_CLIENT.test(others) ||
        MANAGED_FOR_THEM.test(others) ||
        clientsAccountByPronoun(others, role) ||
        resetForThem(others)
      ? 'client'
      : undefined;
  const partner = SOFTWARE_HOLDS_PASSWORD.some((p) => p.test(t)) && !/\bnot (the one )?(built|hard|embedded)/.test(t) ? 'altaire' : undefined;
  return { ...(whoseAccount ? { whoseAccount } : {}), ...(partner ? { partner } : {}) };
}

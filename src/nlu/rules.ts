// The hand-written reading of a message: precise, negation-aware patterns over normalised text
// (text.ts). understand.ts takes from here what is structural (ALTAIRE, order numbers, emails and user
// names, answers, commands, small talk) and, per slot, whatever measured best on the dev split. Needs
// are read in need-rules.ts, negation scope in negation.ts.
import type { CustomerType, Need, Product, Role, SmallTalk, Understanding } from '../../machines/domain.js';
import { afterCorrection } from './corrections.js';
import { affirmed } from './negation.js';
import { readOrderNumber } from './order-number.js';
import { clearedNeeds, otherHalfOfLogin, pastedSecretNeed, readNeeds, saysLoginTrouble } from './need-rules.js';
import { namesNothing, withheldNeed } from './withheld.js';
import { redactSecrets, SECRET_MASK } from './secrets.js';
import { readAccountFacts } from './whose-account.js';
import { normalise } from './text.js';

/** Whoever builds or runs a site for someone: a trade alone ("developer"), or a vague noun with a web or IT qualifier ("website guy"). */
const helpers = String.raw`((old|former|previous|last|external|outside) )?(webmaster|web master|developer|designer|agency|contractor|consultant|freelancer|managed service provider|(web|website|site|it|tech|computer|digital) (guy|chap|bloke|man|woman|lady|person|people|company|firm|team|designer|developer|dev|agency|contractor|consultant|admin|department|support|provider)|the person who built our website|person who built)`;
/** Whom a webmaster works for: "for my clients", "for about 30 clients", "for a few law practices". */
const forOthers = String.raw`(my |our |their |about |around |some |several |many |a few |a dozen |a handful of |\d+ |dozens of |lots of |other )*(\w+ )?(clients|customers|businesses|practices|companies|firms|shops|charities|people)`;
const someone = String.raw`(person|guy|man|woman|lad|lady|chap|bloke|friend|company|agency|developer|designer|firm|freelancer)`;
const made = String.raw`(gave|give|given|set up|setup|sets up|set (it|them|this|that|everything|the account|the login) up|made|make|created|create|provided|built|registered|configured|arranged)`;

const R = {
  webmaster: new RegExp(
    String.raw`\b(i'm|i am|im|we're|we are) (only |just |actually )?(a |an |the )?(freelance |independent )?(webmaster|web master|web designer|web developer|developer|agency|web agency|designer|reseller of services|contractor|consultant|freelancer|it contractor|it consultant)\b(?! (for|at|in) (our|my) (company|firm|business))|\bwebmaster here\b|\b(for|of) (my|our|all my|all our) (\w+ )?(clients|customers|client sites)\b|\b(customer|client) (websites|sites|domains)\b|\b(my|our) hosting (customers|clients)\b|\bmy (client|clients|customer|customers)('s|s')?\b(?! (account|number|id|no)\b)[^.]{0,30}\b(password|login|account|certificates|reset|username)\b|\bmy (client|customer) (forgot|lost|needs|wants|can't|bought|has|uses|says)\b|\b(i've got|i have|we have|we've got) (\w+ ){0,3}(\d+|a dozen|dozens of|several|many|lots of|a few|a handful of|ten|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|hundreds of) (clients|customers)\b|\b(i'm|i am|we're|we are) (the|an?) (\w+ )?(web guy|web person|it person|it guy|it department|it support|it provider|web agency|agency|webmaster|web designer|web developer) for\b|\b(it support|web|design|hosting|digital|it) (company|agency|firm|outfit|studio) here\b|^(web agency|it support company|webmaster|web designer|web developer|freelance (dev|developer|designer))\b|\bi run (a|an|our) (small )?(web |digital |design )?(agency|studio)\b|\b(managed it|it support|outsourced it)\b[^.]{0,20}\bfor\b|\bwhose (site|website|sites|websites) (i|we) (run|manage|look after|built|build)\b|\b(businesses|companies|clients|customers) (we|i) (serve|support|work for|look after)\b|\b(manage|managing|handle|handling|look after|looking after|maintain)\b[^.]{0,25}\bfor (my |our )?(clients|customers)\b|\b(clients|customers)('s|s')? (certificates|sites|accounts|passwords?|codesigning)\b|\b(for|on behalf of) (about |around )?(\d+|a dozen|several|many|multiple|my|our) (clients|customers|client sites|businesses|small businesses)\b|\bi (do|run) (web design|websites|sites)\b[^.]{0,40}\b(for|customers|clients|businesses)\b|\bmanaging the certificates for them\b|\bone of them forgot\b|\blook after (their|ssl|the) certificates\b|\b(a|one) (client|customer)'s\b|\bfor (a|one of my|one of our) (client|clients|customer|customers)\b|\b(certificates|certificate|ssl) (belong to|belongs to|are for|is for) (the|my|our) (clients|customers|companies|businesses|shops)\b|\b(take care of|look after|looks after|handle|manage|maintain|build|run|do) (the )?(certificates|websites|sites|ssl|web sites)\b[^.]{0,15}\bfor\b[^.]{0,25}\b(companies|businesses|clients|customers|shops|charities|practices|people)\b`,
  ),
  client: new RegExp(
    String.raw`\b(i'm|i am|we're|we are) (just )?(the|a) client\b|\b(my|our) ${helpers}\b[^.]{0,40}\b${made}\b[^.]{0,25}\b(me|us|for me|for us)\b|\b(my|our) ${helpers}\b[^.]{0,20}\b${made} (me|us) (a|an|the|my|our)\b|\b(login|account) (i use )?(was )?(made|set up|created|given) (for me )?by (my|our) ${helpers}\b|\bgot a login from (him|her|them|my|our)\b|\b${made} (me|us) (a|an|my|our|the) (login|account|iso)\b[^.]{0,30}\b(my|our) ${helpers}\b|\b(my|our) ${helpers} (did|does)\b|\b(my|our) ${helpers} ${made} (my|our) (iso |certificate )?(login|account|signon|access)\b|\b(login|account|access) (came|comes|was) from (my|our|the) ${helpers}\b|\b(customer|client) of (the|an|a|our) ${helpers}\b|\b(an|the) ${helpers} ${made} (all )?(this|it|everything|the account|the login)( all)?( up)? for (me|us)\b|\b(person|guy|company|agency|developer|designer|firm) who (built|made|designed|runs|set up) (our|my) (website|site)\b[^.]{0,30}\b${made} (me|us)\b|\b${someone} who (built|made|designed|runs|does|set up|looks after|maintains) (our|my) (website|site|web site|booking site|shop)\b[^.]{0,40}\b(set up|made|created|gave|bought|sorted|handles)\b|\b(my|our) ${helpers}\b[^.]{0,15}\b(has to do|have to do|handles|handled|looks after|runs|does everything|did everything|set (it|everything|things|it all) up)\b|\b(set|set up|made|created|chosen|chose|picked|ordered|bought|purchased|installed|configured|registered|sorted( out)?|done|managed|handled) by (my|our|the|an?) (old |former |previous |outside |external )?${helpers}\b|(^|[.!?] |(?<!\b(i'm|i am|im|we're|we are|as) (only |just )?)\b(my|our|the|an?) )(hired |external |outside )?${helpers}s?( (we|i) (hire|hired|use|used|pay|paid|work with|had))?\b[^.]{0,25}\b(bought|ordered|purchased|sorted|manages|managed|handles|installed|set (it|us|them|everything|things)( all)? up|set up (the|our|my|it|everything)|did (it|the|everything|all|that))\b(?![^.]{0,40}\bfor ${forOthers}\b)|\b(we|i) (use|hire|hired|pay|work with) (an? |our )?(outside |external )?${helpers}\b(?![^.]{0,40}\bfor ${forOthers}\b)|\b(my|our) (friend|son|daughter|nephew|niece|brother|sister|grandson|granddaughter|cousin|husband|wife|dad|father|mum|mom|mother|uncle|aunt)( in law|-in-law)?\b[^.]{0,20}\b(did|does|set up|made|built|sorted|handles|looks after|runs)\b[^.]{0,15}\b(website|site|ssl|certificates?|certs?|account|login|it all|everything)\b|\b(a|my|our) (friend|son|daughter|nephew|niece|brother|sister|grandson|granddaughter|cousin)\b[^.]{0,40}\b(set up|made|created|sorted( out)?) (my|our|the) (access|account|login|certificate account)\b`,
  ),
  /** A helper's firm that works for others: "our agency manages certs for about 30 clients" is the speaker's own firm. */
  helperForOthers: new RegExp(String.raw`\b(my|our) ${helpers}\b[^.]{0,40}\bfor ${forOthers}\b`),
  ownerDelegating: new RegExp(
    String.raw`\b(login|account|signon|iso|access) (i|we) ${made} for (my|our|the) ${helpers}\b|\b(login|account|signon|access)\b[^.]{0,30}\b(was |were )?(made|created|set up) by me\b|\bgot (his|her|their) (own )?(login|account|access|signon) from (me|us)\b|\b(i|we) ${made}\b[^.]{0,40}\b(login|account|signon|iso)\b[^.]{0,10}\bfor the (firm|company|people|guy|person|team) (that|who) (maintains|runs|does|looks after|builds|hosts)\b|\b(i|we)( also)? ${made}\b[^.]{0,40}\b(login|account|iso)\b[^.]{0,30}\bfor (my|our|the) ${helpers}\b|\b(i|we) ${made} (my|our|the) ${helpers}\b[^.]{0,10}\b(their|his|her|a|an) (own )?(login|account|iso)\b|\b(i|we) ${made} (an? |the )?(login|account|iso)[^.]{0,20}\b(so|for) (my|our|the|he|she|they)\b|\b(i|we) ${made} an? (account|login) for (my|our) ${helpers}\b`,
  ),
  owner:
    /\b(it's|it is|its) (my|our) (business|company|shop|site|website) and (my|our) (certificate|cert|certs|certificates)\b|\b(paid for|bought|purchased) [^.]{0,40}\b(with|on) my own (card|credit card)\b|\b(it's|it is|its) (just )?me with (one|a|my) [^.]{0,20}\b(cert|certificate)\b|\bself ?-?managed\b|\b(certificates|certificate|cert|certs|codesigning certificate|ssl)( and [^.]{0,25})? (is|are) (all )?(mine|ours)\b|\bmy own account\b|\b(don't|do not) outsource\b|\b(my|our) own (\w+ )?(certificates|ssl|certificate)\b|\bthey're (all )?(my|mine|our|ours)\b|\bthey are (all )?(my|mine|our|ours)\b|\b(certificates|they) are (all )?mine\b|\bi own\b|\b(business|site|website) owner\b|\bi (manage|look after|handle|run) (my own|them myself|the certificates myself|my own sites|it myself)\b|\bmanage (them|it|the certificates) myself\b|\bmanaging my own\b|\bnobody else manages\b|\bthe certificates are mine\b|\bthe certificates are ours\b|\bmy certificates are my own\b|\bi own the business\b|\bi'm the owner\b|\bi run my own\b|\bcertificates are my own\b|\b(i'm|i am|im) (an|the) (\w+ )?owner\b(?!'s)|\b(bought|ordered|purchased|paid for) (it|them|the \w+|my \w+|our \w+)( \w+)? (myself|ourselves)\b|\b(manage|handle|look after|do) (the certs|the certificates|them|it|everything)( all)? (ourselves|myself)\b|\b(certificates|certs|cert|certificate) (is|are) (all )?(my|our) own\b|\bown certs\b|\bmy personal (cert|certificate)\b|\b(bought|ordered|purchased|paid for) by me( personally| myself)?\b|^own (ssl|certs?|certificates?)\b|^(they're |they are |it's |its )?(all )?mine\b|\b(sorted|did|done|handled?|managed?|bought|set up)( it| them| everything)?( all)? (on my own|on our own|by myself|by ourselves)\b/,
  notDelegated:
    /\b(never|didn't|did not|haven't|have not) (created|made|gave|give|set up|setup|create|make|set)\b[^.]{0,30}\b(logins?|accounts?|iso)\b[^.]{0,20}\b(for )?(anyone|anybody|someone|a developer|my developer|my webmaster|others?)\b|\bnobody else (manages|has|uses)\b|\bonly i use\b|\bnever gave anyone\b|\bno one else (manages|has|uses)\b/,
};

const T: Record<Exclude<CustomerType, 'unknown'>, RegExp> = {
  web_host: /\b(web ?host|webhost|hosting|host|hosts|hoster|hosting provider|hosting company|godaddy|hostgator|bluehost)\b/,
  reseller: /\b(reseller|resellers|re-seller|resold|resale)\b/,
  epki: /\b(epki|enterprise account|enterprise pki|epki manager)\b/,
  // Or a link on someone's blog, review or forum that earns them a commission.
  affiliate:
    /\b(affiliate|affiliates)\b|\b(bought|buy|purchased|ordered|got|clicked|came|via|through|thru|from)\b[^.]{0,40}\b(link|banner|ad)\b[^.]{0,30}\b(blog|blogs|blogger|blogger's|forum|review|reviews|newsletter|youtube|video|podcast|influencer|docs|tutorial)\b|\b(gets|earns|got) a commission\b/,
  // "Your website" says how they bought only next to a purchase: "I tried to log in on your website" does not.
  direct:
    /\b(direct|directly|straight from (you|your)|bought it myself|from you guys|regular account)\b|\b(bought|buy|purchased|purchase|ordered|paid|got)\b[^.]{0,30}\b(on|from|through|via|at) your (site|website|store|shop|web ?shop)\b/,
};

/** Doubt about which it was, wherever it stands: "either a reseller or you directly, I can't remember which". */
const DOUBT =
  /\b(not sure|no idea|don't know|do not know|dont know|unsure|can't remember|cannot remember|can't recall|don't remember|either|maybe|might have been|could have been|or was it|no clue)\b/;

/** A way of buying offered as a maybe, in its own clause: "maybe the host?", "we may have used a reseller". */
const HEDGED =
  /\b(maybe|may have|might have|might be|could have|could be|could've|possibly|perhaps|can't confirm|cannot confirm|can't say|not sure|unsure|no idea|or maybe not|or not)\b/;

/** Whether the only ways of buying named are offered with doubt (then no type is said, by rules or models). */
function hedgedCustomerType(t: string): boolean {
  const clauses = t.split(/ [.;,] /);
  const naming = clauses.filter((clause) => (Object.keys(T) as (keyof typeof T)[]).some((type) => T[type].test(clause)));
  return naming.length > 0 && naming.every((clause) => HEDGED.test(clause) && !/\bi (think|believe|reckon)\b/.test(clause));
}

function readCustomerType(t: string): CustomerType | undefined {
  const hits = (Object.keys(T) as (keyof typeof T)[]).filter((type) => affirmed(t, T[type]));
  // Two ways of buying offered with doubt are the customer not knowing how they bought, which the
  // decision table answers on its own row; the first one named is no answer.
  if (hits.length >= 2 && DOUBT.test(t)) return 'unknown';
  // "Not sure if it was a reseller or something" names an option, not the answer.
  if (/\b(not sure|no idea|don't know|unsure|can't remember)\b[^.]*\bor\b/.test(t)) return undefined;
  // "Direct" is the absence of a partner: a named partner wins ("directly from our reseller").
  const partners = hits.filter((type) => type !== 'direct');
  if (partners.length === 1) return partners[0];
  if (partners.length === 0 && hits.includes('direct')) return 'direct';
  return undefined;
}

const PRODUCTS: [Product, RegExp][] = [
  ['code_signing', /\bcodesigning\b|\bsign(ing)? (our|my|the) (software|code|apps?|applications?|executables?|drivers?)\b/],
  [
    'client_cert',
    /\b(smime|email (signing )?certificates?|client certificates?|email certs?|personal (id )?(certificates?|certs?)|id certs?|certificat personnel|persönliches zertifikat|document signing|sign(ing)? pdfs?|email signing)\b/,
  ],
  // A website's certificate by how it is validated or the server it is on ("not secure", domain validation, Apache); a certificate
  // named only by its domain or padlock is left to the models, as the labels leave it.
  [
    'ssl',
    /\b(ssl|ssls|tls|wildcard|https|ev certificate|ov certificate|dv certificate|not secure|domain (control )?validat\w*|(dv|ov) validation|organi[sz]ation validat\w*|intermediate (chain|certificate)|apache|nginx|iis|tomcat)\b/,
  ],
];

function readProduct(t: string): Product | undefined {
  const named = PRODUCTS.filter(([, pattern]) => pattern.test(t)).map(([product]) => product);
  // "I don't know if it's SSL or code signing": two kinds offered with doubt are a customer who does not know.
  if (named.length >= 2 && DOUBT.test(t) && /\bor\b/.test(t)) return 'unknown';
  return named[0];
}

/** The account's e-mail address, as customers name it ("my login email", "the email on the account"). */
const EMAIL = String.raw`(email address|email|e-mail)`;
const USER_NAME = String.raw`(username|user id|login name|account name)`;
const knows = (thing: string) => new RegExp(String.raw`\b(know|have|remember|got|recall)\b[^.]{0,40}\b${thing}\b|\b${thing} (is|was)\b`);
const denies = (thing: string) => new RegExp(String.raw`\b(don't|do not|can't|cannot|no|not|neither|nor|forgot|forgotten|lost)\b[^.]{0,40}\b${thing}\b`);

/**
 * Whether the customer knows the account's e-mail address or user name (either will do for a reset).
 * Knowing one is knowing; not knowing the user name says nothing of the e-mail, so it leaves the
 * question open for the bot to ask.
 */
function readEmailOrUsername(t: string): boolean | undefined {
  const emailAddress = /[\w.+-]+@[\w-]+\.[a-z]{2,}/;
  if (!new RegExp(String.raw`\b(${EMAIL}|${USER_NAME})\b`).test(t)) return emailAddress.test(t) ? true : undefined;
  // "where would I find the order number??" asks about one; it does not say the customer has it.
  if (/\b(where|how|what|which)\b[^.]{0,30}\b(find|get|locate|look|see|is|was)\b[^.]{0,20}\border (number|no|#)\b/.test(t)) return false;
  const knowsEmail = knows(EMAIL).test(t) && !denies(EMAIL).test(t);
  const knowsUserName = knows(USER_NAME).test(t) && !denies(USER_NAME).test(t);
  if (knowsEmail || knowsUserName) return true;
  if (denies(EMAIL).test(t)) return false;
  // Giving one is having one: "username JSmith_2019", "email: ops@example.org".
  if (/\b(username|user id|email( address)?|login)\b( is| was|:)? [a-z0-9][\w.@-]*[\d_@.][\w.@-]*/.test(t) || emailAddress.test(t)) return true;
  return undefined;
}

function readAnswer(t: string): Understanding['answer'] {
  if (
    /\b(not sure|no idea|don't know|do not know|dont know|dunno|unsure|not certain|can't remember who|no clue|have no idea)\b|\b(can't|cannot|don't) (remember|recall) (which|who|if|whether|how)\b/.test(
      t,
    )
  )
    return 'unsure';
  if (/^(yes|yeah|yep|yup|sure|correct|right|indeed|absolutely|of course|i do|i did|we do|we did|that's right|ok yes)\b/.test(t)) return 'yes';
  if (/^(no|nope|nah|not really|i don't|i didn't|we don't|we didn't|negative|never)\b/.test(t)) return 'no';
  return undefined;
}

/** Saying that the steps given did not solve it: "no that didn't help", "still doesn't work", "no luck". */
const NOT_HELPED =
  /\b(didn't|did not|doesn't|does not|hasn't|has not|haven't|wasn't|isn't) (help|helped|solve|solved|fix|fixed|work|worked|sort it|change anything)\b|\b(no luck|not solved|not fixed|not helpful|no help|no use|no good|still (stuck|broken|not working|doesn't work|can't|cannot))\b/;

function readRole(t: string): { role?: Role; delegated?: boolean } {
  let role: Role | undefined;
  let delegated: boolean | undefined;
  if (affirmed(t, R.ownerDelegating)) {
    role = 'owner';
    delegated = true;
  } else if (affirmed(t, R.helperForOthers)) role = 'webmaster';
  else if (affirmed(t, R.client)) role = 'client';
  else if (affirmed(t, R.webmaster)) role = 'webmaster';
  else if (affirmed(t, R.owner)) role = 'owner';
  if (affirmed(t, /\bi'm not (a |the )?client\b/) && /\bmanag\w* [^.]{0,30}\bfor them\b/.test(t)) role = 'webmaster';
  // Having made no login for anyone says nothing of whose certificates they are (corpus/README.md).
  // A client's "I didn't make the login, my webmaster did" says who made it, not that no login was delegated.
  if (R.notDelegated.test(t) && role !== 'client') delegated = delegated ?? false;
  return { role, delegated };
}

const commands: [RegExp, NonNullable<Understanding['command']>][] = [
  [/^(start over|start again|restart|begin again|from the (top|beginning)|reset (the )?(chat|conversation))$/, 'startOver'],
  [/^(back|go back|previous|undo|back please|go back please)$/, 'back'],
  [/^(cancel|never ?mind|stop|forget it|cancel (that|it|the request))$/, 'cancel'],
];

/** A whole message that is a conversation command (said alone, so "stop working" is not "stop"). */
function readCommand(text: string): Understanding['command'] {
  const plain = text
    .toLowerCase()
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return commands.find(([pattern]) => pattern.test(plain))?.[1];
}

function readSmallTalk(t: string, words: number): SmallTalk | undefined {
  if (/\b(are you (a )?(bot|robot|human|real|person|machine|ai)|is this (a )?(bot|robot|human))\b/.test(t)) return 'bot_question';
  if (/\b(opening hours|business hours|office hours|hours|when are you open|what time)\b/.test(t)) return 'hours';
  if (/\b(thanks|thank you|cheers|much appreciated)\b/.test(t)) return 'thanks';
  if (/\b(bye|goodbye|see you|that's all|that is all)\b/.test(t)) return 'goodbye';
  if (words <= 6 && /^(hi|hello|hey|hiya|good (morning|afternoon|evening)|greetings|howdy)\b/.test(t)) return 'greeting';
  return undefined;
}

/** What the precise rules read, each at this confidence: they fire only on explicit wording. */
export const RULE_CONFIDENCE = 0.95;

/** A letter of a script other than Latin, which `normalise` drops unread. */
const UNREAD_LETTERS = /(?!\p{Script=Latin})\p{L}/u;

/** The rules alone (synchronous): every slot they can read from one message. */
export const readByRules = (text: string): Understanding => readWithRules(text).understanding;

/**
 * ALTAIRE named and then denied, left, or asked about: "ALTAIRE isn't ours", "ALTAIRE nein", "we used
 * to be with altaire but moved", "should I be going through ALTAIRE?", "… ALTAIRE partner accounts but ours isn't one".
 */
const ALTAIRE_DENIED =
  /\baltaire\b[^.,]{0,15}\b(isn't|is not|nein|not ours|no longer)\b|\b(used to be|were|was) (with|through|on) altaire\b[^.]{0,25}\b(moved|switched|left|changed)\b|\bshould (i|we) (be )?(go|going|contact|talk|ask)\w* (through|to|via|with) altaire\b|\baltaire\b[^.]{0,50}\bbut ours (isn't|is not|was never|wasn't)\b/;

/** Wondering which role one has ("does it matter whether I'm the owner or the webmaster?"): no role is said. */
const ROLE_DOUBT =
  /\b(whether|if|not sure|unsure|don't know|no idea|do i count as|am i)\b[^.]{0,20}\b(i'm|i am|im|we're|we are)?[^.]{0,10}\b(a |an |the )?(webmaster|web master|client|owner|agency)\b[^.]{0,10}\bor (a |an |the )?(webmaster|web master|client|owner|agency)\b/;

/**
 * What the rules read, and what they found the message not to say whatever its words: no need
 * (need-rules.ts, `withheldNeed`), no role (the customer wonders which theirs is), no way of buying
 * (offered only as a maybe, or named in a question about how things work), or not a need the
 * customer rules out ("the password's fine"). The models are then not asked either.
 */
export function readWithRules(text: string): {
  understanding: Understanding;
  needWithheld: boolean;
  roleWithheld: boolean;
  customerTypeWithheld: boolean;
  needsRuledOut: Need[];
  symptomOnly: boolean;
} {
  const { containsSecret, redacted } = redactSecrets(text);
  const t = normalise(redacted);
  const words = t.split(' ').filter((w) => /\w/.test(w)).length;

  // After "no wait", "well no, actually", "scratch that": the value the customer corrects to is meant.
  const correction = afterCorrection(t);
  const corrected = correction === undefined ? undefined : readRole(correction);
  const roleWithheld = ROLE_DOUBT.test(t) && !corrected?.role;
  const read = corrected?.role ? corrected : readRole(t);
  const role = roleWithheld ? undefined : read.role;
  const delegated = read.delegated;

  const noPartner =
    /\baltaire\b/.test(t) ||
    /\b(no partner|not (through|via) (a |any )?partner|nobody else involved|no one else involved|not through (a |any |the )?(host|reseller|partner)[^.]{0,40}\b(anyone|anybody) else)\b/.test(
      t,
    );
  const partner = affirmed(t, /\baltaire\b/) && !ALTAIRE_DENIED.test(t) ? ('altaire' as const) : noPartner ? ('none' as const) : undefined;
  // Words in a script the normaliser drops ("мой пароль … не работает") may say what fails.
  const withheld = withheldNeed(t, !UNREAD_LETTERS.test(text));
  const needs = withheld ? [] : readNeeds(t);
  // A question about how things work ("are E-PKI accounts affected too?") says nothing of how this customer bought.
  // Two ways offered with doubt are a customer who does not know (`unknown`, its own row), not one withheld.
  const typeRead = readCustomerType(t);
  const customerTypeWithheld =
    typeRead !== 'unknown' && (hedgedCustomerType(t) || ((withheld === 'question' || withheld === 'outside') && !/ [.;] \S/.test(t)));
  // The runner reads text already masked, so the mask itself says a secret was there.
  const pasted = containsSecret || text.includes(SECRET_MASK);
  const pastedNeed = needs.length === 0 && pasted ? pastedSecretNeed(t) : undefined;
  if (pastedNeed) needs.push(pastedNeed);
  const cleared = clearedNeeds(t);
  const otherHalf = needs.length === 0 && !withheld ? otherHalfOfLogin(t, cleared) : undefined;
  if (otherHalf) needs.push(otherHalf);
  const slots: Understanding['slots'] = {
    role,
    delegated,
    customerType:
      (correction === undefined || hedgedCustomerType(correction) ? undefined : readCustomerType(correction)) ?? (customerTypeWithheld ? undefined : typeRead),
    partner,
    product: readProduct(t),
    hasOrderNumber: readOrderNumber(t),
    hasEmailOrUsername: readEmailOrUsername(t),
    loginTrouble: needs.length === 0 && (withheld === 'doubt' || saysLoginTrouble(t)) ? true : undefined,
    ...readAccountFacts(t),
  };
  const definedSlots = Object.fromEntries(Object.entries(slots).filter(([, v]) => v !== undefined)) as Understanding['slots'];
  const smallTalk = readSmallTalk(t, words);
  const answer = readAnswer(t);
  const command = readCommand(redacted);
  const confidence = Object.fromEntries([...(needs.length > 0 ? ['need'] : []), ...Object.keys(definedSlots)].map((slot) => [slot, RULE_CONFIDENCE]));
  const understanding: Understanding = {
    needs,
    slots: definedSlots,
    ...(answer ? { answer } : {}),
    ...(NOT_HELPED.test(t) ? { notHelped: true as const } : {}),
    ...(withheld === 'outside' ? { outsideSources: true as const } : {}),
    ...(smallTalk ? { smallTalk } : {}),
    ...(command ? { command } : {}),
    containsSecret,
    confidence,
  };
  return {
    understanding,
    needWithheld: withheld !== undefined,
    roleWithheld,
    customerTypeWithheld,
    needsRuledOut: cleared.filter((need) => !needs.includes(need)),
    symptomOnly: slots.loginTrouble === true && namesNothing(t),
  };
}

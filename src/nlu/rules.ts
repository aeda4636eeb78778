// The hand-written reading of a message: precise, negation-aware patterns over normalised text
// (text.ts). understand.ts takes from here what is structural (ALTAIRE, order numbers, emails and user
// names, answers, commands, small talk) and, per slot, whatever measured best on the dev split. Needs
// are read in need-rules.ts, negation scope in negation.ts.
import type { Need, Product, Role, Understanding } from '../../machines/domain.js';
import { afterCorrection } from './corrections.js';
import { affirmed, denialsDenied } from './negation.js';
import { deniedCustomerType, DOUBT, hedgedCustomerType, readCustomerType } from './buying.js';
import { deniesDelegation, deniesRoleOnly, ownTradeOnly, readRole, ROLE_DOUBT, staffNotHelper } from './roles.js';
import { orderNumberAsked, readOrderNumber } from './order-number.js';
import { onlyTheAccountPassword, onlyTheFilePassword, otherHalfOfLogin, pastedSecretNeed, readNeeds, saysLoginTrouble } from './need-rules.js';
import { namesNothing, withheldNeed } from './withheld.js';
import { OPENS_AS_QUESTION, SUPPOSED_LATER, SUPPOSITION } from './asked-how.js';
import { addsAnother, ellipticalNeeds } from './elliptical.js';
import { accountsNamedByCertificate } from './account-described.js';
import { loginHalvesNamed, nameNotLost, nameOnlyALandmark } from './login-halves.js';
import { signOnFailing } from './sign-on-change.js';
import { allSolved, nothingLeft, openPart, solvedPart, solvedThenHow } from './resolved.js';
import { clearedNeeds } from './cleared.js';
import { redactSecrets, SECRET_MASK } from './secrets.js';
import { readAccountFacts } from './whose-account.js';
import { readPartner } from './partner.js';
import { passwordIsOthers } from './other-passwords.js';
import { normaliseForRules, questionsMarked } from './text.js';
import { goneToLook, readAnswer } from './answers.js';
import { asksBack, saysNotHelped } from './not-helped.js';
import { asksToStartOver, readCommand, readSmallTalk } from './commands.js';
import { PERSON_MENTIONED } from './person-wanted.js';
import { FILE_PASSWORD_DENIED } from './need-patterns.js';

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
    /\b(ssl|ssls|tls|wildcard|https|(ev|ov|dv) (certificates?|certs?)|an ev|not secure|domain (control )?validat\w*|(dv|ov) validation|organi[sz]ation validat\w*|intermediate (chain|certificate)|apache|nginx|iis|tomcat)\b/,
  ],
];

/** A certificate file or token with no product named: by the labelling rules, a code-signing certificate's. */
const SIGNING_FILE = /\b(pfx|p12|tokens? ?pin|signtool|jarsigner|authenticode|keystore)\b/;

function readProduct(t: string): Product | undefined {
  const mentioned = PRODUCTS.filter(([, pattern]) => pattern.test(t));
  // "I don't know if it's SSL or code signing": two kinds offered with doubt are a customer who does not know.
  if (mentioned.length >= 2 && DOUBT.test(t) && /\bor\b/.test(t)) return 'unknown';
  if (mentioned.length === 0) return affirmed(t, SIGNING_FILE) ? 'code_signing' : undefined;
  // "It isn't a code signing thing, it's the normal SSL": a product denied is not the one meant.
  return mentioned.find(([, pattern]) => affirmed(t, pattern))?.[0];
}

/**
 * "client" only as part of a name ("client certificates for staff", "the client portal", "certificado
 * de cliente"), with nobody else's clients or helpers spoken of: the word says what kind of certificate
 * or page, not that the customer works for clients, so the models' reading of a role from it is not taken.
 */
const CLIENT_IN_NAMES = /\b(client (certificates?|certs?|portal|area|authentication)|certificados? de cliente|certificates? de cliente|certificats? client)\b/g;
const SOMEONE_ELSES =
  /\b(clients?|customers|client's|clients'|customer's|customers'|webmaster|agency|developer|designer|contractor|freelancer|reseller|for (my|our) \w+)\b/;
const clientOnlyInNames = (t: string): boolean => /\bcliente?\b/.test(t) && !SOMEONE_ELSES.test(t.replace(CLIENT_IN_NAMES, ' '));

/** The account's e-mail address, as customers name it ("my login email", "the email on the account"). */
const EMAIL = String.raw`(email address|email|e-mail|e-mailadres|emailadres|e-mail-adresse|adresse e-mail|adresse mail)`;
const USER_NAME = String.raw`(username|user id|login name|account name)`;
// "order number yes, username yes", "email - nope", "user name i know too": a thing answered after it, as in a list of answers.
const knows = (thing: string) =>
  new RegExp(
    String.raw`\b(know|have|remember|got|recall)\b[^.]{0,40}\b${thing}\b|\b${thing} (is|was)\b(?! (never|not|lost|gone|forgotten|unknown|wrong|rejected)\b)|\b${thing}( ,| :| -)? (yes|yeah|yep|yup|got it|have it|i have it|known|i know it)\b|\b${thing}( ,)? (i|we) (know|have|remember)( it| that)?( too| as well| also| fine)?( ,| \.|$)|\b${thing}\b[^.]{0,60}\b(got|have|know) (them )?both\b|\b${thing}\b[^.]{0,40}\b((weet|ken|heb) (ik|i)|(weiß|kenne|habe) (ich|i)|je (le |la )?connais|je l'ai|lo sé|la sé|lo tengo|la tengo|eu sei|tenho|lo so|ce l'ho)\b`,
  );
const denies = (thing: string) =>
  new RegExp(
    String.raw`\b(don't|do not|can't|cannot|no|not|neither|nor|forgot|forgotten|lost)\b[^.]{0,40}\b${thing}\b|\b${thing}( ,| :| -)? (no|nope|nah|none)\b(?! (longer|problem|problems|worries|issue|trouble|doubt|wait)\b)`,
  );
const [KNOWS_EMAIL, KNOWS_USER_NAME, DENIES_EMAIL, DENIES_USER_NAME] = [knows(EMAIL), knows(USER_NAME), denies(EMAIL), denies(USER_NAME)];

/**
 * Whether the customer knows the account's e-mail address or user name (either will do for a reset).
 * Knowing one is knowing; not knowing the user name says nothing of the e-mail, so it leaves the
 * question open for the bot to ask.
 */
const EMAIL_ADDRESS = /(?<![\w.+-])[\w.+-]+@[\w-]+\.[a-z]{2,}/;
const NAMES_EMAIL_OR_USERNAME = new RegExp(String.raw`\b(${EMAIL}|${USER_NAME})\b`);

/**
 * An e-mail as a message sent, searched for or read from ("I can't find that email anywhere", "the order
 * number from the confirmation email"), or as a service ("our email setup"), not the account's address.
 */
const MAIL_MESSAGE =
  /\b(find|found|delete|deleted|receive|received|sent|send|search|searched|look for|looked for|check|checked|open|opened|from|in) (\w+ ){0,2}?(that|the|this|your|an|any|my|our|their) (confirmation |order |welcome |reset |original |invoice |receipt |renewal |purchase |billing |old (invoice |confirmation |order |renewal )?)?(email|e-mail)\b(?! address)|\b(email|e-mail) (setup|set-up|hosting|server|provider|service|services|system|marketing|newsletter|client|program|app|signature|inbox)\b/g;

/** A user name given by how it is used ("I'm logging in as mark_t88", "Login failed for user dk_steel_77"), or alone as the answer ("sam_lee_1987"). */
const USER_NAME_VALUE = String.raw`[a-z0-9](?=[\w.@-]*[\d_@.])[\w.@-]*`;
const USER_NAME_USED = new RegExp(
  String.raw`\b(logging in|logged in|login|signing in|signin|log on|logon) as ${USER_NAME_VALUE}|\bfor user ${USER_NAME_VALUE}|^login ${USER_NAME_VALUE} ,|^[a-z][a-z0-9]*([._][a-z0-9]+)+$(?<!\.(com|org|net|io|co|uk|de|fr|nl|es|it|eu|info|biz))|^[a-z][a-z._]*\d+$`,
);
/** "…for user dk_steel_77, is that even my username?": a name given in doubt is not known. */
const USER_NAME_DOUBTED = /\b(is that|is it|is this|was that|was it) (even |really )?(my|the|our) (username|login|login name|user id)\b/;

/** The account's address told by whose or which it is: "the email on the account is my studio address", "it's registered to my work email". */
const MAILBOX = String.raw`(email|email address|mailbox|(office|work|studio|business|company|personal|private|shop|billing|admin|own|gmail|outlook|hotmail) address)`;
const EMAIL_SAID_WHICH = new RegExp(
  [
    String.raw`\b(registered|set up|signed up|opened) (to|under|with|on) (my|our|the|his|her) (\w+ ){0,2}${MAILBOX}\b`,
    String.raw`\b(use|used|using|uses) (my|our|the) (\w+ ){0,2}${MAILBOX} (for|on) (it|that|the account|the login|our account|my account)\b`,
    String.raw`^(it's|it is|that's|that is|its) (my|our|the) (\w+ ){0,2}${MAILBOX}\b`,
    String.raw`\b(email|email address) (on|for|of) (the|my|our) (account|login) (is|was) (my|our|the|a|an)\b`,
    String.raw`\b${MAILBOX}\b[^.]{0,60}\b(is|was) the (one|address|email) (on|for|of) (the|my|our) (account|login)\b`,
  ].join('|'),
);
/** …in doubt, or as the trouble: "is it my work email or my private one?", "the email of a guy who left, no idea what it was", "the email on the account is the problem". */
const EMAIL_IN_DOUBT =
  /\?|\b(don't know|do not know|no idea|no clue|not sure|unsure|forgot|forgotten|can't remember|cannot remember|or (my|the|our)|wrong|problem|belongs to|left|former|retired|lost touch|predecessor|someone|somebody|colleague's|his|her|their|of (our|the|a|an) \w+|address (in|at))\b/;
const emailToldByWhich = (t: string): boolean => EMAIL_SAID_WHICH.test(t) && !EMAIL_IN_DOUBT.test(t) && !DENIES_EMAIL.test(t);

function readEmailOrUsername(typed: string): boolean | undefined {
  const t = typed.replace(MAIL_MESSAGE, 'mail message');
  if (USER_NAME_USED.test(t) && !DENIES_USER_NAME.test(t) && !USER_NAME_DOUBTED.test(t)) return true;
  if (emailToldByWhich(t)) return true;
  if (!NAMES_EMAIL_OR_USERNAME.test(t)) return EMAIL_ADDRESS.test(t) ? true : undefined;
  // "where would I find the order number??" asks about one; it does not say the customer has it.
  if (/\b(where|how|what|which)\b[^.]{0,30}\b(find|get|locate|look|see|is|was)\b[^.]{0,20}\border (number|no|#)\b/.test(t)) return false;
  const knowsEmail = KNOWS_EMAIL.test(t) && !DENIES_EMAIL.test(t);
  const knowsUserName = KNOWS_USER_NAME.test(t) && !DENIES_USER_NAME.test(t);
  if (knowsEmail || knowsUserName) return true;
  if (DENIES_EMAIL.test(t)) return false;
  // Giving one is having one: "username JSmith_2019", "email: ops@example.org".
  if (/\b(username|user id|email( address)?|login)\b( is| was|:)? [a-z0-9][\w.@-]*[\d_@.][\w.@-]*/.test(t) || EMAIL_ADDRESS.test(t)) return true;
  return undefined;
}

/** What the precise rules read, each at this confidence: they fire only on explicit wording. */
export const RULE_CONFIDENCE = 0.95;

/** A letter of a script other than Latin, which `normalise` drops unread. */
const UNREAD_LETTERS = /(?!\p{Script=Latin})\p{L}/u;

/** The rules alone (synchronous): every slot they can read from one message. */
export const readByRules = (text: string): Understanding => readWithRules(text).understanding;

/** Asking which way one bought, or whether a way applies ("how do I know if I'm a direct customer?", "what's an E-PKI account?"). */
const ASKS_HOW_BOUGHT =
  /^was it (an? )?(direct|reseller|host|epki|affiliate)|\bif (i'd|i had|we'd|we had) (bought|gone|ordered)\b|\b(know if|whether|do we have|could a|would i|am i|are we|what's an?|what is an?|what does)\b[^.]{0,30}\b(direct|reseller|host|epki|affiliate)\b/;

/**
 * What the rules read, and what they found the message not to say whatever its words: no need
 * (need-rules.ts, `withheldNeed`), no role (the customer wonders which theirs is), no way of buying
 * (offered only as a maybe, or named in a question about how things work), or not a need the
 * customer rules out ("the password's fine"). The models are then not asked either.
 */
const CODE_SIGNING_SAID =
  /\bcodesigning\b|\bsigning (our |the |my )?(software|apps?|exe|executables?|drivers?|installers?|builds?|code|releases?)\b|\b(signtool|jarsigner|authenticode)\b/;

export function readWithRules(text: string): {
  understanding: Understanding;
  needWithheld: boolean;
  /** Why no need is read, when none is (withheld.ts). */
  withheldAs?: ReturnType<typeof withheldNeed>;
  roleWithheld: boolean;
  /** A role the models may not read: "I run a small dental practice" is no webmaster's trade. */
  roleRuledOut?: Role;
  customerTypeWithheld: boolean;
  orderNumberWithheld: boolean;
  needsRuledOut: Need[];
  symptomOnly: boolean;
} {
  const { containsSecret, redacted } = redactSecrets(text);
  // "The box under the username", "what I log in as": each half of the login by its name.
  const t = accountsNamedByCertificate(loginHalvesNamed(denialsDenied(normaliseForRules(redacted))));
  const asked = questionsMarked(t, redacted);
  const words = t.split(' ').filter((w) => /\w/.test(w)).length;

  // After "no wait", "well no, actually", "scratch that": the value the customer corrects to is meant.
  const correction = afterCorrection(t);
  const corrected = correction === undefined ? undefined : readRole(correction);
  const roleDoubted = ROLE_DOUBT.test(t) && !corrected?.role;
  const read = corrected?.role ? corrected : readRole(t);
  const staffOnly = staffNotHelper(t) && read.role !== 'owner' && !/\bowns?\b/.test(t);
  const role = roleDoubted || staffOnly ? undefined : read.role;
  // The models are kept from a role the rules did not read when "client" is only a name.
  // …and when the customer only denies having made a login for anyone (corpus/README.md: no role unless one is said).
  const roleWithheld = roleDoubted || staffOnly || (role === undefined && (clientOnlyInNames(t) || deniesDelegation(t) || deniesRoleOnly(t)));
  const delegated = read.delegated;

  const partner = readPartner(t);
  // Needs are read from what is still open ("The password reset worked, I'm in. Problem is the account is empty."); unread letters may say what fails.
  const open = openPart(t);
  const withheld =
    allSolved(t) || nothingLeft(t) || solvedThenHow(t)
      ? 'remark'
      : withheldNeed(open, !UNREAD_LETTERS.test(text), text.includes('?') || OPENS_AS_QUESTION.test(t));
  const cleared = clearedNeeds(t);
  // "I don't want to speak to anyone", "I know exactly where the certificates are": what is ruled out is not read
  // (the passwords' own rules weigh what is cleared of them against what fails).
  // "if we ever need a person we'll ask, but right now I need my customer number": a person only supposed for later is not wanted
  // (other things named in the supposition are what "it" refers to after it: "if I ever lose my token PIN… - it's already locked").
  const personSupposedOnly = SUPPOSED_LATER.test(open) && !readNeeds(open.replace(SUPPOSITION, ' ')).includes('human');
  const readFirst = withheld ? [] : readNeeds(open).filter((need) => need !== 'human' || !personSupposedOnly);
  // A login half failing since the sign-on change is the retired sign-on's (and not, for the models either, the login's).
  const signOnsOwn = signOnFailing(t, readFirst);
  // "the password of my S/MIME backup file": no account or code-signing password is meant.
  const othersOnly = passwordIsOthers(t);
  const needs = signOnsOwn.filter(
    (need) =>
      // "I know the PIN by heart. What I no longer know is the password": a thing said known, beside another read, is not the trouble.
      (!cleared.includes(need) || !(need === 'human' || need === 'find_account' || signOnsOwn.some((other) => other !== need && !cleared.includes(other)))) &&
      !(othersOnly && (need === 'reset_password' || need === 'codesign_password')),
  );
  // "forgot my pw. username as well": a thing named only to add it to the trouble before.
  needs.push(...ellipticalNeeds(t, needs, cleared));
  // A question about how things work ("are E-PKI accounts affected too?") says nothing of how this customer bought.
  // Two ways offered with doubt are a customer who does not know (`unknown`, its own row), not one withheld.
  const typeRead = readCustomerType(t);
  const customerTypeWithheld =
    typeRead !== 'unknown' &&
    (hedgedCustomerType(t) || deniedCustomerType(t) || ASKS_HOW_BOUGHT.test(t) || ((withheld === 'question' || withheld === 'outside') && !/ [.;] \S/.test(t)));
  // The runner reads text already masked, so the mask itself says a secret was there.
  const pasted = containsSecret || text.includes(SECRET_MASK);
  const pastedNeed = needs.length === 0 && pasted && withheld !== 'outside' ? pastedSecretNeed(t) : undefined;
  if (pastedNeed) needs.push(pastedNeed);
  const otherHalf = needs.length === 0 && !withheld ? otherHalfOfLogin(t, cleared) : undefined;
  if (otherHalf) needs.push(otherHalf);
  const slots: Understanding['slots'] = {
    role,
    delegated,
    customerType:
      (correction === undefined || hedgedCustomerType(correction) ? undefined : readCustomerType(correction)) ?? (customerTypeWithheld ? undefined : typeRead),
    partner,
    product: readProduct(t),
    hasOrderNumber: readOrderNumber(t, asked),
    hasEmailOrUsername: readEmailOrUsername(t),
    loginTrouble: needs.length === 0 && (withheld === 'doubt' || saysLoginTrouble(t)) ? true : undefined,
    ...readAccountFacts(t, role),
  };
  // A website's or an e-mail certificate's file password is outside the sources (codesign_password is a code signing
  // certificate's, corpus/README.md): read by neither the rules nor the models.
  const otherFilesPassword =
    needs.includes('codesign_password') &&
    (slots.product === 'ssl' || slots.product === 'client_cert') &&
    !affirmed(t, CODE_SIGNING_SAID) &&
    // No website certificate lives on a token: "the EV cert is on there" beside a token PIN is a code signing one.
    !(slots.product === 'ssl' && /\btoken\b/.test(t));
  if (otherFilesPassword) needs.splice(needs.indexOf('codesign_password'), 1);
  const definedSlots = Object.fromEntries(Object.entries(slots).filter(([, v]) => v !== undefined)) as Understanding['slots'];
  const smallTalk = readSmallTalk(t, words);
  const answer = readAnswer(t);
  const command = readCommand(redacted);
  const confidence = Object.fromEntries([...(needs.length > 0 ? ['need'] : []), ...Object.keys(definedSlots)].map((slot) => [slot, RULE_CONFIDENCE]));
  const understanding: Understanding = {
    needs,
    slots: definedSlots,
    ...(answer ? { answer } : {}),
    ...(saysNotHelped(t, answer) ? { notHelped: true as const } : {}),
    ...(addsAnother(t) ? { addsNeed: true as const } : {}),
    ...(needs.length === 0 && !answer && !smallTalk && !redacted.includes('?') && goneToLook(t) ? { lookingItUp: true as const } : {}),
    ...(withheld === 'remark' && needs.length === 0 && !answer && !smallTalk ? { remark: true as const } : {}),
    // Only a restart and nothing else: "sorry let me start again - we bought it through our host" tells a fact to keep.
    ...(needs.length === 0 && !command && !answer && Object.keys(definedSlots).length === 0 && asksToStartOver(t) ? { startOverAsked: true as const } : {}),
    ...(needs.length === 0 && !answer && !smallTalk && asksBack(t, redacted) ? { asksBack: true as const } : {}),
    // A question about how things work is answered by a person too: the sources are silent on it (DOMAIN.md), and "didn't follow" would be untrue.
    ...(withheld === 'outside' || (withheld === 'question' && !smallTalk) ? { outsideSources: true as const } : {}),
    ...(smallTalk ? { smallTalk } : {}),
    ...(command ? { command } : {}),
    containsSecret,
    confidence,
  };
  return {
    understanding,
    needWithheld: withheld !== undefined,
    withheldAs: withheld,
    roleWithheld,
    ...(role === undefined && ownTradeOnly(t) ? { roleRuledOut: 'webmaster' as const } : {}),
    customerTypeWithheld,
    orderNumberWithheld: orderNumberAsked(t, asked),
    needsRuledOut: [
      ...new Set([
        ...cleared.filter((need) => !needs.includes(need)),
        ...readFirst.filter((need) => !signOnsOwn.includes(need)),
        ...(onlyTheAccountPassword(t, needs) ? (['codesign_password'] as const) : []),
        ...(onlyTheFilePassword(t, needs) ? (['reset_password'] as const) : []),
        ...(otherFilesPassword ? (['codesign_password'] as const) : []),
        ...(FILE_PASSWORD_DENIED.test(t) && !needs.includes('codesign_password') ? (['codesign_password'] as const) : []),
        ...(othersOnly ? (['reset_password', 'codesign_password'] as const) : []),
        // "The reset email arrived and I've set a new password. But…": what is told solved is not wanted, by the models either.
        ...(open === t || withheld || needs.length === 0 ? [] : readNeeds(solvedPart(t, open)).filter((need) => !needs.includes(need))),
        // "Was about to ask for a real person but let's try you first": a person only spoken of is not wanted, by the models either.
        ...(!needs.includes('human') && t.replace(PERSON_MENTIONED, ' ') !== t ? (['human'] as const) : []),
        // "Have order number + username. Forgot pass.", "whatever goes with the username": a user name had, given or placing the password is not lost.
        ...nameNotLost(needs, slots.hasEmailOrUsername === true || nameOnlyALandmark(normaliseForRules(redacted))),
        // "it's registered to my work email": which address the account has, told as an answer, loses no user name.
        ...(needs.length === 0 && emailToldByWhich(t) ? (['recover_username'] as const) : []),
      ]),
    ],
    symptomOnly: slots.loginTrouble === true && namesNothing(t),
  };
}

// The hand-written reading of a message: precise, negation-aware patterns over normalised text
// (text.ts). understand.ts takes from here what is structural (ALTAIRE, order numbers, emails and user
// names, answers, commands, small talk) and, per slot, whatever measured best on the dev split.
import type { CustomerType, Need, Product, Role, SmallTalk, Understanding } from '../../machines/domain.js';
import { redactSecrets, SECRET_MASK } from './secrets.js';
import { readAccountFacts } from './whose-account.js';
import { normalise } from './text.js';

/** Needs in the order they are served when a message states several (DOMAIN.md, ARCHITECTURE.md). */
export const needPriority: Need[] = ['human', 'codesign_password', 'recover_username', 'reset_password', 'find_account', 'regain_access'];

const NEGATOR = /\b(not|no|never|don't|do not|didn't|did not|isn't|wasn't|aren't|without|nor|rather than|instead of)\b/;
/** Words that end a negation's reach: a new clause usually states the positive fact. */
const SCOPE_BREAK = /(^|\s)(\.|-|:|but|just|only|i|we|it's|its|it was|instead|rather|so|because|get|give|can|could)(\s|$)/;

/** True when `index` in `text` falls within a few words after a negator in the same clause. */
const SUBJECT = /^(i|i'm|im|we|we're|it|it's|they|they're|he|she)$/;

function negatedAt(text: string, index: number): boolean {
  const before = text.slice(0, index).split(' ').filter(Boolean).slice(-7);
  const firstWordAt = (i: number) => before[i] ?? text.slice(index).split(' ')[0] ?? '';
  for (let i = before.length - 1; i >= 0; i--) {
    const word = before[i]!;
    // "not a webmaster, I'm the client": a comma and a new subject start a new clause.
    if (word === ',' && SUBJECT.test(firstWordAt(i + 1))) return false;
    // "not because of…", "not just…": a negator right before the break word carries across it.
    const negatedBreak = NEGATOR.test(before[i - 1] ?? '');
    if (word === '.' || (i < before.length - 1 && !negatedBreak && SCOPE_BREAK.test(` ${word} `) && !NEGATOR.test(before.slice(i).join(' ')))) return false;
    if (NEGATOR.test(word) || (word === 'do' && before[i + 1] === 'not') || (word === 'did' && before[i + 1] === 'not')) return true;
  }
  return false;
}

/** First match of `pattern` in `text` that is not negated. */
function affirmed(text: string, pattern: RegExp): boolean {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (const match of text.matchAll(global)) if (!negatedAt(text, match.index)) return true;
  return false;
}

const P = {
  password: /\b(password|passwords|passcode)\b/,
  human:
    /\b(talk|speak|chat|connect|transfer|pass|put|get|want|need|prefer|discuss|reach|contact)\b[^.]{0,40}\b(agent|human|person|someone|somebody|staff|representative|rep|operator|customer service|support (team|staff|person|agent)|real person|live agent)\b|\b(agent|human|person|representative|operator)\b[^.]{0,12}\b(please|now|pls)\b|^\W*(agent|human|representative|operator|a person|live agent|customer service)\W*$|\b(human|person|agent|someone|somebody|representative|staff member)\b[^.]{0,25}\b(talk|speak|chat)\b|\b(get|give|fetch|find) (me )?(an? )?(agent|human|person|operator|representative)\b|\b(connect|put|transfer|pass|send) me (through )?(to|with) (your |the |a |an )?(support|help ?desk|service desk|support desk|support team|support staff|someone|somebody|person|human|agent|colleague)\b|\b(your|a|the) (phone|telephone) (number|line)\b|\bphone number\b[^.]{0,20}\b(call|ring|reach|support)\b|\b(call|ring) me( back)?\b|\bcallback\b|\b(some|a|one) (person|human) (can|could|to) help\b|\b(real|actual|live) (person|human|agent|people)\b|^\W*(please\W+)?(a |an )?(person|human|agent)\W*$|\bno bots?\b|\b(anyone|anybody|someone|somebody) (from|at|in) (customer service|support|your (team|side|company|office))\b|\bwhat number (do|can|should) (i|we) (call|ring|phone)\b|\b(anyone|anybody|someone|somebody) (i|we) (could|can) (phone|call|ring|talk to|speak to|chat with|chat to)\b|\btransfer me\b|\b(person|human|agent|someone|somebody|colleague) (take over|look at it|look into it|have a look|handle this|sort it)\b|\bwhoever (handles|deals with|looks after)\b/,
  codesignPassword:
    /\b(password|passphrase)\b[^.]{0,30}\b(on|of|for|protecting)\b[^.]{0,20}\b(codesigning|the|my|our)\b[^.]{0,15}\b(certificate|key)\b(?! (account|login|site|website|portal|page|console|dashboard|manager))|\bcodesigning( certificate)?\b[^.]{0,40}\b(asks|asking|prompts|prompting|password|passphrase)\b|\bcertificate('s)? (password|passphrase)\b|\bexport\w*\b[^.]{0,70}\b(password|passphrase)\b/,
  accountPassword:
    /\b(can't|cannot|couldn't|unable to|have to|need to|trying to|tried to) (login|signin)\b[^.]{0,70}\bpassword\b|\b(website|site|portal|dashboard|web|online) password\b|\bpassword (i|we) (use to )?(login|signin|log on)\b|\b(need|want|mean) the account( one|'s)\b|\bthe account's\b[^.]{0,10}\bpassword\b|\bpassword\b[^.]{0,40}\bor (my|the) account's\b|\b(account|login|signin|customer account)( login)? password\b|\bpassword (for|to|of|on) (the|my|our|her|his|their) (account|login)\b|\bpassword (for|to|i use for|we use for) (login|logging in|logging into|signin|signing in|getting in|get in)\b/,
  username:
    /\b(forgot|forgotten|forget|forgetting|lost|remember|recover|retrieve|what's|what is|whats|what was|need|find|tell me|look up|lookup|which)\b[^.]{0,25}\b(username|user id|login name|customer number|customer no|customer #|customer id|account number)\b|\b(username|customer number)\b[^.]{0,20}\b(forgot|forgotten|lost|recovery|(can't|cannot|don't|do not) (remember|recall|find))\b|\b(no clue|no idea|blanked|blank on|can't recall|cannot recall|clueless)\b[^.]{0,25}\b(username|user id|login name|customer number)\b|\b(username|login name|customer number)\b[^.]{0,25}\b(not found|not recogni[sz]ed|isn't recogni[sz]ed|unknown|doesn't exist|does not exist)\b|\b(unknown user|user not found|user unknown|no such user)\b|\b(username|login name|customer number)\b[^.]{0,60}\b(lost both|forgotten both|forgot both|have neither|i have neither)\b|\bnot (my|the) (username|customer number)\b|^\W*customer (number|#|no)\W*$|\b(username|user id|userid|login id|account name|customer number|customer #|customer no)\b[^.]{0,20}\b(escapes me|gone out of my head|slipped my mind|what is it|what was it|got deleted|was deleted|doesn't match)\b|\b(username|user id|customer number)( \.)? please\b|\b(what goes|what do i put|what to put) in the (first|top|username) (box|field)\b|\b(first|top) box\b|\bthe field above\b|\b(lost|forgot|forgotten|what was|what is|what's) (the |my |our )?(account name|user id|userid|login id)\b|\b(give|tell|send) (me|them|us) (my|their|our) (customer numbers?|usernames?)\b/,
  resetVerb:
    /\b(forgot|forgotten|forget|reset|resetting|change|changing|new|lost|locked|recover|remember|doesn't work|does not work|stopped working|not working|won't work|wrong|incorrect|expired|gone|rejected|refused|refuses|not accepted|isn't accepted|invalid|fails|failed|mislaid|doesn't|won't let me|have neither|lost both|forgotten both|forgot both|tell me|what's|what is|get a|get my|give me|send me|needs? the|wants? the)\b/,
  resetNoun:
    /\b(password reset|reset (my |the |our )?(account )?password|(need|needs|want|request|requesting) (a |an )?(account |login )?reset)\b|\b(it's|its|it is) (the|my) password( that|\b[^.]{0,10}$| \.)|\bthe password is( the (problem|issue))? \.|\b(problem|issue) is the password\b|\b(can|could|will|would) you reset\b|\breset (it|my account|our account|the account|my login|our login|the login) for\b|\b(can|could) (i|we) (get|have) (it|my account|the account) reset\b/,
  whichAccount:
    /\b(which|what|find|locate|look up|lookup|track down|work out|figure out|where|identify)\b[^.]{0,40}\b(account|accounts|login)\b|\baccount(s)?\b[^.]{0,30}\b(are|is|were|ended up|live|sit|sits|attached)\b[^.]{0,10}\b(in|under|to)\b|\bwhere do my certificates live\b|\bfind my account\b|\b(none|neither) of (them|those|our accounts|my accounts|both)\b|\bon whose (login|account)\b|\b(which|what) one (has|holds|shows|is it)\b|\bmap each certificate\b/,
  certificate: /\b(certificate|certificates|ssl|smime|codesigning|wildcard)\b/,
  lostAccess:
    /\b(can't|cannot|can not|unable|couldn't|no longer|not able|lost|losing|lose|stopped|quit|won't|doesn't)\b[^.]{0,30}\b(access|acess|get in|get into|login|signin|manage|managing|see|open|opens|working|work|exists|exist|let me in)\b|\b(it's|is|are|they're|certificates) (all )?gone\b|\bgone (now|from)\b/,
  iso: /\b(iso|independent signon|signon|sso|independent logins?|independent accounts?)\b/,
  certificateLogin:
    /\blogin (\w+ ){0,3}(made|set up|created|gave me) for (me|us|our \w+)\b|\b(their|the|his|her) login for (me|us)\b|\bcertificate(-only| only) (account|credentials|login)\b|\bcertificate (credentials|signin button|manager signin)\b|\b(you|your (update|change|changes|email|announcement)) (killed|retired|removed|switched off|shut down|deleted|closed)\b[^.]{0,15}\blogin\b|\blogins like ours\b|\b(says|shows) (the )?(account|login) (is |has been |was )?(retired|closed|discontinued)\b|\b(separate|standalone|stand-alone|special|dedicated|independent) (login|logins|signin|account)\b|\blogin (i|we) (use|used) (for|to manage|to look after|to see)\b|\blogin for (the|my|our|their) certificates?( portal| site| area| page| dashboard| manager)?\b|\b(made|set up|created|gave|sorted) (me|us) (a|an) (certificate )?(login|account|signon)\b|\b((old|separate|standalone|stand-alone|special|dedicated|independent) )?(certificate|certificates|certificate-only|certificate management) (login|logins|signin|account login)\b|\b(those|these|such|the old|separate) logins\b|\bthat kind of login\b|\bway of (signing in|logging in|login|signin)\b/,
  certificateLoginGone:
    /\b(retired|retiring|retirement|going away|gone|removed|switched off|shut|closed|killed|deactivated|dead|no longer works|doesn't work anymore|stopped working|discontinued|phased out|replaced|no longer|not valid|isn't used|is not used|merged|migration|changeover|dead|disappeared|vanished|deleted|being retired|went away|ended)\b/,
  isoChange:
    /\b(gone|removed|removing|retired|retiring|going away|shut down|shutting|ending|no longer|changed|change|update|stopped|quit|disappeared|being removed|not letting|doesn't work|won't)\b/,
  manageNow: /\bhow (do|can) (i|we)\b[^.]{0,20}\b(manage|keep|renew|get to|access)\b/,
  loginTrouble:
    /\b(can't|cannot|can not|unable to|couldn't|won't let me|not able to)\b[^.]{0,12}\b(login|signin|sign in|get in|log on)\b|\blogin (isn't|is not|not|doesn't|does not) work|\b(locked out|locked|blocked|suspended)\b|\b(invalid|wrong|incorrect) (credentials|details|login details)\b|\b(credentials|details|login details) (are|were|is) (invalid|wrong|incorrect|not valid)\b|\bauthentication failed\b|\baccess denied\b|\b(won't|doesn't|will not|does not) let me (in|through|login|signin)\b|\b(throws|throwing|kicks|kicking|bounces|bouncing|bounced|sends|sending) me (back|out)\b|\btoo many (attempts|tries|times)\b/,
};

/** Code signing: the word, or a signing tool, token or file. */
const SIGNING =
  /\b(codesigning|signtool|jarsigner|osslsigncode|authenticode|safenet|apksigner|keystore|(app|apk|android|package|nuget|firmware|driver|installer|release) signing|signing (token|certificate|cert|key|keystore|file|identity)|sign(ing)? (the|our|my|a) (installer|build|builds|app|apps|driver|drivers|release|releases|software|binaries|executable|executables|msi|jar|apk))\b/;
/** The password, passphrase or PIN of a certificate file or token. */
const SIGNING_FILE_PASSWORD =
  /\b(pfx|p12|pkcs ?12|keystore|jks|token|certificate file|key file|\.pfx|\.p12)\b[^.]{0,60}\b(password|passphrase|pin)\b|\b(password|passphrase|pin)\b[^.]{0,30}\b(pfx|p12|pkcs ?12|keystore|jks|token|certificate file|key file|export|exported file|private key)\b|\b(token|pin)\b[^.]{0,20}\b(locked|blocked|wrong|rejected|forgot|forgotten|lost|doesn't work|not working)\b|\bwhich pin\b/;
/** A password said to be on a file, an export or a key: never the account's. */
const FILE_BOUND_PASSWORD =
  /\b(password|passphrase)\b[^.]{0,25}\b(on|for|of|protecting) (the|our|my|its|that) (exported |export |signing )?(pfx|p12|export|keystore|token|certificate file|key file|file|private key|key)\b/;
/** `pattern` matches where no "not", "isn't" or "no" stands in the three words before: "not the account password" does not name it. */
function namedUndenied(t: string, pattern: RegExp): boolean {
  const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
  for (const match of t.matchAll(global)) {
    const before = t.slice(0, match.index).split(' ').filter(Boolean).slice(-3);
    if (!before.some((word) => /^(not|isn't|wasn't|no|never)$/.test(word))) return true;
  }
  return false;
}

/** A question putting the account's password and the certificate's side by side. */
const EITHER_PASSWORD =
  /\b(website|account|login|site)('s)?\b[^.]{0,40}\bor\b[^.]{0,30}\b(certificate|pfx|certificate's)\b|\b(certificate|pfx|certificate's)\b[^.]{0,40}\bor\b[^.]{0,30}\b(account|website|login|site)('s)?\b/;

/**
 * A thing the customer rules out ("the password is fine, it's the username…", "not a password
 * problem"): what is said about it elsewhere in the message is not a need.
 */
function clearedOf(t: string, noun: string): boolean {
  return new RegExp(
    String.raw`\b${noun}('s| is)( not|n't) (forgotten|lost|the problem|the issue|an issue|a problem)\b|\b${noun} (isn't|is not|wasn't|was not) (forgotten|lost|the problem|the issue)\b|\b${noun}( ,)? i (know|remember) (it|that)\b|\b(nothing wrong with|no problem with|don't need|do not need) (the |my |our |a )?${noun}\b|\b${noun},? i (remember|know)( it)?( fine)?\b|\b${noun} i (remember|know|have)\b|\b${noun} (is|was|seems|works|is working)( (fine|ok|okay|correct|right|good))|\b${noun} (is|was|isn't|is not)( not)? the (problem|issue)\b|\bnot (a |the |my )?${noun} (problem|issue|thing)\b|\b(it's|its|it is) not (the |my |a )?${noun}\b|\b(i|we) (know|have|remember) (the |my |our )${noun}\b`,
  ).test(t);
}

/**
 * The needs of the whole message, and of each sentence or "and also" clause on its own: a phrase in
 * one clause ("the password for my account") must not block a need stated in another ("and also the
 * code signing certificate asks for a password when I export it").
 */
function readNeeds(t: string): Need[] {
  const clauses = t.split(/ (?:\.|;) | ,? and also | , also | plus | , and (?=(?:the|my|our|i|we) )/).filter((clause) => clause.trim() !== '');
  if (clauses.length < 2) return readNeedsOf(t);
  const whole = readNeedsOf(t);
  const found = new Set(whole);
  for (const clause of clauses)
    for (const need of readNeedsOf(clause, t)) {
      // In a message about the certificate's password, a clause's bare "password = lost" is that password, not the account's.
      const fileOnly = need === 'reset_password' && whole.includes('codesign_password') && !whole.includes('reset_password');
      if (!fileOnly || P.accountPassword.test(clause) || P.resetNoun.test(clause)) found.add(need);
    }
  return needPriority.filter((need) => found.has(need));
}

/** The needs of `t`, a whole message or one clause of `whole` (whose code signing context a clause keeps). */
function readNeedsOf(t: string, whole = t): Need[] {
  const found = new Set<Need>();
  const mentionsPassword = P.password.test(t) && !clearedOf(t, '(password|passwords)');
  // "Do I need someone from support for this, or can you handle it?" asks whether; it does not ask for one.
  const asksWhetherHuman =
    /\b(do i|does (that|this|it)|would i|will i) need (an? |to (email|call|phone|ring) )?(agent|someone|somebody|person|human|support)\b[^.]*\bor\b|\bor (do|would|will) i need (to (email|call|phone|ring) )?(someone|somebody|an agent|a person|a human)\b/.test(
      t,
    );
  if (affirmed(t, P.human) && !asksWhetherHuman) {
    found.add('human');
    // "Can a human call me about my password?": the person is wanted for that need.
    if (/\b(about|with|regarding) (my|the|our) (account |login )?password\b/.test(t)) found.add('reset_password');
    if (/\b(about|with|regarding|look up|find) (my|the|our) (username|user name|login name|customer number)\b/.test(t)) found.add('recover_username');
  }
  const codesignMention = /\bcodesigning\b/.test(t);
  // Signing code with a file or token that asks for its password or PIN: the certificate's, not the account's.
  const signing = SIGNING.test(whole);
  const fileFine = /\b(pin|pfx|p12|token|keystore|certificate file)\b[^.]{0,12}\b(works|opens|is fine|is ok)\b/.test(t);
  const filePassword = signing && !fileFine && affirmed(t, SIGNING_FILE_PASSWORD);
  if (
    (mentionsPassword || filePassword) &&
    !namedUndenied(t, P.accountPassword) &&
    (affirmed(t, P.codesignPassword) ||
      filePassword ||
      (codesignMention && affirmed(t, /\b(its|the certificate's|certificate) password\b|\bchange\b[^.]{0,20}\bpassword\b/)))
  )
    found.add('codesign_password');
  // Saying one does not know one's user name is the need itself, so this reads past negation.
  // "Which of my customer numbers has the certificate?" asks where the certificate is, not for a lost number.
  const whichHolds =
    /\bwhich (one )?(of )?(my |our |the )?(customer numbers?|accounts?|logins?|usernames?)\b[^.]{0,20}\b(has|have|holds?|contains?|owns?|is|are)\b[^.]{0,30}\b(certificate|certificates|ssl|codesigning|smime)\b/.test(
      t,
    );
  if (whichHolds) found.add('find_account');
  const outsideWhich = t.replace(/\bwhich (one )?(of )?(my |our |the )?(customer numbers?|usernames?)\b/g, ' ');
  if (P.username.test(outsideWhich) && !clearedOf(t, '(username|customer number)')) found.add('recover_username');
  // "Is it the website's password or the certificate's?" asks which; it states neither.
  const whichPassword = /\bpassword\b/.test(t) && EITHER_PASSWORD.test(t) && !/\b(need|mean|want) the (account|website|certificate)('s)? ?(one)?\b/.test(t);
  if (whichPassword) found.delete('codesign_password');
  const onFile = signing && FILE_BOUND_PASSWORD.test(t) && !P.accountPassword.test(t);
  if (mentionsPassword && !whichPassword && !onFile && (affirmed(t, P.resetVerb) || P.accountPassword.test(t)) && !found.has('codesign_password')) {
    if (affirmed(t, /\b(password|passwords)\b/)) found.add('reset_password');
  }
  if (affirmed(t, P.resetNoun)) found.add('reset_password');
  // "Nobody here knows the password" is the need itself, so this reads past negation, as for the user name.
  if (
    !found.has('codesign_password') &&
    !whichPassword &&
    !onFile &&
    /\b(don't|do not|doesn't|does not|no one|nobody|none of us|never)\b[^.]{0,15}\b(know|knows|knew|remember|remembers|have|has|had)\b[^.]{0,12}\b(the|my|our|a|its) (account |login |admin )?password\b/.test(
      t,
    ) &&
    !clearedOf(t, '(password|passwords)')
  )
    found.add('reset_password');
  // "I have no idea which account" asks which account: not knowing is the need, so no negation here.
  const asksWhichAccount =
    P.whichAccount.test(t) || /\b(don't know|no idea|not sure|unsure) which( ones?)?\b/.test(t) || /\btrack (them|it|those)( all)? down\b/.test(t);
  if (asksWhichAccount && /\baccounts?\b/.test(t) && !/\b(customer number|username)\b/.test(t)) found.add('find_account');
  // "My login works, but the certificate isn't in there": the certificate is on some other account.
  if (
    P.certificate.test(t) &&
    /\b(isn't|is not|not|doesn't show|don't see|can't see|can't find|cannot find|zero|no) [^.]{0,20}\b(in there|in it|there|in my account|in the account|under my account|on my dashboard|certificates)\b/.test(
      t,
    ) &&
    /\b(login works|log in fine|login fine|logged in|get into every|can get in|another account|other account|which one|where)\b/.test(t)
  )
    found.add('find_account');
  // "not because of the sign-on change" rules the sign-on out.
  const isoMention = affirmed(t, P.iso);
  // Any mention of the independent sign-on is about its retirement, the one topic it has here.
  // "The certificate login was retired", "those logins are going away": the sign-on without its name.
  const certificateLoginGone = affirmed(t, P.certificateLogin) && P.certificateLoginGone.test(t) && !mentionsPassword;
  if (
    isoMention ||
    certificateLoginGone ||
    (P.certificate.test(t) && affirmed(t, P.lostAccess) && !mentionsPassword) ||
    (P.certificate.test(t) && P.manageNow.test(t) && /\bnow\b/.test(t))
  ) {
    if (!found.has('find_account') || isoMention) found.add('regain_access');
  }
  return needPriority.filter((need) => found.has(need));
}

/** Whoever builds or runs a site for someone: a trade alone ("developer"), or a vague noun with a web or IT qualifier ("website guy"). */
const helpers = String.raw`(webmaster|web master|developer|designer|agency|contractor|consultant|freelancer|(web|website|site|it|tech|computer|digital|hosting) (guy|person|people|company|firm|team|designer|developer|dev|agency|contractor|consultant|admin|department|support)|the person who built our website|person who built)`;
const someone = String.raw`(person|guy|man|woman|lad|lady|chap|bloke|friend|company|agency|developer|designer|firm|freelancer)`;
const made = String.raw`(gave|give|given|set up|setup|sets up|set (it|them|this|that|everything|the account|the login) up|made|make|created|create|provided|built|registered)`;

const R = {
  webmaster: new RegExp(
    String.raw`\b(i'm|i am|im|we're|we are) (a |an |the )?(freelance |independent )?(webmaster|web master|web designer|web developer|developer|agency|web agency|designer|reseller of services)\b|\bwebmaster here\b|\b(for|of) (my|our|all my|all our) (clients|customers|client sites)\b|\bmy (client|clients|customer|customers)('s|s')?\b(?! (account|number|id|no)\b)[^.]{0,30}\b(password|login|account|certificates|reset|username)\b|\bmy (client|customer) (forgot|lost|needs|wants|can't)\b|\b(manage|managing|handle|handling|look after|looking after|maintain)\b[^.]{0,25}\bfor (my |our )?(clients|customers)\b|\b(clients|customers)('s|s')? (certificates|sites|accounts|passwords?|codesigning)\b|\b(for|on behalf of) (about |around )?(\d+|a dozen|several|many|multiple|my|our) (clients|customers|client sites|businesses|small businesses)\b|\bi (do|run) (web design|websites|sites)\b[^.]{0,40}\b(for|customers|clients|businesses)\b|\bmanaging the certificates for them\b|\bone of them forgot\b|\blook after (their|ssl|the) certificates\b|\b(a|one) (client|customer)'s\b|\bfor (a|one of my|one of our) (client|clients|customer|customers)\b|\b(certificates|certificate|ssl) (belong to|belongs to|are for|is for) (the|my|our) (clients|customers|companies|businesses|shops)\b|\b(take care of|look after|looks after|handle|manage|maintain|build|run|do) (the )?(certificates|websites|sites|ssl|web sites)\b[^.]{0,15}\bfor\b[^.]{0,25}\b(companies|businesses|clients|customers|shops|charities|practices|people)\b`,
  ),
  client: new RegExp(
    String.raw`\b(i'm|i am|we're|we are) (just )?(the|a) client\b|\b(my|our) ${helpers}\b[^.]{0,40}\b${made}\b[^.]{0,25}\b(me|us|for me|for us)\b|\b(my|our) ${helpers}\b[^.]{0,20}\b${made} (me|us) (a|an|the|my|our)\b|\b(login|account) (i use )?(was )?(made|set up|created|given) (for me )?by (my|our) ${helpers}\b|\bgot a login from (him|her|them|my|our)\b|\b${made} (me|us) (a|an|my|our|the) (login|account|iso)\b[^.]{0,30}\b(my|our) ${helpers}\b|\b(my|our) ${helpers} (did|does)\b|\b(my|our) ${helpers} ${made} (my|our) (iso )?(login|account|signon)\b|\b(person|guy|company|agency|developer|designer|firm) who (built|made|designed|runs|set up) (our|my) (website|site)\b[^.]{0,30}\b${made} (me|us)\b|\b${someone} who (built|made|designed|runs|does|set up|looks after|maintains) (our|my) (website|site|web site|booking site|shop)\b[^.]{0,40}\b(set up|made|created|gave|bought|sorted|handles)\b|\b(my|our) ${helpers}\b[^.]{0,15}\b(has to do|have to do|handles|handled|looks after|runs|does everything|did everything|set (it|everything|things|it all) up)\b|\b(set|made|created|chosen|chose|picked) by (my|our|the) (old |former |previous )?${helpers}\b|\b(a|my|our) (friend|son|daughter|nephew|niece|brother|sister|grandson|granddaughter|cousin)\b[^.]{0,40}\b(set up|made|created|sorted( out)?) (my|our|the) (access|account|login|certificate account)\b`,
  ),
  ownerDelegating: new RegExp(
    String.raw`\b(i|we)( also)? ${made}\b[^.]{0,40}\b(login|account|iso)\b[^.]{0,30}\bfor (my|our|the) ${helpers}\b|\b(i|we) ${made} (my|our|the) ${helpers}\b[^.]{0,10}\b(their|his|her|a|an) (own )?(login|account|iso)\b|\b(i|we) ${made} (an? |the )?(login|account|iso)[^.]{0,20}\b(so|for) (my|our|the|he|she|they)\b|\b(i|we) ${made} an? (account|login) for (my|our) ${helpers}\b`,
  ),
  owner:
    /\b(certificates|certificate|cert|certs|codesigning certificate|ssl)( and [^.]{0,25})? (is|are) (all )?(mine|ours)\b|\bmy own account\b|\b(don't|do not) outsource\b|\b(my|our) own (\w+ )?(certificates|ssl|certificate)\b|\bthey're (all )?(my|mine|our|ours)\b|\bthey are (all )?(my|mine|our|ours)\b|\b(certificates|they) are (all )?mine\b|\bi own\b|\b(business|site|website) owner\b|\bi (manage|look after|handle|run) (my own|them myself|the certificates myself|my own sites|it myself)\b|\bmanage (them|it|the certificates) myself\b|\bmanaging my own\b|\bnobody else (manages|has|uses)\b|\bthe certificates are mine\b|\bthe certificates are ours\b|\bmy certificates are my own\b|\bi own the business\b|\bi'm the owner\b|\bi run my own\b|\bcertificates are my own\b/,
  notDelegated:
    /\b(never|didn't|did not|haven't|have not) (created|made|gave|give|set up|setup|create|make|set)\b[^.]{0,30}\b(login|account|iso)\b[^.]{0,20}\b(for )?(anyone|anybody|someone|a developer|my developer|my webmaster|others?)\b|\bnobody else (manages|has|uses)\b|\bonly i use\b|\bnever gave anyone\b|\bno one else (manages|has|uses)\b/,
};

const T: Record<Exclude<CustomerType, 'unknown'>, RegExp> = {
  web_host: /\b(web ?host|webhost|hosting|host|hosts|hoster|hosting provider|hosting company|godaddy|hostgator|bluehost)\b/,
  reseller: /\b(reseller|resellers|re-seller|resold|resale)\b/,
  epki: /\b(epki|enterprise account|enterprise pki|epki manager)\b/,
  affiliate: /\b(affiliate|affiliates)\b/,
  // "Your website" says how they bought only next to a purchase: "I tried to log in on your website" does not.
  direct:
    /\b(direct|directly|straight from (you|your)|bought it myself|from you guys|regular account)\b|\b(bought|buy|purchased|purchase|ordered|paid|got)\b[^.]{0,30}\b(on|from|through|via|at) your (site|website|store|shop|web ?shop)\b/,
};

function readCustomerType(t: string): CustomerType | undefined {
  // "Not sure if it was a reseller or direct" names the options, not the answer.
  if (/\b(not sure|no idea|don't know|unsure|can't remember)\b[^.]*\bor\b/.test(t)) return undefined;
  const hits = (Object.keys(T) as (keyof typeof T)[]).filter((type) => affirmed(t, T[type]));
  // "Direct" is the absence of a partner: a named partner wins ("directly from our reseller").
  const partners = hits.filter((type) => type !== 'direct');
  if (partners.length === 1) return partners[0];
  if (partners.length === 0 && hits.includes('direct')) return 'direct';
  return undefined;
}

function readProduct(t: string): Product | undefined {
  if (/\bcodesigning\b|\bsign(ing)? (our|my|the) (software|code|apps?|applications?|executables?|drivers?)\b/.test(t)) return 'code_signing';
  if (/\b(smime|email (signing )?certificates?|client certificates?|email certs?|personal certificates?)\b/.test(t)) return 'client_cert';
  if (/\b(ssl|ssls|tls|wildcard|https|ev certificate|ov certificate|dv certificate)\b/.test(t)) return 'ssl';
  return undefined;
}

function readOrderNumber(t: string): boolean | undefined {
  const mention = /\border (number|no|#|confirmation)\b|\border numbers\b/;
  if (!mention.test(t)) return undefined;
  // "where would I find the order number??" asks about one: it says neither that the customer has it nor that they don't.
  const asks = /\b(where|how|what|which)\b[^.]{0,30}\b(find|get|locate|look|see|is|was)\b[^.]{0,20}\border (number|no|#)\b/.test(t);
  if (asks && !/\b(i|we) (have|don't have|do not have|haven't got|got|lost)\b/.test(t)) return undefined;
  if (/\b(don't|do not|dont|no longer|not|never|can't find|cannot find|lost|without|no)\b[^.]{0,30}\border (number|no|#)\b/.test(t)) {
    if (!/\b(do|still) have (the |my |our )?(original )?order (number|no|#)\b/.test(t)) return false;
  }
  if (/\border (number|no|#)\b[^.]{0,25}\b(lost|gone|missing|don't have|no longer)\b/.test(t)) return false;
  // "Will you need the order number? Because I don't have it."
  if (/\border (number|no|#)\b.{0,30}\b(i|we) (don't|do not|haven't|have not) (have|got) (it|one)\b/.test(t)) return false;
  return true;
}

function readEmailOrUsername(t: string): boolean | undefined {
  const mention = /\b(username|user id|email address|account email|the email|my email)\b/;
  const emailAddress = /[\w.+-]+@[\w-]+\.[a-z]{2,}/;
  if (!mention.test(t)) return emailAddress.test(t) ? true : undefined;
  // "where would I find the order number??" asks about one; it does not say the customer has it.
  if (/\b(where|how|what|which)\b[^.]{0,30}\b(find|get|locate|look|see|is|was)\b[^.]{0,20}\border (number|no|#)\b/.test(t)) return false;
  if (/\b(don't|do not|can't|cannot|no|not|neither|nor|forgot|forgotten|lost)\b[^.]{0,40}\b(username|email)\b/.test(t)) return false;
  if (/\b(know|have|remember|got)\b[^.]{0,30}\b(username|email)\b|\b(username|email) (is|was)\b/.test(t)) return true;
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

const PASTED_FAILS =
  /\b(doesn't work|does not work|doesnt work|not working|stopped working|won't work|invalid|rejected|not accepted|isn't accepted|is not accepted|wrong|incorrect|fails|failed|no luck|won't unlock|doesn't unlock|won't open|doesn't open|nothing|refused|denied|locked|bouncing|bounced|won't let me|doesn't let me|neither lets me)\b/;
const CERTIFICATE_FILE = /\b(codesigning|pfx|p12|pkcs ?12|keystore|token|signtool|jarsigner|export|exported)\b/;

/** What the precise rules read, each at this confidence: they fire only on explicit wording. */
export const RULE_CONFIDENCE = 0.95;

/** The rules alone (synchronous): every slot they can read from one message. */
export function readByRules(text: string): Understanding {
  const { containsSecret, redacted } = redactSecrets(text);
  const t = normalise(redacted);
  const words = t.split(' ').filter((w) => /\w/.test(w)).length;

  let role: Role | undefined;
  let delegated: boolean | undefined;
  if (affirmed(t, R.ownerDelegating)) {
    role = 'owner';
    delegated = true;
  } else if (affirmed(t, R.client)) role = 'client';
  else if (affirmed(t, R.webmaster)) role = 'webmaster';
  else if (affirmed(t, R.owner)) role = 'owner';
  if (affirmed(t, /\bi'm not (a |the )?client\b/) && /\bmanag\w* [^.]{0,30}\bfor them\b/.test(t)) role = 'webmaster';
  // Having made no login for anyone says nothing of whose certificates they are (corpus/README.md).
  if (R.notDelegated.test(t)) delegated = delegated ?? false;

  const noPartner =
    /\baltaire\b/.test(t) ||
    /\b(no partner|not (through|via) (a |any )?partner|nobody else involved|no one else involved|not through (a |any |the )?(host|reseller|partner)[^.]{0,40}\b(anyone|anybody) else)\b/.test(
      t,
    );
  const partner = affirmed(t, /\baltaire\b/) ? ('altaire' as const) : noPartner ? ('none' as const) : undefined;
  const needs = readNeeds(t);
  // A password pasted and said to fail is one the customer cannot use: the account's, or the certificate's if that is what it opens.
  // The runner reads text already masked, so the mask itself says a secret was there.
  const pasted = containsSecret || text.includes(SECRET_MASK);
  if (needs.length === 0 && pasted && PASTED_FAILS.test(t)) needs.push(CERTIFICATE_FILE.test(t) ? 'codesign_password' : 'reset_password');
  const slots: Understanding['slots'] = {
    role,
    delegated,
    customerType: readCustomerType(t),
    partner,
    product: readProduct(t),
    hasOrderNumber: readOrderNumber(t),
    hasEmailOrUsername: readEmailOrUsername(t),
    loginTrouble: needs.length === 0 && P.loginTrouble.test(t) ? true : undefined,
    ...readAccountFacts(t),
  };
  const definedSlots = Object.fromEntries(Object.entries(slots).filter(([, v]) => v !== undefined)) as Understanding['slots'];
  const smallTalk = readSmallTalk(t, words);
  const answer = readAnswer(t);
  const command = readCommand(redacted);
  const confidence = Object.fromEntries([...(needs.length > 0 ? ['need'] : []), ...Object.keys(definedSlots)].map((slot) => [slot, RULE_CONFIDENCE]));
  return {
    needs,
    slots: definedSlots,
    ...(answer ? { answer } : {}),
    ...(smallTalk ? { smallTalk } : {}),
    ...(command ? { command } : {}),
    containsSecret,
    confidence,
  };
}

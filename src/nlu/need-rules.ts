// What the customer needs, read by hand-written patterns over normalised text: per sentence or "and
// also" clause as well as whole, negation-aware, a code-signing password kept apart from the account's.
import { identifierLacking } from './identifier-lacking.js';
import { halvesLost, nameAndFilePasswordLost } from './login-halves.js';
import type { Need } from '../../machines/domain.js';
import { affirmed, someMatch } from './negation.js';
import { P, PASSWORD_KNOWN_BY_NOBODY, PASSWORD_NEVER_TOLD, WHICH_ACCOUNT_KNOWN } from './need-patterns.js';
import { PERSON_MENTIONED, PERSON_WANTED, personForLater } from './person-wanted.js';
import {
  ACCOUNT_PASSWORD_TRIED_ON_FILE,
  fileSecretHad,
  FILE_BOUND_PASSWORD,
  passwordAtLogin,
  SECRET_UNKNOWN,
  signingSaid,
  SIGNING_FILE_PASSWORD,
  TOKEN_PIN,
} from './file-secrets.js';
import { CERTIFICATES_ELSEWHERE, CERTIFICATES_MISSING, certificatesUnplaced, notYetIssued } from './certificates-whereabouts.js';
import { MISSING_SINCE_SIGNON, SIGNON_RETIRED_TOLD, SINCE_YOU_CHANGED, signOnToldAsTrouble } from './sign-on-change.js';
import { retiredLoginNotPassword } from './retired-login-password.js';
import { accountPasswordRuledOut, clearedNeeds, clearedOf, identifierGiven, oneIdentifierLost } from './cleared.js';

/** "Two problems", "both passwords", "lost both": the customer counts two things, so a second password is its own need. */
const COUNTS_TWO = /\b(two|2|three|3|both) (problems|things|issues|questions|passwords)\b|\bboth (are )?(gone|lost|forgotten)\b|\b(lost|forgot) both\b/;

/** Needs in the order they are served when a message states several (DOMAIN.md, ARCHITECTURE.md). */
export const needPriority: Need[] = ['human', 'codesign_password', 'recover_username', 'reset_password', 'find_account', 'regain_access'];

/**
 * The user name or customer number named, then said not to be had: "Is my customer number the same as
 * my login? Either way, I don't have it.", "because I have neither of them", "My customer number I don't."
 */
const IDENTIFIER_NOT_HAD =
  /\b(username|user id|login name|login id|customer number|account number|account id)\b.{0,80}?\b(i|we) ((don't|do not|haven't|have not) (have|got)( it| that| one| either| them)?|(don't|do not) (know|remember) (it|that one|them))( either)?( \.| ,|$)|\b(username|user id|login name|customer number)\b.{0,80}?\b(have|got|know) neither\b|\b(username|customer number|login name|user id)( \.)? (i don't|i do not|i don't know|i do not know|no idea|not a clue|no clue|dunno)( either)?( \.|$)/;
/** The user name or customer number looked for and not found, or gone with whoever had it: "can't find it", "has vanished from my notes", "took the login name with her". */
const IDENTIFIER = String.raw`(username|user id|login name|login id|customer number|account number|account id|account code)`;
const IDENTIFIER_GONE = new RegExp(
  [
    String.raw`\b${IDENTIFIER}\b.{0,80}?(\b(i|we|and) |(^|\. )|\. )(can't|cannot|couldn't|could not) find (it|them|one|that)\b`,
    String.raw`\b${IDENTIFIER}\b[^.]{0,40}\b(has |have |had )?(vanished|disappeared|gone missing|went missing|isn't written|is not written|wasn't written|was never written)\b`,
    String.raw`\btook (the|our|my|their) ${IDENTIFIER} with (her|him|them)\b`,
    String.raw`\b(passwords?)\b[^.]{0,40}( \.| ,) (but )?(the )?(usernames?) (didn't|did not|weren't|were not|never did)\b`,
    String.raw`\b${IDENTIFIER}\b[^.]{0,140}\b(haven't a clue|have no clue|not a clue) what\b`,
    String.raw`\b${IDENTIFIER}\b[^.]{0,10}\b(he|she|they|i|we) (didn't|did not|didnt|never) (write|wrote|note|noted|save|saved|keep|kept|pass|passed)\b`,
    // Named as what fails: "it doesn't recognize my customer number", "No account matches this customer number", "the one off an invoice … says not found".
    String.raw`\b(doesn't|does not|won't|will not|didn't|did not|can't|cannot) (recogni[sz]e|accept|find|know|take) (my|the|our|this|that) ${IDENTIFIER}\b|\bno (account|user) (matches|found for|with) (this|that|my|the) ${IDENTIFIER}\b|\b${IDENTIFIER}\b[^.]{0,60}\b(says|said|shows|returns) (it )?(not found|doesn't exist|does not exist|unknown|invalid|not recogni[sz]ed)\b`,
    // "what username am I meant to sign in with?", "Am I meant to log in with a number or a name? … I haven't got it."
    String.raw`\bwhat (\w+ )?(am i|are we|do i|do we|should i|should we) (meant to |supposed to )?(signin|login) with\b|\b(login|signin) with a (number|name) or a (number|name)\b[^.]{0,10}( \.)?[^.]{0,30}\b(haven't|have not|don't have)\b`,
    String.raw`\bunknown ${IDENTIFIER}\b|\bask (here |you )?(for|about) (my|our|the) ${IDENTIFIER}\b`,
    String.raw`\b${IDENTIFIER}\b.{0,80}?\b(never (arrived|came|turned up|showed up)|nothing (ever )?(arrived|came|turned up)|still without it)\b`,
    String.raw`\b${IDENTIFIER}\b.{0,80}?\bno (idea|clue) where (it|that|they) (went|is|are|ended up|has gone)\b`,
    String.raw`\b(asks|asked|wants|wanted) (for )?(a|my|the|our) ${IDENTIFIER} and (i|we) (have|had) no (idea|clue)\b`,
    // "The sign-in box wants a customer number. I have never once seen it written down, so how do I get mine?"
    String.raw`\b(asks|asked|wants|wanted|needs|requires) (for )?(a|my|the|our|your) ${IDENTIFIER}\b.{0,100}?\b(never (once )?(seen|had|got|been given|received)|how (do|can|would) (i|we) (get|find) (mine|ours|it|one))\b`,
    // "He put the password in his handover doc but not the username that goes with it."
    String.raw`\b(put|wrote|left|gave|noted|saved|stored|kept|sent)\b[^.]{0,25}\bpassword\b[^.]{0,40}\bbut not the ${IDENTIFIER}\b`,
  ].join('|'),
);
/** "I do have the password for the pfx but not the one for signing in on your site": the login's is the one lacking. */
const LOGIN_ONE_NOT_HAD =
  /\b(have|know)\b[^.]{0,40}\b(password|passphrase|pin)\b[^.]{0,60}\bbut not the one (for|to|on|of) (the |your )?(signin|login|logging in|website|site|account|portal)\b/;
/** `pattern` matches where no "not", "isn't" or "no" stands in the three words before: "not the account password" does not name it. */
function namedUndenied(t: string, pattern: RegExp): boolean {
  return someMatch(t, pattern, (index) => {
    const before = t.slice(0, index).split(' ').filter(Boolean).slice(-3);
    return !before.some((word) => /^(not|isn't|wasn't|no|never)$/.test(word));
  });
}

/** A question putting the account's password and the certificate's side by side. */
const EITHER_PASSWORD =
  /\b(website|account|login|site)('s)?\b[^.]{0,40}\bor\b[^.]{0,30}\b(certificate|pfx|certificate's)\b|\b(certificate|pfx|certificate's)\b[^.]{0,40}\bor\b[^.]{0,30}\b(account|website|login|site)('s)?\b/;

/** What names each half of the login page, by word or by place. */
const LOGIN_HALF: Partial<Record<Need, RegExp>> = {
  reset_password:
    /\b(password|passwords|passcode|pw|the other (bit|half|part)|(whatever|what) (comes|goes|come|go) (after|with)|(second|bottom|lower) (box|field))\b/,
  recover_username:
    /\b(username|user id|userid|login name|login id|account name|customer number|customer id|(first|top|upper) (box|field)|the name|(what|the name|the thing) i login with)\b/,
};

const OTHER_HALF: Partial<Record<Need, Need>> = { reset_password: 'recover_username', recover_username: 'reset_password' };

/**
 * "The password's fine, it's the username", "my details are wrong but the user name is right": with
 * one half of the login ruled out, the other half named is the need, and so is the password when the
 * login is said to fail.
 */
export function otherHalfOfLogin(t: string, cleared: Need[]): Need | undefined {
  const halves = cleared.filter((need) => OTHER_HALF[need] !== undefined);
  const other = halves.length === 1 ? OTHER_HALF[halves[0]!] : undefined;
  // "only ever told me the password", "a card with only a password on it": the other half is what is missing.
  // A login that fails with the user name right is the password; with the password right it may be the
  // name or the retired sign-on ("It's not the password, it just doesn't let me in"), so the bot asks.
  const failsWithNameRight = other === 'reset_password' && P.loginTrouble.test(t);
  return other && (LOGIN_HALF[other]!.test(t) || failsWithNameRight || /\b(only|never|just not)\b/.test(t)) ? other : undefined;
}

/** The sentences and "and also" clauses of a normalised message, each of which may state a need of its own. */
const clausesOf = (t: string): string[] =>
  t
    .split(
      / (?:\.|;) | (?:, )?and (?:i |we |he |she |they )?(?:also|too) | (?:, )?and on top of that (?:, )?| , (?:but )?also | plus | (?:, )?but (?=first\b|before (?:that|this)\b|more urgent)| and the one | and (?=[^.,]* as well\b)| , (?:and|und|et|y|e|en) (?=(?:the|my|our|i|we|i've|i'm|we've|we're|die|der|das|den|le|la|les|mon|ma|el|mi|o|a|meu|minha|de|het|mijn) )/,
    )
    .filter((clause) => clause.trim() !== '');

/**
 * The needs of the whole message, and of each sentence or "and also" clause on its own: a phrase in
 * one clause ("the password for my account") must not block a need stated in another ("and also the
 * code signing certificate asks for a password when I export it").
 */
export function readNeeds(t: string): Need[] {
  // "Can't recall the customer number or the password", "ni de mon identifiant ni de mon mot de passe": both halves, lost together.
  const halves = halvesLost(t);
  if (halves && !clearedNeeds(t).some((need) => need === 'reset_password' || need === 'recover_username')) {
    const rest: Need[] = readNeedsOf(t).filter((need) => need !== 'reset_password' && need !== 'recover_username');
    return needPriority.filter((need) => halves.includes(need) || rest.includes(need));
  }
  // ", and the…" in the languages customers mix in too: ", und die PIN…", ", et le mot de passe…".
  const clauses = clausesOf(t);
  if (clauses.length < 2) return readNeedsOf(t);
  const whole = readNeedsOf(t);
  const found = new Set(whole);
  for (const clause of clauses)
    for (const need of readNeedsOf(clause, t)) {
      // In a message about the certificate's password, a clause's bare "password = lost" is that password, not the account's.
      // Unless the customer counts two things: "two problems, password is forgotten and also windows asks…".
      // A token's PIN elsewhere leaves this clause's password the account's: "my password is refused, and I don't know the token PIN".
      const passwordElsewhere = /\b(password|passwords|passphrase)\b/.test(t.replace(clause, ' '));
      const fileOnly =
        need === 'reset_password' && whole.includes('codesign_password') && !whole.includes('reset_password') && !COUNTS_TWO.test(t) && passwordElsewhere;
      // "Customer no. is K-0092817.": a clause naming the number, whose value the next one gives.
      const identifierTyped = need === 'recover_username' && identifierGiven(t);
      if ((!fileOnly || P.accountPassword.test(clause) || P.resetNoun.test(clause)) && !identifierTyped) found.add(need);
    }
  // "Our account password doesn't open it" (the pfx): the account's password was only tried on the file.
  if (found.has('codesign_password') && ACCOUNT_PASSWORD_TRIED_ON_FILE.test(t) && !COUNTS_TWO.test(t)) found.delete('reset_password');
  return needPriority.filter((need) => found.has(need));
}

/** The needs of `t`, a whole message or one clause of `whole` (whose code signing context a clause keeps). */
function readNeedsOf(t: string, whole = t): Need[] {
  const found = new Set<Need>();
  const mentionsPassword = P.password.test(t) && !clearedOf(t, '(password|passwords)') && !accountPasswordRuledOut(t);
  // "Do I need someone from support for this, or can you handle it?" asks whether; it does not ask for one.
  const asksWhetherHuman =
    /\b(do i|does (that|this|it)|would i|will i) need (an? |to (email|call|phone|ring) )?(agent|someone|somebody|person|human|support)\b[^.]*\bor\b|\bor (do|would|will) i need (to (email|call|phone|ring) )?(someone|somebody|an agent|a person|a human)\b|\bor (does|would|will) (that|this) (need|require|have to go through) (an? )?(agent|someone|somebody|person|human|support)\b/.test(
      t,
    );
  // A person only spoken of ("one of your people told me to reset it myself") or for another time ("is the chat open at weekends?") is not wanted.
  const personSaid = t.replace(PERSON_MENTIONED, ' ');
  if ((affirmed(personSaid, P.human) || PERSON_WANTED.test(personSaid)) && !asksWhetherHuman && !personForLater(whole)) {
    found.add('human');
    // "Can a human call me about my password?": the person is wanted for that need.
    if (
      /\b(about|with|regarding) (my|the|our) (account |login )?password\b(?! (for|of|on) (the|our|my) (\w+ )?(codesigning|pfx|p12|token|certificate|key)\b)/.test(
        t,
      )
    )
      found.add('reset_password');
    if (/\b(about|with|regarding|look up|find) (my|the|our) (username|user name|login name|customer number)\b/.test(t)) found.add('recover_username');
  }
  const codesignMention = /\bcodesigning\b/.test(t);
  // Signing code with a file or token that asks for its password or PIN: the certificate's, not the account's.
  const signing = signingSaid(whole);
  // "the pfx password is … and it works": noted, not lost.
  const fileFine =
    /\b(pin|pfx|p12|token|keystore|certificate file)\b[^.]{0,12}\b(works|opens|is fine|is ok)\b|\b(pin|pfx|p12|token|keystore|certificate file)\b[^.,]{0,40}\band (it )?(works|opens|is fine)\b/.test(
      t,
    ) || fileSecretHad(whole);
  // A password on the file itself, or a token's PIN, is the certificate's even with no signing word ("forgot the password on the pfx").
  const fileContext = signing || FILE_BOUND_PASSWORD.test(t) || TOKEN_PIN.test(t);
  const filePassword = fileContext && !fileFine && (affirmed(t, SIGNING_FILE_PASSWORD) || SECRET_UNKNOWN.test(t));
  // The account's password named as the one that is fine ("the account password I have already") leaves the certificate's.
  const accountPasswordNamed = namedUndenied(t, P.accountPassword);
  const accountPasswordCleared = accountPasswordNamed && clearedNeeds(t).includes('reset_password');
  if (
    // The file's or token's secret said to be had ("I do have the token and its PIN") leaves the account's.
    !fileFine &&
    (mentionsPassword || filePassword || accountPasswordCleared) &&
    (!accountPasswordNamed || accountPasswordCleared || COUNTS_TWO.test(t) || ACCOUNT_PASSWORD_TRIED_ON_FILE.test(whole)) &&
    ((affirmed(t, P.codesignPassword) && !passwordAtLogin(t)) ||
      filePassword ||
      (codesignMention && !passwordAtLogin(t) && affirmed(t, /\b(its|the certificate's|certificate) password\b|\bchange\b[^.]{0,20}\bpassword\b/)))
  )
    found.add('codesign_password');
  // Saying one does not know one's user name is the need itself, so this reads past negation.
  // "Which of my customer numbers has the certificate?", "Which one has our SSL?", "they show up in neither" ask
  // where the certificate is, not for a lost number.
  const whichHolds =
    /\bwhich ((one )?(of )?(my |our |the )?(customer numbers?|accounts?|logins?|usernames?|them)|one|ones)\b[^.]{0,20}\b(has|have|holds?|contains?|owns?|is|are)\b[^.]{0,30}\b(certificate|certificates|ssl|smime|codesigning|wildcard)\b|\b(show|shows|showing|turn|turns) up in neither\b|\bin neither (my )?(account|login)\b/.test(
      t,
    );
  if (whichHolds) found.add('find_account');
  const outsideWhich = t.replace(
    /(?<!\b(remember|recall|know|forgot|forgotten|sure) )\bwhich (one )?(of )?(my |our |the )?(customer numbers?|usernames?)\b/g,
    ' ',
  );
  if (
    (P.username.test(outsideWhich) || IDENTIFIER_NOT_HAD.test(t) || IDENTIFIER_GONE.test(t) || identifierLacking(outsideWhich)) &&
    ((!clearedOf(t, '(username|customer number)') && !identifierGiven(t)) || oneIdentifierLost(t))
  )
    found.add('recover_username');
  // "Is it the website's password or the certificate's?" asks which; it states neither.
  const whichPassword = /\bpassword\b/.test(t) && EITHER_PASSWORD.test(t) && !/\b(need|mean|want) the (account|website|certificate)('s)? ?(one)?\b/.test(t);
  if (whichPassword) found.delete('codesign_password');
  const onFile = signing && FILE_BOUND_PASSWORD.test(t) && !P.accountPassword.test(t);
  if (mentionsPassword && !whichPassword && !onFile && (affirmed(t, P.resetVerb) || P.accountPassword.test(t)) && !found.has('codesign_password')) {
    if (affirmed(t, /\b(password|passwords)\b/)) found.add('reset_password');
  }
  if (affirmed(t, P.resetNoun) || P.resetMailFailed.test(t) || P.notNameButPassword.test(t)) found.add('reset_password');
  // "Neither of us knows that login's password": nobody has it, which is the need.
  // "the password is mango123 or mango1234", "my login is jsmith or j.smith": unsure of the value, which is the need.
  // A user name offered is had unless the customer cannot say which: "I think the login is pkumar77 or pkumar_77".
  if (P.usernameOffered.test(t) && /\b(remember|recall|know|sure|tell)\b[^.]{0,6}\bwhich( one| it is)?\b/.test(t)) found.add('recover_username');
  if (P.passwordOffered.test(t) && !found.has('codesign_password')) found.add('reset_password');
  if ((PASSWORD_KNOWN_BY_NOBODY.test(t) || PASSWORD_NEVER_TOLD.test(t) || LOGIN_ONE_NOT_HAD.test(t)) && !found.has('codesign_password'))
    found.add('reset_password');
  // "Nobody here knows the password" is the need itself, so this reads past negation, as for the user name.
  if (
    !found.has('codesign_password') &&
    !whichPassword &&
    !onFile &&
    (/\b(don't|do not|doesn't|does not|no one|nobody|none of us|never|no longer|can't|cannot|couldn't)\b[^.]{0,15}\b(know|knows|knew|remember|remembers|have|has|had)\b[^.]{0,12}\b(the|my|our|a|its) (account |login |admin )?password\b|\bthe (account |login )?password (that |which )?(i|we) (just )?(don't|do not|can't|cannot|no longer) (know|remember|recall)\b/.test(
      t,
    ) ||
      (SECRET_UNKNOWN.test(t) && /\bpassword\b/.test(t))) &&
    !clearedOf(t, '(password|passwords)')
  )
    found.add('reset_password');
  // "I have no idea which account" asks which account: not knowing is the need, so no negation here.
  const asksWhichAccount =
    P.whichAccount.test(t.replace(WHICH_ACCOUNT_KNOWN, ' ')) ||
    /\b(don't know|no idea|not sure|unsure) which( ones?)?\b/.test(t) ||
    /\btrack (them|it|those)( all)? down\b/.test(t);
  // "First I need to know which account they're in, and after that, I've also lost our customer number": a number lost in another clause.
  const accountNotNumber = (part: string) => /\baccounts?\b/.test(part) && !/\b(customer number|username|account number)\b/.test(part);
  if (asksWhichAccount && [t, ...t.split(/ [.,;] /).filter((c) => /\bwhich (customer )?accounts?\b/.test(c))].some(accountNotNumber)) found.add('find_account');
  // "My login works, but the certificate isn't in there", "my dashboard is empty but the site uses
  // your certificate": the customer is in, and the certificate is on some other account.
  const certificateAbsent =
    /\b(isn't|is not|not|aren't|are not|weren't|doesn't show|don't see|can't see|can't find|cannot find|zero|no(?! (problem|problems|issue|issues|trouble|worries)\b)) [^.]{0,20}\b(in there|in it|there|in my account|in the account|under my account|on my dashboard|certificates?)\b|\b(dashboard|account|portal) (is |looks |shows )?(empty|blank)\b|\bwhere (are|is) the (other|rest|missing)\b|\b(only|just) (see|shows?|lists?) (one|two|three|1|2|3)\b/;
  const isIn =
    /\b(login works|log in fine|login fine|logged in|get into every|can get in|another account|other account|which one|where|works|i login and|i can login|when i login|my dashboard)\b/;
  if (P.certificate.test(t) && certificateAbsent.test(t) && isIn.test(t) && !saysLoginTrouble(t) && !notYetIssued(t)) found.add('find_account');
  // "WHERE ARE MY CERTIFICATES", "my own certificate is nowhere", "the cert isn't listed under my login".
  if (CERTIFICATES_MISSING.test(t) && !saysLoginTrouble(t)) found.add('find_account');
  if (CERTIFICATES_ELSEWHERE.test(t) || (certificatesUnplaced(t) && !saysLoginTrouble(t))) found.add('find_account');
  // "not because of the sign-on change" rules the sign-on out.
  // Told with no trouble and nothing asked of it ("our host mentioned the sign-on change in their newsletter, so heads up"), at length, it is context.
  const toldAsTrouble = signOnToldAsTrouble(t);
  const isoMention = affirmed(t, P.iso) && toldAsTrouble;
  // Any mention of the independent sign-on is about its retirement, the one topic it has here.
  // "The certificate login was retired", "those logins are going away": the sign-on without its name.
  const certificateLoginGone = (affirmed(t, P.certificateLogin) || affirmed(t, P.helperMadeLogin)) && P.certificateLoginGone.test(t) && !mentionsPassword;
  // A sign-on said to be gone is a need of its own beside "which account" ("where are my certs, now that the separate login is gone").
  // "since you updated the system I cant get to my certs": the change said without its name, the certificates out of reach.
  const certificatesLostToChange = SINCE_YOU_CHANGED.test(t) && !mentionsPassword && !found.has('recover_username');
  if (isoMention || certificateLoginGone || SIGNON_RETIRED_TOLD.test(t) || certificatesLostToChange || retiredLoginNotPassword(t)) found.add('regain_access');
  // "since the ISO login was retired the certs are not visible to me": certificates missing because the
  // sign-on went are the sign-on's need, unless "which account" is asked in so many words.
  if ((isoMention || certificateLoginGone) && MISSING_SINCE_SIGNON.test(t) && !P.whichAccount.test(t)) found.delete('find_account');
  else if (P.certificate.test(t) && P.manageNow.test(t) && /\bnow\b/.test(t) && !found.has('find_account')) found.add('regain_access');
  return needPriority.filter((need) => found.has(need));
}

/** Only the account's password named ("the certificate is fine, it's the password I use to log in"): the models' code-signing need is ruled out. */
export const onlyTheAccountPassword = (t: string, needs: Need[]): boolean =>
  needs.includes('reset_password') &&
  !needs.includes('codesign_password') &&
  namedUndenied(t, P.accountPassword) &&
  !COUNTS_TWO.test(t) &&
  !/\b(pfx|p12|pkcs ?12|keystore|jks|token|pin|passphrase|export|exported|file|certificate's|both)\b/.test(t);

/** Only a file's or token's password wanted ("the pfx password is lost", "our account password doesn't open it"): the models' account one is ruled out. */
export const onlyTheFilePassword = (t: string, needs: Need[]): boolean =>
  needs.includes('codesign_password') &&
  !COUNTS_TWO.test(t) &&
  (ACCOUNT_PASSWORD_TRIED_ON_FILE.test(t) || (!needs.includes('reset_password') && onlyFileWords(t)));
const onlyFileWords = (t: string): boolean =>
  !/\b(password|passwords)\b/.test(
    t.replace(/\b(pfx|p12|pkcs ?12|keystore|jks|token|key file|private key|signing key|certificate's|export|file) (password|passwords)\b/g, ' '),
  ) &&
  (!/\b(account|login|signin|website|portal|site|username|both)\b/.test(t) || nameAndFilePasswordLost(t));

/** Trouble logging in said without what is wrong ("I can't get in"): the bot asks which it is. */
export const saysLoginTrouble = (t: string): boolean => P.loginTrouble.test(t);

const PASTED_FAILS =
  /\b(is refuse|is reject|doesn't work|does not work|doesnt work|not working|stopped working|won't work|invalid|rejected|not accepted|isn't accepted|is not accepted|wrong|incorrect|fails|failed|no luck|won't unlock|doesn't unlock|no longer|won't open|doesn't open|nothing|refused|refuses|refusing|denied|locked|bouncing|bounced|won't let me|doesn't let me|neither lets me|won't take|doesn't take|will not take|does not take|won't accept|doesn't accept|keeps rejecting|rejecting|doesn't get me in|won't get me in|none of (them|those|these)|neither of (them|those|these)|ninguna|ninguno|deja entrar|geweigerd)\b/;
const CERTIFICATE_FILE =
  /\b(codesigning|pfx|p12|pkcs ?12|keystore|token|signtool|jarsigner|export|exported|signing (file|key|certificate|cert)|certificate file|key file)\b/;

/** A password pasted and said to fail is one the customer cannot use: the account's, or the certificate's if that is what it opens. */
export const pastedSecretNeed = (t: string): Need | undefined =>
  PASTED_FAILS.test(t) ? (CERTIFICATE_FILE.test(t) && !ACCOUNT_LOGIN_NAMED.test(t) ? 'codesign_password' : 'reset_password') : undefined;
/** "Login for the account that holds our EV signing cert: …": the pasted pair is the account's, whatever the account holds. */
const ACCOUNT_LOGIN_NAMED =
  /\b(login|signin) (details )?(for|to|of|on) (the|my|our|your) (account|site|website|portal|web)\b|\baccount (login|signin)\b|\bcodesigning account\b|\blocked out of (the|my|our) (\w+ )?account\b/;

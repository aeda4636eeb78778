// A password or user name said to fail since the sign-on change is the retired sign-on's: "my iso
// username was Tr4vis_88x, it says unknown user since the change", "its password Marigold_88 stopped
// working after the ISO change". Unless another login is named beside it ("…and I forgot the password
// for the main account"), the need is regaining access, not a reset of the account's login.
import type { Need } from '../../machines/domain.js';
import { affirmed } from './negation.js';
import { P } from './need-patterns.js';

const SINCE_CHANGE =
  /\b(since|after) (the|your|this|that) (iso |signon |certificate |cert )?(change|changes|changeover|cutover|switch|switchover|retirement|migration)\b|\b(since|after) (the|your|this|that) (email|message|letter|notice|announcement|update) (about|on|regarding) (the )?(\w+ )?(change|changes|changeover|switch|retirement|migration)\b|\b(since|after) you (changed|switched|retired|replaced|moved|updated|killed|dropped|removed|ended|axed|scrapped|discontinued|shut down|got rid of) (the|your) (old |independent )?(signin|login|signon|iso)\b|\b(since|after) you (switched|turned|shut) off (the )?(old )?(iso|signon|independent signon|old login)\b|\b(says|saying|shows|showing) (the |my |that )?(account|login|signon) (is |was |has been )?retired\b/;
const FAILS =
  /\b(doesn't|does not|didn't|won't|isn't|not|no longer|stopped|refused|refuses|refusing|rejected|rejects|unknown|invalid|wrong|incorrect|fails|failed|failing|dead|died|retired)\b/;
const LOGIN_HALF = /\b(password|username|user|login name|customer number)\b/;
/** A second login or a second trouble told beside it: the account's own need stands. */
const ANOTHER_TOO =
  /\b(main|new|real|normal|regular|other|proper|usual) (account|login)\b|\b(forgot|forgotten|forget|don't know|do not know|no idea|lost|can't remember|cannot remember|also|too|as well|separately|both|on top of that|in addition|additionally|besides|plus)\b|\+/;
const LOGIN_NEEDS: readonly Need[] = ['reset_password', 'recover_username'];

/** The customer's own account named as a login of its own, said affirmatively ("my customer account password is wrong too"). */
const OWN_ACCOUNT = /\b(main|new|real|normal|regular|other|proper|usual|customer) (account|login)\b|\baccount password\b/;
/** The password or user name said to be the retired or certificate-only login's own. */
const SIGNON_HALF =
  /\b(password|username|login name) (for|of|on) (the|my|our) (old |separate |independent )?(iso|signon|cert login|certificate login|certificate-only login|cert-only login|certificates-only login)\b|\b(iso|signon|separate|certificate-only|cert-only|certificates-only|independent) (login|signin|signon)\b[^.]{0,60}\b(rejected|refused|invalid password|wrong password|incorrect password|says wrong password|no longer exists|doesn't exist)\b|\b(iso|signon|independent signon|certificate-only login|cert-only login|separate login)('s)? (password|username|login name)\b|\b(old |separate )?(login|account) (that |which )?(\w+ ){0,2}(made|set up|created) (for )?(me|us)?\b[^.]{0,20}\b(no longer exists|doesn't exist|does not exist|was retired|has been retired|is gone|was switched off|has been switched off|was deactivated|has been deactivated)\b|\bthe password (that's|that is|which is) failing belongs to the (old )?(iso|independent signon|signon|certificate-only login|separate login)\b|\b(certificate-only|cert-only|separate|iso|independent) (login|signin|signon)\b[^.]{0,60}\b(claims|says|tells me) (the|my) password is (wrong|incorrect|invalid)\b/;
/** The customer told as having moved on from the sign-on to their own account. */
const MOVED_ON =
  /\b(moved|pulled|migrated|switched|changed|brought|went) (\w+ ){0,3}(across|over|to|into|onto) (the |our |my |a )?(new |main |normal |regular |proper )?(customer )?account\b|\b(iso|signon) days are over\b|\b(i've|i have|we've|we have|i|we) (been )?(used|using|use|logged in with|log in with|log in as \S+ with|login as \S+ with|login with) (my|our|the) (normal |new |regular |ordinary |usual |main )?customer account\b|\bthat part went fine\b|\b(i'm|we're|i am|we are) fine with that\b/;
/** A second trouble added in so many words. */
const ADDED = /\b(also|too|as well|separately|both|on top of that|in addition|additionally|besides|plus)\b|\+/;

/**
 * `needs` with a login half that fails since the change read as the retired sign-on, and with the
 * sign-on read beside a password or user name said to be its own ("Tried my ISO password three times",
 * "the certificate-only login … claims the password is wrong") when no other login is named, nor a
 * second trouble added.
 */
export function signOnFailing(t: string, needs: readonly Need[]): Need[] {
  // "my ISO days are over, fine. but the customer account won't take …": the sign-on is only the story.
  if (affirmed(t, OWN_ACCOUNT) && MOVED_ON.test(t)) return needs.filter((need) => need !== 'regain_access');
  if (!needs.some((need) => LOGIN_NEEDS.includes(need))) return [...needs];
  if (needs.includes('regain_access') && SIGNON_HALF.test(t) && !affirmed(t, OWN_ACCOUNT) && !ADDED.test(t))
    return needs.filter((need) => !LOGIN_NEEDS.includes(need));
  if (ANOTHER_TOO.test(t)) return [...needs];
  // The half may be named in the sentence before: "made me a username and password … . Since your email about the changes it will not accept them".
  const sentences = t.split(' . ');
  const failing = sentences.some(
    (sentence, i) =>
      SINCE_CHANGE.test(sentence) &&
      FAILS.test(sentence) &&
      (LOGIN_HALF.test(sentence) || (/\b(it|them|they)\b/.test(sentence) && LOGIN_HALF.test(`${sentences[i - 2] ?? ''} ${sentences[i - 1] ?? ''}`))),
  );
  const signOnsOwn = affirmed(t, P.iso) && /\b(iso|signon) (username|password|login name|user)\b|\bits password\b/.test(t) && FAILS.test(t);
  if (!failing && !signOnsOwn) return [...needs];
  return [...needs.filter((need) => !LOGIN_NEEDS.includes(need)), ...(needs.includes('regain_access') ? [] : (['regain_access'] as const))];
}

/**
 * The retirement told as the customer met it, without its name: "our kind of login is not supported
 * anymore and we must use a customer account".
 */
export const SIGNON_RETIRED_TOLD =
  /\b(please )?(signin|login) with (a|your|the) customer account\b|\b(telling|tells|told|asks|asking) (me|us) to use (a|the|your) customer account\b|\blogin type (is |was |has been )?(deactivated|retired|discontinued|not supported|no longer supported)\b|\b(kind|type|sort) of (login|signin|account|access)\b[^.]{0,30}\b(not supported|no longer supported|discontinued|retired|no longer available|not available)\b|\b(must|have to|need to) (now )?use (a|the) customer account\b(?! (number|no|id)\b)/;

const YOU_CHANGED = String.raw`\b(since|after|ever since|because|when) (you|you guys|you people|your company|your side) (updated|changed|upgraded|switched|replaced|redid|redesigned|migrated|moved|reworked|revamped)\b( (the|your|everything|things|over|something|stuff|it|systems?|logins?|website|site|portal|platform)){0,3}`;
const OUT_OF_REACH = String.raw`\b(can't|cannot|cant|couldn't|can not|no longer|not able to|unable to|won't let me)\b[^.]{0,20}\b(get to|get at|reach|see|access|manage|login|get in|get into|find)\b[^.]{0,25}\b(certs?|certificates?|ssl|account|portal|them)\b`;
/** The sign-on's retirement said as a change the CA made, the certificates out of reach since, in either order. */
export const SINCE_YOU_CHANGED = new RegExp(String.raw`${YOU_CHANGED}[^.]{0,40}${OUT_OF_REACH}|${OUT_OF_REACH}[^.]{0,40}${YOU_CHANGED}`);

/** A mention of the sign-on this short is an answer or a topic named ("the old ISO login"): the need itself. */
const SHORT_MENTION = 8;
/** What makes a mention of the sign-on a need: something fails, is lost or out of reach, or is asked for, or the sign-on is one's own. */
const SIGNON_TROUBLE = new RegExp(
  [
    // Something of the customer's fails or is out of reach…
    String.raw`\b(can't|cannot|couldn't|can not|unable|won't|wont|doesn't|does not|didn't|did not|isn't|is not|not working|no longer|stopped|dead|died|gone|lost|locked|blocked|rejected|refused|refuses|fails?|failed|failing|error|broken|kicked|stuck|expired|disabled|deactivated|invalid|loops?|redirects?|keeps|nothing|anymore|any more|no way (in|into|back)|cut off|vanished|disappeared|missing|empty|until|spins|drops|hangs|times out|timed out|freezes|bounces|(got|get|gets|was|were) (shut|turned|switched) off|stop|stopped|since your|after your|hasn't worked|has not worked|lost access|killed|discontinued|phased out|not valid|happened to|binned|scrapped|axed|nuked|went away|ended|quit|unusable|can't use|cannot use|kaput|don't work|dont work|no more|(doesn't|don't|does not|do not) exist|(you|you've|you have) (now )?(switched|turned|shut|closed|removed|deleted|killed|scrapped|retired))\b`,
    // …something is asked for…
    String.raw`\b(need|needs|needed|help|please|pls|can you|could you|what now|what (do|should|can) (i|we)|how (do|can|should|would|will) (i|we|he|she|they)|where (do|can|should) (i|we)|get (back )?in|back in|access|reach)\b`,
    // …or the customer's own login is said retired, or asked about: "you retired my ISO account", "is that going away as well?".
    String.raw`\b(retired|removed|closed|deleted|switched off|turned off) (my|our|his|her|their)\b|\b(my|our|his|her|their)\b[^.]{0,30}\b(retired|removed|closed|deleted|switched off|turned off|shut down)\b`,
    String.raw`\b(going away|go away|goes away|affected|will (it|they|he|she|that|this|i|we)|still (work|works|working|valid|use|manage|login|get|access)|how to|where (is|are|do|can))\b|\b(i|we) (used|use|had|have|was using)\b[^.]{0,30}\b(retired|switched off|turned off|shut down|removed|gone)\b`,
    // …or the sign-on is the customer's own: "our old ISO login", "I had an independent sign-on my webmaster made".
    String.raw`\b(my|our)\b[^.]{0,20}\b(iso|signon|independent|separate)\b|\b(i|we) (have|had|use|used|was using|were using|still have)\b[^.]{0,25}\b(iso|signon|independent|separate)\b`,
  ].join('|'),
);

/** The sign-on named as trouble or as one's own, or in so few words that it is the topic: then it is the need, not context. */
export const signOnToldAsTrouble = (t: string): boolean => t.split(' ').length <= SHORT_MENTION || SIGNON_TROUBLE.test(t);

/** Certificates missing, told as a consequence of the sign-on's going: "since the ISO login was retired the certs are not visible". */
export const MISSING_SINCE_SIGNON =
  /\b(since|after|now that|because|when)\b[^.]{0,40}\b(iso|signon|login)\b[^.]{0,30}\b(retired|gone|removed|closed|switched off|went|died)\b[^.]{0,40}\b(certificates?|certs?)\b[^.]{0,20}\b(not|aren't|isn't|can't|cannot|nowhere|missing|gone)\b|\b(certificates?|certs?)\b[^.]{0,30}\b(not|aren't|isn't|can't|cannot|nowhere|missing|gone)\b[^.]{0,30}\b(since|after|now that|because)\b[^.]{0,30}\b(iso|signon|login)\b|\b(since|after|now that|because|when)\b[^.]{0,40}\b(iso|signon|login)\b[^.]{0,30}\b(retirement|retired|shutdown|went|gone|change|switch)\b[^.]{0,30}\b(can't|cannot|can not|don't|do not|no longer) (see|find|get to|reach|access|view)\b[^.]{0,15}\b(certificates?|certs?)\b/;

// Certificates the customer cannot place: missing from the account they are in, said to be somewhere
// else, or asked where they live. Each is `find_account` (which customer account holds them), read
// per sentence so the certificate, its absence and the place are told together.

/** "WHERE ARE MY CERTIFICATES", "my own certificate is nowhere", "the cert isn't listed under my login". */
export const CERTIFICATES_MISSING =
  /\b(certs?|certificates?) (list|page|overview|tab|section) (in|on) (my|our|the) (portal|account|dashboard)\b[^.]{0,20}\b(is|are|looks|shows|stays) (completely |totally |just |now |still )?(blank|empty)\b|\baccount (does not|doesn't|did not|didn't) (hold|have|contain|show|list) any (orders|certificates|certs)\b(?![^.]*\b(yet|just signed up|only just|haven't ordered|have not ordered|new account|how do (we|i) order)\b)|\b(can't|cannot|don't|do not) see (my|our|the|any of (my|our|the)) (certificates?|certs?)\b[^.]{0,20}\b(in|under|on) (my|our|the|mijn) (\w+ )?(account|dashboard|login)\b|\bwhere (are|is|did|have) (my|the|our|all my|all our|all the) (own )?(certificates?|certs?|ssls?)\b(?![^.]{0,25}\b(file|files|stored|installed|saved|server|folder|key|keys)\b)|\b(certificates?|certs?) (is|are) nowhere\b|\b(certificates?|certs?) (isn't|is not|aren't|are not|not) (listed|showing|shown|visible|appearing)\b|\b(certificates?|certs?|ssl|it|they)('s)? (doesn't|does not|don't|do not|won't) (show|appear|show up|turn up) (in|under|on) (any of )?(my|our) (\w+ )?(logins?|accounts?|dashboards?)\b|\bnone of (the |my |our |their )?(\w+ )?(certificates?|certs?)( [^.]{0,20})? (appear|appears|show|shows|show up|are listed|are there)\b/;

/** "our certs might be in a different account", "not sure this is even the right account". */
export const CERTIFICATES_ELSEWHERE =
  /\b(page|screen|section|list|tab|part) where (the |my |our )?(certificates?|certs?) (should be|are meant to be|used to be|ought to be) (is|was|looks|shows) (completely |totally |just )?(empty|blank)\b|\b(certificates?|certs?|it|they) (might|may|could|must) be (in|under|on) (a|an|another|a different|some other|the other|his|her|their|an old|the old|(my|our) ([\w-]+ ){0,2}[\w-]+'s) (\w+ )?(account|login)\b|\b((probably|maybe|perhaps|might|must|could|may)( have)?( be| been)?|(i'm|we're|i am|we are)( probably| maybe| just)*) (just )?(looking|logged|logging|signed|signing) (in|into|at|under) (the )?wrong (account|login)\b|\b(certificates?|certs?|it|they|cert) (is|are|isn't|is not|aren't|are not) (in neither|not in any of (my|our|the) accounts|in any of (my|our) accounts)\b|\bin any of (my|our) accounts\b|\b(isn't|is not) (any|a) (number|account) (i've|i have|we've|we have) (ever )?seen\b|\bnever seen (that|this) (number|account)\b|\b(an |the |some )?account (i|we) (can't|cannot|don't|do not|couldn't) (identify|place|recogni[sz]e|match)\b|\b(can't|cannot|couldn't) (place|identify|match) (the|an|that|this) account\b|\b(they|certificates|certs|it) (live|lives|are|is|sit|sits) somewhere else\b|\b(missing|absent|gone) from (my|our|the) (\w+ )?(account|dashboard|login)\b|\b(can|could) (login|get in)\b[^.]{0,20}\b(but|yet)\b[^.]{0,10}\b(dashboard|account)('s| is)? (empty|blank)\b|\b(might|could|may) (it|they) be (in|under|on) (theirs|his|hers|their account|their login|another)\b|\b(not sure|unsure|no idea|don't know|wondering)\b[^.]{0,30}\b(the )?(right|correct) account\b|\bnot the (one|account|login) (she|he|they|we|i|you) (bought|ordered|got|put|registered) (them|it|the certificates?|the certs?)( on| under| with)?\b|\bhow (would|do|can|could) (i|we) find the (right|correct) (one|account|login)\b/;

/** What a customer calls the certificate: by name, or "it"/"they" once a certificate was named. */
const CERTIFICATE = /\b(certificates?|certs?|ssls?|wildcard|smime|codesigning)\b/;
const CERTIFICATE_OR_PRONOUN = /\b(certificates?|certs?|ssls?|wildcard|smime|codesigning|it|they|them|any of it)\b/;
/** Not to be seen: "can't see", "isn't showing up", "doesn't appear", "nowhere to be found", "vanished". */
const NOT_SEEN =
  /\b(is|are) (now |still )?missing (from|in) (the account|my account|our account|this account|the portal|the dashboard)\b|\b(can't|cannot|couldn't|don't|do not|unable to|not able to) (see|find|locate|spot)\b|\b(isn't|is not|aren't|are not|wasn't|weren't|not) (showing|shown|listed|visible|appearing|there|anywhere)\b|\b(doesn't|does not|don't|do not|didn't|won't) (show|appear|turn up|come up)\b|\b(is|are|was|were) nowhere\b|\bnowhere to be (found|seen)\b|\b(vanished|disappeared)\b|\b(isn't|is not|aren't|are not) where (it|they) used to be\b|\b(says|shows|lists|reads) (0|zero|no) (certificates?|certs?)\b|\b(certificates?|certs?) (are |is )?(just |simply |all )?missing\b|\b(i'm|i am|we're|we are) missing (the |my |our )?(certificates?|certs?)\b|\b(isn't|is not|aren't|are not|arent) in (it|there)\b|\b(page|list|tab|section|dashboard|overview) (is|looks) (just |completely |totally )?(blank|empty)\b|\b(didn't|did not|haven't|have not|never) (come|came|carry|carried|move|moved|migrate|migrated|transfer|transferred) (across|over|through)\b/;
/** "the certs just vanished", "our certificates have disappeared": gone, told of the certificates themselves. */
const GONE_OF_THEMSELVES =
  /\b(certificates?|certs?|ssls?|they) (have |has |just |simply |all )*(vanished|disappeared)\b|\b(can't|cannot) find (my|our|the|all (my|our|the)) (certificates?|certs?|ssls?)\b|\b(certificates?|certs?) (\w+ )?(doesn't|don't|no longer) (show|appear)\b/;
/** "about the missing S/MIME certificates", "mine seems to have lost all the certificates": missing, and gone of themselves. */
const LOST_OR_MISSING =
  /\b(the|my|our|all the|all my|all our) missing (smime |ssl |codesigning |wildcard )?(certificates|certs)\b(?! (warning|error|message|chain|prompt)s?\b)|\b(account|it|mine|portal|dashboard|login)( \w+){0,3} lost (all )?(the|my|our) (certificates|certs)\b/;
/** …in an account, a login, a dashboard, or any of several. */
const ACCOUNT_PLACE = /\b(account|accounts|login|logins|dashboard|portal|in there|in it|none of them|any of them|either of them|neither)\b/;
/** "isn't there yet": not issued yet, which no account holds (but "I'm in, yet the certs aren't showing"). */
const NOT_YET = /\b(there|in there|in it|showing|shown|listed|visible|issued|ready|in (my|the|our) account) yet\b/;
/** Not issued yet, and never seen there before ("they were there last week" is vanished). */
export const notYetIssued = (t: string): boolean => NOT_YET.test(t) && !/\b(were|was) (there|in it|in there|listed|showing)\b/.test(t);
/** Being in the account, told in another sentence: "I'm in. The cert just isn't there.", "login works fine". */
const LOGGED_IN =
  /\b(i'm|i am|we're|we are) in( fine| now)?( \.| ,| -| and\b| but\b|$)|\b(logged in fine|login works( fine)?|login is fine|signed in fine|i can login( fine)?|got in fine)\b|\b(password|username|login|customer number) (works|is fine|is ok|fine|ok|okay)\b|\b(i|we) (enter|get in|log in|login)( fine| normally| ok| without (a )?problems?)\b|\b(i'm|i am|we're|we are) logged in\b|\b(it's|its|it is) not the (login|password|username|signon)\b|\b(password|username|login) (is )?not the (problem|issue)\b/;
/** …where a certificate missing is the site's, the browser's or the server's: an install, not an account. */
const INSTALLED_PLACE = /\b(keychain|chain|site|website|browser|server|load balancer|checkout)\b/;
/**
 * A certificate's file, key or server install, or a password or number not found, is another matter:
 * no account question.
 */
const FILE_PLACE = /\b(file|files|folder|server|keystore|key|keys|store|installed|install|download|downloads|e?mail(?! certificates?)|inbox)\b/;
const SECRET_OR_NUMBER = /\b(password|passwords|pin|passphrase|username|customer number|order number|invoice|receipt)\b/;

/** "where does our certificate live", "which login do our certificates sit under", "where any of it lives now", "where are they now?" (the certificates named before). */
const WHERE_IT_LIVES =
  /\baccount (lookup|look up|search)\b[^.]{0,20}\b(for|of) (my|our|the) (certificates?|certs?)\b|\bwhich (account|login|one)\b[^.?]{0,30}\b(bought|purchased|ordered|registered|placed) under\b|\b(locate|locating|find|finding|track down|identify|identifying) the (account|login) (that|which) (holds|has|contains|owns)\b|\bnone of (the |my |our )?(\w+ )?(logins|accounts)\b[^.]{0,40}\b(have|has|hold|holds|contain|contains|show|shows)\b|\b(where|which (account|login|one))\b[^.?]{0,40}\b(lives?|sits?|ended up|landed|went|is kept|is held)\b|\b(lives?|sits?) under\b|\bsomewhere in (one of )?(the |our |my )?(\w+ )?accounts?\b|\bwhere (are|did|have) (they|those|these)( all)? (now|gone|go|went|ended up)\b/;

/**
 * A sentence telling a certificate not to be seen in an account ("i can't see the ssl for x.com in
 * there anywhere", "the certificate … I cannot find it in none of them"), or asking where it lives.
 */
export function certificatesUnplaced(t: string): boolean {
  if (!CERTIFICATE.test(t)) return false;
  return t.split(/ [.;?!] /).some((sentence) => {
    if (FILE_PLACE.test(sentence) || !CERTIFICATE_OR_PRONOUN.test(sentence)) return false;
    // "my password works, my certs don't show": the clause that tells them missing names no secret, though the sentence does.
    const missing = [sentence, ...sentence.split(/ (?:[,:-]|and|but) /)].some(
      (part) => CERTIFICATE_OR_PRONOUN.test(part) && (NOT_SEEN.test(part) || LOST_OR_MISSING.test(part)) && !notYetIssued(part) && !SECRET_OR_NUMBER.test(part),
    );
    // "the certs just vanished": gone of themselves, from no file or server named, is gone from the account.
    const gone = sentence
      .split(/ [,:-] /)
      .some((part) => (GONE_OF_THEMSELVES.test(part) || LOST_OR_MISSING.test(part)) && !SECRET_OR_NUMBER.test(part) && !INSTALLED_PLACE.test(part));
    return (missing && (ACCOUNT_PLACE.test(sentence) || gone || (LOGGED_IN.test(t) && !INSTALLED_PLACE.test(sentence)))) || WHERE_IT_LIVES.test(sentence);
  });
}

// The two halves of the login named by where they sit on the page or what they are for, as customers
// who do not know the words put it: "the box under the username", "the bit underneath", "what I log in
// as", "the secret for your login". The need rules read them as the password and the user name (and a
// "handle" as the user name, "the USB stick we sign with" as the token).
import type { Need } from '../../machines/domain.js';

const PASSWORD_BY_PLACE =
  /\b(the )?(one|bit|part|thing|field|box|word|characters)( (that|which))? (shows|show|appears|appear|comes|come)( up)? as (dots|stars|asterisks|bullets|circles)\b|\bthe (hidden|masked) (one|bit|part|field|box|thing)\b|\b(the )?(box|field|bit|line|part|space|slot)( (right|just|directly))? (under|below|beneath|underneath|after) (the |my )?username( (box|field|one))?\b|\bthe (bit|box|field|line|part) (underneath|below|beneath)\b|\b(the )?secret (for|to|of) (your|my|the|our) (login|signin|account|site|website)\b|\b((the )?(thing|things|characters|letters|one|word|bit|part|stuff)( (that|which|i|you|we))?|what( (i|you|we))?|whatever( (i|you|we))?) (type|put|enter|goes|go|comes|come) (after|with|under|below|beneath) (my|the|our) (username|login name|login|user|name|email)( itself)?\b/g;
const USERNAME_BY_PLACE =
  /\bwhat (i|we) (login|signin) as\b|\b(the )?(login|signin|account) identifier\b|\bthe name on the account\b|\bthe (bit|part|thing|one|field|box|line|space) (that|which) (isn't|is not) the password\b|\bthe (upper|top|first) (one|box|field|space|line)\b(?=[^.]{0,40}\b(used to|fill|remember|know|forgot|blank|empty)\b)/g;

/** "my login name is gone AND the thing that goes with it": with the user name named, what goes with "it" is the password. */
const GOES_WITH_IT = /\b(the )?(thing|one|bit|part|word|stuff) (that|which) (goes|go|comes|come) with it\b/g;

/** `t` (normalised) with each half of the login named by its place or use called by its name. */
export const loginHalvesNamed = (t: string): string => {
  const named = t
    .replace(PASSWORD_BY_PLACE, 'the password')
    .replace(USERNAME_BY_PLACE, 'the username')
    .replace(/\b(account|login|user) handle\b/g, 'username')
    // "I've no idea what my handle on your site is"; "the USB stick we sign with" is the signing token. Read by the
    // rules only: the models' features stay those they were trained on.
    .replace(/\b(my|our|the|his|her|their|your) handle\b/g, '$1 username')
    .replace(/\busb stick(?= (we|i) sign)/g, 'token');
  if (!/\b(username|login name|user id|email|e-mail)\b/.test(named)) return named;
  // "I know the email but not the other bit, the one that shows up as dots": beside the name, the other half is the password.
  return named.replace(GOES_WITH_IT, 'the password').replace(/\bthe other (bit|half|part|thing)( , the password\b)?/g, 'the password');
};

/** "Can't recall the customer number or the password", "ni de mon identifiant ni de mon mot de passe": both halves, lost together. */
const NAME_HALF = String.raw`(username|user|user id|customer number|login name|login id|the name|first (field|box))`;
const PASSWORD_HALF = String.raw`(password(?! (on|of|for) (the |my |our )?(codesigning|pfx|p12|certificate|token))|the pass|second (field|box|one))`;
const BOTH_HALVES_LOST = new RegExp(
  String.raw`\b(forgot|forgotten|lost|don't know|do not know|dont know|can't recall|cannot recall|can't remember|cannot remember|no idea of|need both|know neither|neither|ni de)\b[^.]{0,20}?\b(${NAME_HALF}\b[^.]{0,20}?\b(or|nor|and|ni)\b[^.]{0,20}?\b${PASSWORD_HALF}|${PASSWORD_HALF}\b[^.]{0,20}?\b(or|nor|and|ni)\b[^.]{0,20}?\b${NAME_HALF})\b|\bno ${NAME_HALF}( ,)? no password\b|\b${NAME_HALF}\b[^.]{0,20}?\band\b[^.]{0,20}?\b${PASSWORD_HALF}\b[^.]{0,15}?\bboth (defeat|escape|beat|elude)\b|\b${NAME_HALF}\b[^.]{0,10}?\band\b[^.]{0,10}?\b${PASSWORD_HALF}\b[^.]{0,30}?\b(drawing|draw|drew) a blank on (each|both|either)\b|\b${NAME_HALF} \. ${PASSWORD_HALF} \. neither\b|\b${NAME_HALF}\b[^.]{0,10}?\band\b[^.]{0,10}?\b${PASSWORD_HALF}\b[^.]{0,30}?\b(are|were) both (gone|lost|forgotten)\b`,
);
/** A password half named as a file's or token's: "lost the username and the p12 password". */
const FILE_HALF = /\b(codesigning|pfx|p12|pkcs12|certificate|certificate's|cert|token|keystore|key|file|signing) password\b/;

/** The needs of both halves of the login said lost together (the nearest halves: the gaps are lazy); only the user name's when the password named is the file's. */
export function halvesLost(t: string): Need[] | undefined {
  const both = BOTH_HALVES_LOST.exec(t);
  if (both === null) return undefined;
  return FILE_HALF.test(both[0]) ? ['recover_username'] : ['reset_password', 'recover_username'];
}

/** The user name and a file's password lost together ("lost the username and the p12 password"): no login password is meant. */
export const nameAndFilePasswordLost = (t: string): boolean => halvesLost(t)?.length === 1;

/** The user name named only to place the password by: "whatever goes with the username", "the one that goes with my email". */
const NAME_AS_LANDMARK =
  /\b(what|whatever|the (one|bit|thing|part|word))( (that|which))? (goes|go|comes|belongs) (with|after|below|under|beneath|next to) (the|my|our|that) (username|user name|login name|user id|email|email address)\b/;
/** …not when the user name is said lost as well ("…and I also forgot the email", "I forgot both"). */
const NAME_LOST_TOO =
  /\bboth\b|\b(forgot|forgotten|lost|don't know|do not know|can't remember|cannot remember|no idea|not sure)\b[^.]{0,30}\b(the|my|our) (username|user name|email|login name)\b/;
export const nameOnlyALandmark = (t: string): boolean => NAME_AS_LANDMARK.test(t) && !NAME_LOST_TOO.test(t.replace(NAME_AS_LANDMARK, ' '));
/** The password read, with the user name had or named only to place it: the user name is not lost, for the models either. */
export const nameNotLost = (needs: Need[], nameHadOrPlacing: boolean): Need[] =>
  nameHadOrPlacing && needs.includes('reset_password') && !needs.includes('recover_username') ? ['recover_username'] : [];

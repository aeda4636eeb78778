// The two halves of the login named by where they sit on the page or what they are for, as customers
// who do not know the words put it: "the box under the username", "the bit underneath", "what I log in
// as", "the secret for your login". The need rules read them as the password and the user name (and a
// "handle" as the user name, "the USB stick we sign with" as the token).

const PASSWORD_BY_PLACE =
  /\b(the )?(box|field|bit|line|part|space|slot)( (right|just|directly))? (under|below|beneath|underneath|after) (the |my )?username( (box|field|one))?\b|\bthe (bit|box|field|line|part) (underneath|below|beneath)\b|\b(the )?secret (for|to|of) (your|my|the|our) (login|signin|account|site|website)\b|\b(the )?(thing|things|characters|letters|one|word|bit|part|stuff)( (that|which|i|you|we))? (type|put|enter|goes|go|comes|come) (after|with|under|below|beneath) (my|the|our) (username|login name|login|user|name|email)( itself)?\b/g;
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
  return /\b(username|login name|user id)\b/.test(named) ? named.replace(GOES_WITH_IT, 'the password') : named;
};

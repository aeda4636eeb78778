// The user name or customer number said to be lacking in words the customer picks, not the few verbs of
// forgetting: "the username's escaped me", "username we are not having", "all he left us was the
// password", "my client number, I don't have it anymore", "forgot my un". The thing and what is amiss
// with it are found in one clause, in either order; need-rules.ts reads this as `recover_username`.

/** What one signs in with besides the password, as customers name it (and "un", "usr" after "my"). */
const THING = String.raw`(username|usernames|user name|user id|userid|login name|login id|account name|acount name|customer number|client number|member number|membership number|customer id|client id|(?<=\b(my|the|ur|your|our) )(un|usr))`;
/** What is amiss with it: gone from memory, never had, or not had any more. */
const LACKING = String.raw`(escaped|escapes|slipped|gone|lost|forgot|forgotten|misplaced|not having|no longer have|don't have|do not have|dont have|never had|never got|never received|can't bring [^.,]{0,10}back|bring back to mind|can't think of|cannot think of|can't remember|cannot remember|can't recall|cannot recall|don't remember|dont remember|don't know|dont know|no idea)`;

const LACKING_AFTER = new RegExp(String.raw`\b${THING}('s| is| was)?\b[^.]{0,30}\b${LACKING}\b(?! (the |my |our )?(password|passphrase|pin)\b)`);
const LACKING_BEFORE = new RegExp(String.raw`\b${LACKING}\b[^.,]{0,20}\b(my|the|our|that|a) ${THING}\b|\bget (my|the|our) ${THING} back\b`);
/** "all he left us was the password", "shared only the password with us": the other half is what they lack. */
const ONLY_PASSWORD_LEFT =
  /\b(all (he|she|they) (left|gave|sent) (us|me) was|(left|gave|shared|sent) (us |me )?only|only (left|gave|shared|sent) (us |me )?)\b[^.]{0,15}\bpassword\b.{0,80}\b(no|not|without) (the )?(username|user name|login name)\b|\bshared only the password\b[^.]{0,60}\busername\b/;

/**
 * What to sign in with asked, or the name signed in with said to be written nowhere: "what username am I
 * meant to sign in with?", "Which handle did I sign up under?", "no username saved next to it", "the number
 * from the welcome email".
 */
const NAME_UNKNOWN =
  /\b(what|which) (\w+ )?(username|user name|handle|login name|name|number|email|e-mail) (am i|are we|do i|should i|did i|did we|was i|were we)\b[^.]{0,20}\b(signin|sign up|signed up|login|logon|register|registered)\b|\bname (she|he|they|i|we) (signin|signed in|logged in|login|registered|signed up) (with|under)\b[^.]{0,30}\b(isn't|is not|not|nowhere)\b|\bno (username|user name|login name) (saved|stored|written|noted)\b|\b(number|id) (on|from|in) the welcome (email|mail|letter)\b/;

export function identifierLacking(t: string): boolean {
  return LACKING_AFTER.test(t) || LACKING_BEFORE.test(t) || ONLY_PASSWORD_LEFT.test(t) || NAME_UNKNOWN.test(t);
}

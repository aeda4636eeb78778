// Which secret a message is about: a code signing certificate file's or token's (its password,
// passphrase or PIN), or the account's login password where the customer signs in. Read over
// normalised text (text.ts) by the need rules (need-rules.ts).

/** Code signing: the word, or a signing tool, token or file. */
export const SIGNING =
  /\b(codesigning|signtool|jarsigner|osslsigncode|authenticode|safenet|apksigner|keystore|(app|apk|android|package|nuget|firmware|driver|installer|release) signing|signing (token|certificate|cert|key|keystore|file|identity)|sign(ing)? (the|our|my|a) (installer|build|builds|app|apps|driver|drivers|release|releases|software|binaries|executable|executables|msi|jar|apk))\b/;
/** The password, passphrase or PIN of a certificate file or token. */
export const SIGNING_FILE_PASSWORD =
  /\b(pfx|p12|pkcs ?12|keystore|jks|token|certificate file|key file|private key|signing key|\.pfx|\.p12)\b[^.]{0,60}\b(password|passphrase|pin)\b|\b(password|passphrase|pin)\b[^.]{0,30}\b(pfx|p12|pkcs ?12|keystore|jks|token|certificate file|key file|export|exported file|private key|signing key)\b|\b(token|pin)\b[^.]{0,40}\b(locked|blocked|wrong|rejected|refused|forgot|forgotten|lost|gone|missing|unknown|no clue|no idea|a mystery|doesn't work|isn't working|not working|won't work|stopped working|no longer works|fails|failing|one (more )?try|last try|retries left|tries left|attempts left|lockout)\b|\bwhich pin\b|\b(token|pin)\b[^.]{0,40}\b(is |'s )?(all (i'm|i am|we're|we are) after|what (i|we) need)\b/;
/** A password said to be on a file, an export or a key, or a file that will not open with it ("the p12 won't open - wrong passphrase"): never the account's. */
export const FILE_BOUND_PASSWORD =
  /\b(pfx|p12|pkcs ?12|keystore|jks|key file|certificate file)( file)?\b[^.]{0,30}\b((won't|will not|doesn't|does not|can't|cannot|didn't) (open|import|decrypt|unlock|accept)|rejects|refuses)\b|\b(pfx|p12|pkcs ?12|keystore|jks|key file|private key)('s)? (password|passphrase)\b|\b(password|passphrase)\b[^.]{0,20}\b(doesn't|does not|won't|will not|can't|cannot|didn't) (open|import|decrypt)\b|\b(password|passphrase)\b[^.]{0,25}\b(on|for|of|protecting) (the|our|my|its|that) (exported |export |signing |[\w]+-)?(pfx|p12|export|keystore|token|certificate file|key file|file|private key|key)\b/;
/**
 * The account's password tried on the file, and failing there: "our account password doesn't open it" (the pfx), "tried the login
 * password on the p12, no luck". The file's password is what is wanted; the account's is only what was tried.
 */
export const ACCOUNT_PASSWORD_TRIED_ON_FILE =
  /\b(account|login|portal|website|site) password\b[^.]{0,20}\b(won't|will not|doesn't|does not|didn't|did not|can't|cannot|couldn't|could not) (open|unlock|import|decrypt)\b[^.]{0,15}\b(it|them|the (pfx|p12|file|certificate file|keystore|export|key file))\b|\b(tried|used|typed|entered|put in) (the|our|my) (account|login|portal|website|site) password (on|for|with|to open|to unlock|into) (the |our |my |this )?(pfx|p12|file|keystore|certificate file|export|key file)\b/;
/** Not knowing what a password or PIN is, which is the need itself and reads past its negation: "no idea what the token PIN is". */
export const SECRET_UNKNOWN =
  /\b(don't|do not|doesn't|does not|no one|nobody) (know|knows|remember|remembers) (the|our|my|its|their) (pfx|p12|pkcs ?12|token|keystore|jks|file|export|signing|certificate's) (password|passphrase|pin)\b|\b(no idea|no clue|not sure|don't know|do not know|doesn't know|does not know|can't remember|cannot remember|can't recall|cannot recall|forgot|forgotten|nobody knows|no one knows)\b (what|which) (\w+ ){0,4}(password|passphrase|pin)\b(?! (you|do you|did you|you.re|are you|is meant)\b)/;
/** A token's PIN: "token PIN", "the tokens pin", "the PIN of the token for signing". */
export const TOKEN_PIN =
  /\btoken('s)? (is |got |has been )?(locked|blocked)\b|\btokens?('s)? ?-?pin\b|\bpin (of|for|on) (the|my|our|a) (\w+ ){0,2}token\b|\btoken\b[^.]{0,25}\bpin\b/;
/** The file's or token's secret said to be had: "the pfx password is in our vault", "set the p12 password and told it to me", "we put it on the pfx and that still opens". */
export const FILE_SECRET_HAD =
  /\b(token|pfx|p12|keystore)('s)? ?(pin|password|passphrase)?('s| is) (no problem|not the problem|not the issue)\b|\bnot the one (for|of|on) the (certificate|pfx|p12|token|file|keystore)\b|\b(certificate's|pfx|p12|token|keystore|file) (password|pin|passphrase)\b[^.]{0,10}\b(is|are)\b[^.]{0,30}\b(fine|ok|okay|known|safe)\b|\b(token|pfx|p12|keystore|certificate file)\b[^.]{0,10}\b(unlocks|opens|works) fine\b|\b(i|we) (do )?have the (token|pfx|p12|keystore|certificate file) and its (pin|password|passphrase)\b|\b(pfx|p12|token|keystore) and its (password|pin|passphrase) (are|is) (fine|ok|okay|known)\b|\bnot the (pfx|p12|certificate's|certificate|token|file|keystore)( export| file)? (password|pin|passphrase)\b|\b(pfx|p12|pkcs ?12|token|keystore|jks|certificate file)\b( (password|pin|passphrase))?[^.]{0,30}\b(is in (our|my|the) (vault|password manager|safe|notes)|(told|gave) it to (me|us|everyone|everybody|the team)|still opens|opens fine)\b|\bsigning('s| is)? (still )?(works|fine|ok)\b|\b(i|we) (do |already )?(have|know) the (password|passphrase|pin) (for|of|on|to) the (pfx|p12|token|keystore|certificate file)\b[^.]{0,60}\bnot the one\b|\b(password|passphrase|pin) (for|of|on) the (pfx|p12|token|keystore|certificate file) (i|we) (have|know)\b(?![^.]{0,20}\b(doesn't|does not|won't|isn't|not|wrong|rejected|fails)\b)/;
/** Where the customer logs in, and what belongs to a certificate file rather than to the login. */
export const LOGIN_PLACE =
  /\b(to|i|we|can't|cannot|trying to|tried to|try to|go to) (login|signin|log on)\b|\b(login|signin|renewal|renew|download|reissue|order|account|billing|checkout) (page|screen|form)\b|\blog(ging)? (into|on)\b|\blogging in\b|\b(your|the) (website|site|portal|dashboard)\b|\bwebsite account\b/;
export const FILE_WORDS = /\b(pfx|p12|pkcs ?12|keystore|jks|token|export|exported|exporting|file|windows|signtool|jarsigner|pin|passphrase|import|importing)\b/;
/**
 * A password that fails where the customer logs in, in a sentence naming no file, token or export: "I go
 * to log in to download the renewed code signing cert and it tells me my password is wrong". The code
 * signing certificate is what the account holds; the password is the account's.
 */
export const passwordAtLogin = (t: string): boolean =>
  t.split(' . ').some((sentence) => /\bpassword\b/.test(sentence) && LOGIN_PLACE.test(sentence) && !FILE_WORDS.test(sentence));

/**
 * `pattern` tested on a whole message, which the need rules ask again for each of its clauses: the answer for
 * the last message is kept, or a message of thousands of short sentences was scanned once per sentence.
 */
const lastWholeTests = new Map<RegExp, { text: string; result: boolean }>();
function testedOnWhole(pattern: RegExp, whole: string): boolean {
  const last = lastWholeTests.get(pattern);
  if (last?.text === whole) return last.result;
  const result = pattern.test(whole);
  lastWholeTests.set(pattern, { text: whole, result });
  return result;
}
export const signingSaid = (whole: string): boolean => testedOnWhole(SIGNING, whole);
export const fileSecretHad = (whole: string): boolean => testedOnWhole(FILE_SECRET_HAD, whole);

/**
 * Secrets in the corpus that the detector still lets through, by class, so that the recall tests
 * fail on any other miss and also when one of these starts being caught (then delete it here).
 *
 * An unquoted passphrase of plain words with no cue word before it ("we went with the xkcd style,
 * horse staple lamp orbit, for the account") reads exactly like prose: masking every run of plain
 * words after "set it to" or "went with" would mask ordinary sentences. Asking customers never to
 * type passwords (the bot's warning) is the defence for these.
 *
 */
export const knownSecretMisses: ReadonlySet<string> = new Set([
  'horse staple lamp orbit',
  'tall green ladder falling',
  // Named only by what happened to it ("it's not Tulip-9931 any more, someone changed it"): shaped
  // exactly like a user name, with no word saying which it is.
  'Tulip-9931',
]);

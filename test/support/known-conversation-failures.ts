// The project's scripted conversations (corpus/conversations) the bot does not get right yet, each
// with the class of failure it shows: test/transcripts/corpus-conversations.test.ts expects them to
// fail (a fix shows up there until it leaves this list) and test/scripts/eval.test.ts counts them out.
export const knownConversationFailures: Record<string, string> = {
  'w33b-es-iso-owner-pasted':
    "need: 'mi login ISO … dejó de funcionar desde el cambio' with its password pasted is read as a password reset, not the retired sign-on",
  'w33b-fr-codesign-corrected-to-account-direct':
    "need: a correction in French after an outcome ('ce n'est pas le mot de passe du fichier, c'est le mot de passe pour me connecter au compte') is not read",
  'w34a-owner-delegated-buried-yes':
    "role: 'everything certificate related vanished for us after the sign-on retirement' gives the client's steps before the role is asked",
  'w36b-only-cert-login-no-customer-number':
    "order: the retired sign-on and a lost customer number in one message: the sign-on is read by the models only, so the fixed ranking answers the customer number first, and the sign-on's role answer is then lost at 'did that solve it?'",
  'w38a-client-cousins-ex-built-site':
    "role: 'I own a little yarn shop' in a long story reads as the certificates' owner, though a helper made her login (a client)",
  'w38a-direct-email-game-studio-cto':
    "need: 'this is not about the certificate's password. It's the password for logging in to the account' is read as the certificate's",
  'w38a-owner-delegated-dental-freelancer': "role: a long story of a freelancer's login that stopped is given the client's steps before the role is asked",
  'w38a-username-coffee-stained-notebook': "need: 'So really it's the user name, or the customer number, that I need', at the end of a long story, is not read",
  'w38d-webmaster-client-reset-and-own-number':
    "whose account: a webmaster's client's reset beside their own customer number gets the user-name steps three times, never the refusal",
  'w38b-first-name-only-gareth':
    "whose account: 'can u reset gareths password … i do his website and his ssl': a holder by a bare first name was read, then dropped (it took any word ending in s: 'says password', 'business account')",
  'w44c-our-shop-sites-owner-find':
    "role: 'the certificates for our three shop websites' is read by the models as a webmaster's; keeping the models out when sites are said to be one's own lost 19 dev messages where a helper is described in words no rule knows ('the bloke who did our garage website')",
  'w50a-altaire-unlock-connector':
    "need: 'the ALTAIRE connector … shows login rejected … can someone unlock it or give it a fresh login' is read as a vague login symptom (the bot asks which half fails) instead of a reset asked for an ALTAIRE account",
  'w52a-token-locked-wrong-pins':
    'need: a hardware token locked after wrong PINs gets the file-password steps (export from the browser), which a token does not allow; the sources are silent there, so a person should take it (the corpus labels such messages as the code signing password, so reading them as outside would cost the labelled need)',
};

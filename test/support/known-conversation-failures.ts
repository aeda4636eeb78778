// The project's scripted conversations (corpus/conversations) the bot does not get right yet, each
// with the class of failure it shows: test/transcripts/corpus-conversations.test.ts expects them to
// fail (a fix shows up there until it leaves this list) and test/scripts/eval.test.ts counts them out.
export const knownConversationFailures: Record<string, string> = {
  'w33a-owner-delegated-plus-own-password':
    "role: a login made for the web designer, said beside the owner's own forgotten password and returned to later ('back to my web designer's login'), is read as a client's",
  'w33b-pl-codesign-login-direct-no-order':
    "need: a Polish message about the account's login password that denies it is the file's ('nie hasło pliku') is read as the certificate's password; the Polish way of buying is missed",
  'w33b-es-iso-owner-pasted':
    "need: 'mi login ISO … dejó de funcionar desde el cambio' with its password pasted is read as a password reset, not the retired sign-on",
  'w33b-fr-codesign-corrected-to-account-direct':
    "need: a correction in French after an outcome ('ce n'est pas le mot de passe du fichier, c'est le mot de passe pour me connecter au compte') is not read",
  'w34a-direct-notsure-then-remembers': "answer: 'not sure... let me look' to the order-number question is taken as no",
  'w34a-owner-delegated-buried-yes':
    "role: 'everything certificate related vanished for us after the sign-on retirement' gives the client's steps before the role is asked",
  'w34b-two-needs-customer-number-and-p12': "order: two needs taken in the bot's order, not the one the customer asks for ('first and most urgent')",
  'w36b-only-cert-login-no-customer-number':
    "order: the retired sign-on and a lost customer number in one message: the customer number is answered first and the sign-on's role answer is then lost at 'did that solve it?'",
};

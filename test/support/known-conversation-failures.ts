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
  'w34a-owner-no-delegation-question-back-partly':
    "answer: 'partly, … there's a second one I still can't find' to 'did that solve it?' is read as the same need again, not as not solved",
  'w34b-two-needs-customer-number-and-p12': "order: two needs taken in the bot's order, not the one the customer asks for ('first and most urgent')",
  'w34c-webdev-client-then-own':
    "need: another need with all its facts ('my OWN account password is also gone … direct … order number … username'), said at 'did that solve it?', is ignored",
  'w36a-colleague-said-reset-self':
    "person: one of the CA's people mentioned in passing ('my colleague already talked to one of your people yesterday and they told her…') is read as a person wanted",
  'w36a-helpdesk-sent-me-here-owner':
    "person: 'the lady on your phone line told me to use this chat … no need to put me back to her' is read as a person wanted",
  'w36a-how-long-direct-email': "person: 'is there really nobody I can talk to today', after a question in the same message, is lost at 'did that solve it?'",
  'w36a-reseller-gone-who-else': "person: 'who at your company can sort this out for me?' is not read as a person wanted",
  'w36a-transfer-cert-other-account': 'outside the sources: moving a certificate to another account is read as which account holds it',
  'w36a-webmaster-client-pw-manager': "person: 'let me talk to your manager' after a complaint in the same message is lost",
  'w36b-only-cert-login-no-customer-number':
    "order: the retired sign-on and a lost customer number in one message: the customer number is answered first and the sign-on's role answer is then lost at 'did that solve it?'",
  'w36b-since-system-update-owner-both-facts': "need: 'since you updated the system I cant get to my certs at all' is not read as the retired sign-on",
  'w36c-epki-ordno-thumbs': 'answer: an emoji (👍) is not read as yes',
  'w36c-indep-signon-own-only-me': "answer: 'only me' to whether a login was made for a helper is not read as no",
  'w36c-iso-dead-were-an-agency': "role: 'were an agency' answering the role question is read as a client",
  'w36c-pw-web-hsot-yep-ty': "answer: a typed typo of a button ('web hsot') is not matched",
  'w36d-switch-password-to-find-account':
    "need: 'actually forget the password, I just need to know which customer account holds my certificates' keeps the password need",
};

// The project's scripted conversations (corpus/conversations) the bot does not get right yet, each
// with the class of failure it shows: test/transcripts/corpus-conversations.test.ts expects them to
// fail (a fix shows up there until it leaves this list) and test/scripts/eval.test.ts counts them out.
export const knownConversationFailures: Record<string, string> = {
  'w33a-owner-delegated-plus-own-password':
    "role: a login made for the web designer, said beside the owner's own forgotten password and returned to later ('back to my web designer's login'), is read as a client's",
  'w33b-pl-codesign-login-direct-no-order':
    "need: a Polish message about the account's login password that denies it is the file's ('nie hasło pliku') is read as the certificate's password; the Polish way of buying is missed",
  'w33b-nl-owner-delegated-websitebouwer':
    "role: a login made for the site builder, said in Dutch ('zelf een ISO-login voor de websitebouwer aangemaakt'), is not read as one made for a helper",
  'w33b-es-iso-owner-pasted':
    "need: 'mi login ISO … dejó de funcionar desde el cambio' with its password pasted is read as a password reset, not the retired sign-on",
  'w33b-fr-codesign-corrected-to-account-direct':
    "need: a correction in French after an outcome ('ce n'est pas le mot de passe du fichier, c'est le mot de passe pour me connecter au compte') is not read",
  'w34a-direct-facts-first-both-details':
    "answer: 'it's in the confirmation mail, together with the email address I signed up with, so I've got both' is not read as having the order number and the email",
  'w34a-direct-notsure-then-remembers': "answer: 'not sure... let me look' to the order-number question is taken as no",
  'w34a-owner-delegated-buried-yes':
    "role: 'everything certificate related vanished for us after the sign-on retirement' gives the client's steps before the role is asked",
  'w34a-owner-no-delegation-question-back-partly':
    "answer: 'partly, … there's a second one I still can't find' to 'did that solve it?' is read as the same need again, not as not solved",
  'w34a-reseller-forum-guy-not-solved': "buying: 'he emailed us an order link and we paid him, not you' (a reseller by what they did) is not read",
  'w34b-etoken-pin-locked': "outside the sources: a hardware token locked after wrong PINs gets the certificate file's steps, not a person",
  'w34b-two-needs-customer-number-and-p12': "order: two needs taken in the bot's order, not the one the customer asks for ('first and most urgent')",
  'w34b-two-needs-pfx-and-epki-login': "need: 'we also can't log into the E-PKI account, the admin password is forgotten' beside the pfx password is lost",
  'w34b-usb-key-pin-pasted': "outside the sources: a code signing USB key's PIN with tries left gets the certificate file's steps, not a person",
  'w34c-agency-order-link-reseller': "buying: 'the agency … sent us an order link and we paid them for the certificate, not you' is not read as a reseller",
  'w34c-consultant-then-codesign': "delegation: 'no one else ever had a login from me' beside owner is not read as no login made",
  'w34c-hotel-never-gave-login': "role: 'I buy them myself, and I never give any login to other person' is not read as owner without delegation",
  'w34c-three-shops-which-account': "role: 'I've bought certificates for my three shops myself' is not read as owner",
  'w34c-webdev-client-then-own':
    "need: another need with all its facts ('my OWN account password is also gone … direct … order number … username'), said at 'did that solve it?', is ignored",
  'w34d-nl-pasted-password-direct-self': "answer: Dutch 'het e-mailadres van het account weet ik ook' beside the order number is lost",
};

// Passwords and PINs of things that are neither the customer's account with the CA nor a code-signing
// certificate: an S/MIME or e-mail certificate's export password, a website certificate's private-key
// passphrase, a mailbox's password, a Windows Hello PIN, a hosting panel's, a website builder's or a
// router's. The sources give no steps for them, so no need is read and the bot hands the question to a
// person (withheld.ts: 'outside').

import { affirmed } from './negation.js';
import { P } from './need-patterns.js';

const SECRET = String.raw`(password|passwords|passphrase|pin|passcode|kennwort|passwort)`;
const OTHER_THING = String.raw`(smime|email certificates?|email certs?|email cert|client certificates?|personal certificates?|outlook|thunderbird|nginx|apache|iis|tomcat|haproxy|(web )?server (certificate|cert)|load balancer|windows hello|webmail|mailbox|email account|inbox|plesk|cpanel|directadmin|webmin|wordpress|wp ?admin|wp-admin|joomla|drupal|shopify|wix|squarespace|router|wifi|wi-fi|ftp|sftp|ssh|mysql|database|vpn|hosting (panel|control panel))`;
const OF_OTHER_THING = new RegExp(
  String.raw`\b(${OTHER_THING}|mail server|email server|exchange server)('s)?\b[^.]{0,40}\b${SECRET}\b|\b${SECRET}\b[^.]{0,30}\b(for|of|on|to|in|into|protecting) (the |my |our |that |this )?${OTHER_THING}\b|\b(ssl|tls|website|web site|site's) (certificate|cert)\b[^.]{0,40}\b(import|importing|export|exporting|install|installing|reload)\w*\b[^.]{0,40}\b${SECRET}\b|\b(import|importing|export|exporting|install|installing)\w*\b[^.]{0,30}\b(ssl|tls) (certificate|cert)\b[^.]{0,40}\b${SECRET}\b`,
);
/** The account's or a code-signing certificate's password named as well, or the CA's own site ("your site says wrong password"): then it is ours after all (a .pfx or .p12 is any certificate's file). */
const OURS =
  /\byour (site|website|portal|page|platform|dashboard|control panel|customer (panel|portal|area|account))\b|\baccount with you\b|\b(codesigning|sign|signs|signed|signing|token|signtool|jarsigner|keystore|authenticode|portal|account|accounts)\b|\.(exe|dll|msi|jar|apk)\b|\b(account|login|portal|website|site|signin|customer) (password|pw)\b|\bpassword (for|to|of|on) (the|my|our|your) (account|login|portal|website|site)\b|\b(log ?in|sign ?in|login|signin)\b[^.]{0,40}\bpassword\b|\bpassword\b[^.]{0,40}\b(log ?in|sign ?in|login|signin)\b/;

/** Signing e-mail or documents is an S/MIME or document certificate's work, not code signing. */
const SIGNING_MAIL = /\b(e-?mail signing|signing (e-?mails?|documents|pdfs)|sign (e-?mails?|documents|pdfs)|for signing e-?mails?)\b/g;

/** The only password spoken of is another thing's. */
/** Where a reset mail arrives or not ("the link never arrives in my inbox") is no inbox's password. */
const ARRIVING_IN_INBOX =
  /\b(arrive|arrives|arrived|arriving|land|lands|landed|come|comes|came|show up|shows up|showed up|appear|appears|appeared|turn up|turns up|turned up)( \w+)? in (my|the|our) (inbox|mailbox)\b/g;
export const passwordIsOthers = (t: string): boolean => {
  const told = t.replace(ARRIVING_IN_INBOX, ' ');
  return OF_OTHER_THING.test(told) && !OURS.test(told.replace(SIGNING_MAIL, ' '));
};
/** …and nothing else is asked for: a person asked for is still wanted, whatever the password is of. */
export const othersPassword = (t: string): boolean => passwordIsOthers(t) && !affirmed(t, P.human);

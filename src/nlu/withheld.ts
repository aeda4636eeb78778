// What a message does not say although it names what needs are about: a question about how things
// work, doubt about which thing fails, a value given as an answer, a remark that asks for nothing.
// Neither the rules nor the models then read a need (rules.ts, understand.ts).
import { readCustomerType } from './buying.js';
import { clearedNeeds, TYPED_VALUE } from './cleared.js';
import { affirmed, globalFormOf } from './negation.js';
import { P } from './need-patterns.js';
import { readOrderNumber } from './order-number.js';
import { readNeeds } from './need-rules.js';
import { readRole, toldDelegation } from './roles.js';
import { PERSON_WANTED } from './person-wanted.js';
import { othersPassword } from './other-passwords.js';
import {
  ANY_ONES,
  ASKS_FOR_ONESELF,
  ASKS_FOR_SECRET,
  CHANGE_QUESTION,
  GENERAL_QUESTION,
  JUST_ASKING,
  SUPPOSED_LATER,
  SUPPOSITION,
  OWN_THINGS_ASKED,
  NOW_MARKED,
  NOT_NOW,
  OWN_ACTION_SUPPOSED,
  OWN_LOSS,
  PASSWORD_RULES,
  PROCESS_QUESTION,
  RESET_MAIL_TROUBLE,
  RESET_MAIL_WAYS,
  SOMEONES_CASE,
  SUPPOSED,
  SUPPOSED_AND_ASKED,
  YES_NO_QUESTION,
} from './asked-how.js';

/** How to do what the sources do not cover: renew (or get another year on it), install (put the files on a server), revoke, refund or cancel; prices and charges; a complaint; a copy of an invoice. */
const OUTSIDE_SOURCES =
  /\b(kill|invalidate|void) (that|the|our|this) (code ?signing |codesigning |ssl )?(certificate|cert)\b(?! (login|account))|\b(rimborso|reembolso|remboursement|ruckerstattung|erstattung|terugbetaling|zwrot pieniedzy|instalo|instalar|instalacao|instalacion|installare|installazione|installieren|installeren|zainstalowac)\b|\b(how do i|how can i|how to|how do we|i want to|i need to|we need to|can i|can you|help me) (renew|install|revoke|refund|cancel)\b|\b(a|my|our) refund\b|\b(need|want|get|request|requesting|asking for|like) (a )?refund\b|\brefund (on|for) (a|the|our|my)\b|\bmoney back\b|\bhow much\b[^.]{0,40}\b(cost|costs|charge|charged|pay|price|renew|renewal|renewing)\b|\brenewal('s)? (price|prices|cost|fee|fees)\b|\b(what|how much) (is|are|was|were) (the |your )?(price|prices|cost|costs|fee|fees)\b|\bwhat (does|do|will|would) (it|a|an|the|renewal|renewing)\b[^.]{0,30}\bcost\b|\b(charged|billed) (us |me )?(twice|double)\b|\bdouble[- ]charged\b|\bhow (i|we) (install|import)\b|\b(install|installing|installation)\b[^.]{0,40}\b(certificate|cert|ssl|it|them|plesk|cpanel|iis|apache|nginx|outlook)\b|\b(revoke|revoked|revoking|revocation)\b|\b(pending validation|validation|verification call|domain validation)\b|\bsmime\b[^.]{0,60}\b(outlook|thunderbird|apple mail|sign (her|his|my|our|their) e?-?mails?|encrypt\w*)\b|^(?=(?![^]*\b(account|accounts|dashboard|portal|login|logged in|log in|sign in|under|missing|gone|vanished|disappeared|where (are|is|did|have) (my|our|the|all)|which (account|login|one has)|can't find|cannot find|not showing|password|passphrase|pin|username|customer number|locked|reset)\b)[^]*\bsmime\b)|\b(breached|breach|compromised|hacked|leaked)\b|\b(changed (its|our|their|the) (company |business |firm )?name|renamed|name change|new company name|old company name)\b|\b(get|put|have|change|update|show) (the |our )?new (company |business |firm )?name (on|in|onto|into) (the|our) (account|certificates?|certs)\b|\b(transfer|transferring|transferred|move|moving|moved)\b[^.]{0,20}\b(certificate|cert|certs|certificates|ssl)\b[^.]{0,60}\b(to|into|onto|under) (another|a different|the other|my other|our other|a second|the new|a new|our new|my new) (customer )?(account|one)\b|\b(auto-?renew|auto-?renewal|automatic renewal|recurring (payment|billing))\b|\bcancel (the |our |my )?(subscription|order|renewal|certificate|cert)\b|\b(correct|reissue|re-issue|fix|amend|change)\b[^.]{0,30}\binvoice\b|\binvoice\b[^.]{0,40}\b(wrong|incorrect|mistake|error)\b|\bwrong (vat|tax) (id|number)\b|\b(get|buy|add|pay for) (another|one more|a further|an extra) (year|two years|term)\b|\b(lodge|make|file|raise|submit|register) (a |an )?(formal )?complaint\b|\b(i|we) (want|would like|'d like|wish) to (complain|make a complaint)\b|\b(get|need|want|send|request|download|have) (me |us )?(a |an |the )?(new |fresh |second )?(copy|copies|duplicate|pdf) of (the|my|our|an?|last year's|this year's) ([\w']+ ){0,3}(invoices?|receipts?)\b(?<!\b(i|we) (still )?have [^.]*)|\b(resend|re-send|send (me|us)) (the |an? |our |my )?(\w+ )?(invoices?|receipts?)\b|\b(get|put|load|upload|copy) (them|it|the (new )?(certificate|cert|ssl)( files?)?|the files) (onto|on to|on|into|to) (the|our|their|my|his|her|a|the new) (\w+ )?(server|iis|apache|nginx|cpanel|plesk)\b/;
/** A signing token lost or stolen ("our EV token was in a laptop bag that got stolen"): no PIN or password helps, a person does. */
const TOKEN_GONE =
  /\b(token|yubikey|usb key|dongle|hardware key)\b[^.]{0,60}\b(stolen|lost|missing|broken|destroyed|no longer have|don't have the token|do not have the token)\b|\b(left|lost|dropped|forgot) (the |our |my )?(token|yubikey|usb key|dongle|hardware key)\b[^.]{0,40}\b(in|on|at) (a|the) (hotel|taxi|train|plane|airport|bar|cafe|car)\b|\b(stole|stolen|lost|broke|broken|destroyed)\b[^.]{0,20}\b(the |our |my )?token\b(?! (pin|password|passphrase))/;
/** One half of the login given and the other said lacking: "he put the password in his notes but not the username". */
const OTHER_HALF_LACKING =
  /\bbut not (the|my|our|his|her|their) (username|user id|login name|customer number|password)\b|\bask (here |you )?(for|about) (my|our|the) (username|user id|login name|customer number|password)\b/;
/** How signing itself works (timestamps, notarisation, SmartScreen's reputation, a signing tool not finding the certificate): a person answers. */
const SIGNING_PRACTICE =
  /\b(timestamp|timestamping|timestamped|notari[sz]e|notari[sz]ation|notari[sz]ed|smartscreen|unrecogni[sz]ed app|unknown publisher|signtool error|no certificates? (were|was) found|(won't|will not|doesn't|does not|can't|cannot) pick (it|the cert|the certificate) up)\b/;
/** Trouble told beside a question: then the question is asked because of it, and the trouble is the need. */
const TROUBLE =
  /\b(need (it |them |that |this )?(reset|resetting|changed|changing|unlocked)|(?<!\b(do|does|will|would|should|must) )(i|we) (really |just )?need (whichever|the one|it|them|my|our)|forgot|forgotten|lost|missing|can't|cannot|couldn't|unable|locked|blocked|doesn't work|not working|isn't working|is not working|no longer|stimmt (aber )?nicht|funktioniert nicht|geht nicht|ne marche pas|ne fonctionne pas|no funciona|non funziona|werkt niet|won't|stopped|dead|died|fails|failed|failing|wrong|expired|rejected|refused|refuses|invalid|deactivated|disabled|suspended|unknown user|don't have|do not have|haven't got|have neither|(don't|do not) know (the|my|our) (username|password|customer number|login|pin)|(don't|do not|dont) (remember|recall)|help me|reset (it|my|our|the account)|want|would like|need to|(tell|give|send|show|remind) (me|us)|(find|reset|recover|look up) (my|our)|been waiting|still waiting|nothing yet|still nothing)\b/;
/** Not knowing which of two things fails ("no idea if it's my username or my password"): the bot asks which. */
const DOUBT_WHICH =
  /\b(don't know|do not know|not sure|no idea|unsure|can't tell|cannot tell|wondering|no clue) (if|whether|which)\b[^.]{0,40}\b(username|login name|user id|user|email|customer number|password)\b[^.]{0,25}\bor\b[^.]{0,20}\b(username|login name|user id|user|email|customer number|password)\b/;

/** "Either the username or the password is wrong, I can't work out which"; "could be the old sign-on, could be my password". */
const DOUBT_EITHER =
  /\b(either|could be|maybe|might be) (the |my |our )?(\w+ )?(username|password|signon|login name|customer number|email|user)\b[^.]{0,30}\b(or|could be|maybe|might be) (the |my |our )?(\w+ )?(username|password|signon|login name|customer number|email|user)\b/;
const DOUBT_SAID =
  /\b(no idea|not sure|unsure|can't tell|cannot tell|can't work out|can't figure out|can't say|don't know|do not know|no clue|which|idk|dunno|who knows|doesn't say|does not say)\b/;
/** "idk if its my customer number or my password", "either I'm using the wrong account or the password is wrong, not sure which". */
const LOGIN_PART = String.raw`(username|name|login name|login|customer number|account|password|signon|iso)`;
const WHICH_OF_TWO =
  /\b(idk|dunno|no idea|not sure|unsure|don't know|do not know|no clue|can't tell|cannot tell|who knows) (if|whether|which)\b|\bwhich\b|\beither\b/;
const EITHER_OF_TWO = new RegExp(String.raw`\b${LOGIN_PART}\b[^.]{0,40}\bor\b[^.]{0,30}\b${LOGIN_PART}\b`);
/** Telling, not asking: "not asking for anything, just wanted to say…". */
const REMARK =
  /\b(i'm|i am|we're|we are) not asking for anything\b|^(please )?pass (my|our) thanks on\b|^(not asking for anything|no question|nothing to ask|just (wanted|want) to (say|let you know|tell you|mention)|just saying|just feedback|fyi|for your information)\b|\bso heads up\b|^heads up\b/;
/** Greetings and sign-offs around a message ("hi team, … thanks"), which say nothing about what it asks. */
const OPENING =
  /^((hi|hello|hey|hiya|dear|greetings|good (morning|afternoon|evening))( (team|there|all|everyone|support))?|urgent|quick question|question|please help|help)( [,.-])* /;
const CLOSING = / ([,.-] )*(thanks|thank you|thanks in advance|many thanks|thx|ta|cheers|regards( , \w+)?|best( , \w+)?|help|please|asap( please)?)( [,.])*$/;
function withoutCourtesies(t: string): string {
  let body = t;
  for (let previous = ''; previous !== body;) {
    previous = body;
    body = body.replace(OPENING, '').replace(CLOSING, '');
  }
  return body;
}

/**
 * An identifier or a password given as information ("my username is Dev_Team_03 if you need it",
 * "customer number 7730-1145", "my password is [secret removed] if that helps"): an answer, unless
 * the message also says something fails or asks for something.
 */
const GIVES_VALUE = new RegExp(
  String.raw`\b(username|user id|customer number|account name|login|login email|email|password|passcode)( is| was| ist| est| c'est| es| :| =)? (secret removed|${TYPED_VALUE})\b`,
);
const ASKS_OR_FAILS =
  /\b(not|no|never|nothing|\w+n't|or|i think|reset|resetting|recover|change|changing|(i|we) need|want|help with|sort out|look up|lookup|what is|what's|whats|what now|works|worked|working|fails|failed|accepted|denied|refused|incorrect|retired|mystery|locked|let me)\b/;

/** The trouble over: "the reset worked, thank you", "im back in", "das Passwort funktioniert wieder", "found it". */
const RESOLVED =
  /\b((?<!\b(hasn't|has not|haven't|have not|hadn't|never|not|nothing|ever|always|once|previously|had) )worked|works (again|now|fine now)|is working (now|again)|(?<!\b(stop|stops|stopped|not|isn't|quit) )working (again|now)|(i'm|im|i am|we're|we are) (back in|in again|in now)|(?<!get )back in now(?! that)|all sorted|sorted now|fixed now|got (back )?in (now|again)|funktioniert wieder|klappt wieder|marche (à|de) nouveau|ya funciona|já funciona|werkt weer|found (it|the password|my password|the username|my username)|found (my|the|our|mon|ma|mi|mein|meinen|meu|o meu) (password|username|customer number|login)|got it (working|sorted|fixed)|(figured|worked) out (which|what|where|the|my)|managed to (sign|log) ?in|got my (username|customer number|login|password) (from|back)|(rang|called|phoned) (me|us) back\b[^.]{0,40}\b(sorted|fixed|solved|resolved) it|(we|they|she|he) (sorted|fixed|solved|resolved) it( together)?( ,)? thank|(went|gone) smoothly|(got|went|came) (through|over|across)\b[^.]{0,40}\bwithout (any |a )?(trouble|problem|issue|hitch)s?|still worked after all|(?<!\b(no|not|never|the) )new (password|pin|passphrase) (works|worked|is working|was accepted|went through)|(reset |password |recovery )?(e-?mail|mail|link) (has |have |finally |just )*(landed|arrived|come through|came through|turned up|showed up)|but (it's|it is|its) (here|arrived|through)( now)?|had (it|the \w+|the \w+ \w+) all along|^(i'm|im|we're) in(?= \.))\b/;
/** The last words say all is well: "…, all fine.", "…, everything works.", "…, everyone got across fine.", "no help needed". */
const ENDS_RESOLVED =
  /(^|[,.-] |\b(and|und|et) )((it's|it is|that's|everything's) fine now|all (fine|good|sorted|working)|everything (works|is fine|is working|is good)( now| again)?|(everyone|everybody|we all|all of us) got (across|over|moved) fine|no help needed|nothing (else )?needed|no action needed|alles gut|alles werkt|komme wieder rein|tout (va bien|fonctionne)|todo funciona|tudo funciona|funziona tutto|((it|that|everything|all) )?(works|working|worked) fine( so far)?|(went|goes|has gone) smoothly|(she's|he's|they're|i'm|we're) in fine)( now| again)?(( ,)? thanks|( ,)? thank you)?( \.| !)*$/;
/** Asked or stuck now, which a story ending well does not undo. */
const WANTS_NOW = /\b(please|pls|help|need|want|how|what|which|where|why|can you|could you|stuck|but now|still)\b/;
const CONTRAST = /\b(but|still|except|however|although|though|now (it|i|the)|another|also|again\?)\b/;
const DONE_ALREADY = /^(i|we) (changed|reset|updated|renewed) (my|our|the) (password|username|pin|login)( (last|this|on|yesterday|today)\b[^.]*)?( \.)?$/;
/** A password offered as information: "the password on the post-it says [secret removed]", "… if that helps", "typed it by mistake, please ignore". */
const GIVES_SECRET = /\b(password|passcode|passphrase|pin)\b[^.]{0,40}\b(is|was|says|reads|fue|es|ist|war|est)\b[^.]{0,10}\bsecret removed\b/;
const INFO_ONLY =
  /\b(if (it|that) helps|in case (it|that) helps|in case you need it|if you need it|por si sirve( de algo)?|falls es hilft|si ça peut aider|please ignore|ignore (it|that|this)|by mistake|i know i know)\b/;

/** The customer speaking of themselves or their own things: what makes trouble words theirs. */
const FIRST_PERSON = /\b(i|we|my|our|me|us|mine|ours|i'm|we're|i've|we've)\b/;
/** Anything that says the customer is stuck or wants something now, whatever else the message says. */
const WANTS_OR_STUCK =
  /\b(need|needs|want|wants|stuck|get (back )?in|access|how (do|can|should) (i|we)|(do|should|can|must) (i|we)|what (do|should) (i|we)|please|pls|help|locked|lost|forgot|forgotten|forget|nobody|no one|none of us|anymore|any more|no longer|left|deleted|wiped|erased|options|missing|gone|expired|wrong|broke|broken|fails?|failed|rejects|rejected|refuses|refused|reset|dead|unreachable|suddenly|says|human|agent|person|someone|somebody|operator|call|\w+n't|not|no|cannot|but)\b/;
/** An opinion of the change, the rules or the bot ("the old separate login was simpler", "poor communication", "this bot keeps asking the same thing"). */
const OPINION =
  /\b(was|is|are|were) (much |far |a lot |way |so )?(simpler|easier|better|worse)\b|\b(a step (backwards|back)|imo|in my (opinion|view)|mixed feelings|for what it's worth|(was|is) (very |really |nice and )?clear|thanks for (that|the (heads up|notice|announcement|warning|update))|(i|we) (liked|loved|preferred) (having|the)|glad (it's|it is|they're|you) |looked like (it was from )?\d{4}|worst change|nuisance|more notice|could have (given|told|warned)|bad idea|shambles|a disaster|poor communication|great timing|ridiculous|annoying|awful|terrible|stupid|dumb|silly|(?<!\bnow )useless|overkill|too strict|rant over|just saying|nobody told us|no one told us|nobody warned us|no one warned us|why did you|why would you|who thought|a disgrace|disgraceful|hope it was worth it|(had|have) to retrain|feedback on (your|the))\b|\b(bot|chat|robot)\b[^.]{0,15}\b(keeps|kept) (asking|saying|repeating)\b/;
/** Where a secret or the signing key is kept, told with nothing wrong: "the token PIN is written on a sticky note in the safe". */
const SETUP =
  /\b(pin|pins|password|passwords|passphrase|key|token)\b( (\w+ ){0,2}?)(is |are )?(stored|kept|written|saved|injected|plugged|attached|sits|lives)( (in|on|into|from|to)\b)|\b(we|i) (store|keep) (the|our|its|my) (\w+ )?(pin|password|passphrase)\b|\bonly (\w+ ){1,3}(knows|has|holds) the (pin|password|passphrase)\b|\b(moved|switched|migrated) (everyone|everybody) (over|to)\b|\bno help needed\b/;
/** A reply naming only the product ("code signing", "the EV one on a USB token", "it's for signing our software"). */
const PRODUCT_ANSWER = /\b(codesigning|signing|ssl|smime|ev|ov|dv|wildcard|token|authenticode|driver-signing)\b/;
const NAMES_A_NEED =
  /\b(no longer|unlock|unlocks|\w+n't|not|wrong|password|passwords|pin|passphrase|login|account|username|customer number|forgot|forgotten|lost|locked|can't|cannot|help|need|want|reset|which|where|how|what|why|human|person|agent|someone|signon|iso|gone|stuck|retired|dead|broken)\b/;
/** Trouble now, beside a login made for a helper or denied ("… and now it stopped working"). */
const STUCK_NOW =
  /\b(but|died|retired|removed|closed|deleted|decommissioned|switched off|shut|being|stop|stops|stopped|quit|broken|work|working|now|doesn't|does not|not working|no longer|dead|gone|can't|cannot|neither|none of us|nobody|no one|locked|lost|forgot|forgotten|need|needs|needed|reset|help|please|how|what|which|where|why|affected|still)\b/;

/**
 * Why the message states no need although it names what needs are about, if it does: a question
 * about the process, a request outside the sources (`outside`: a person answers it), doubt about which thing fails, an answer giving a value,
 * or a remark that asks for nothing. Greetings and sign-offs around it do not count. Neither the rules nor
 * the models then read a need (understand.ts). `wholly`: no word of the message was dropped unread,
 * so an answer's silence about trouble can be trusted; `asks`: the message as typed asks something.
 */
export function withheldNeed(message: string, wholly = true, asks = true): 'question' | 'outside' | 'doubt' | 'answer' | 'remark' | undefined {
  // "Forget what I said before, …": taking back what came before, not forgetting anything.
  const t = withoutCourtesies(message).replace(/^(forgot|forget|ignore|disregard) (what|everything) i (said|wrote|asked)( before| earlier)?( ,)? /, '');
  // "The old ISO username still worked after all": the words of it being over are no contrast themselves.
  // "Reset email arrived. Now what is my username": a question or request after it is open.
  const besideResolved = t.replace(globalFormOf(RESOLVED), ' ');
  if (RESOLVED.test(t) && !TROUBLE.test(t) && !CONTRAST.test(besideResolved) && !WANTS_NOW.test(besideResolved) && !affirmed(t, P.human)) return 'remark';
  // "…switched to the normal account in 2023, all fine.": a story that ends on it being over.
  if (ENDS_RESOLVED.test(t) && !TROUBLE.test(t) && !WANTS_NOW.test(t.replace(ENDS_RESOLVED, ' '))) return 'remark';
  // "I changed my password last week.": something done, told with no trouble after it.
  if (DONE_ALREADY.test(t) && !TROUBLE.test(t.replace(DONE_ALREADY, ' ')) && !CONTRAST.test(t) && !/\b(and|but|so|now)\b/.test(t)) return 'remark';
  const secretGiven = GIVES_SECRET.test(t) || (INFO_ONLY.test(t) && (GIVES_VALUE.test(t) || /\bsecret removed\b/.test(t)));
  // "…revoked asap. the private key passphrase was [masked] and it's leaked": the request, not the value, is said; so is a person ("put me through to a human").
  if (secretGiven && wholly && !TROUBLE.test(t) && !OTHER_HALF_LACKING.test(t) && (INFO_ONLY.test(t) || !ASKS_OR_FAILS.test(t)) && !affirmed(t, P.human))
    return OUTSIDE_SOURCES.test(t) ? 'outside' : 'answer';
  // Said as a statement it is as rare as a need: "the password has to be 12 characters and I can't make one" tells trouble.
  if (PASSWORD_RULES.test(t) && !TROUBLE.test(t)) return 'question';
  if (RESET_MAIL_WAYS.test(t) && !RESET_MAIL_TROUBLE.test(t)) return 'question';
  // Trouble words in a sentence about no one's own things are the question's ("what happens when a token PIN gets locked?").
  // "If the bot can't help, is there a person I could talk to?", "who do we call if we ever lose the PIN?": a condition supposes its trouble.
  const toldNow = t.replace(globalFormOf(JUST_ASKING), ' ').replace(SUPPOSITION, ' ');
  const ownTroubleBeside = toldNow.split(/ [.?!] /).some((sentence) => TROUBLE.test(sentence) && (FIRST_PERSON.test(sentence) || NOW_MARKED.test(sentence)));
  const ownThingsAsked = OWN_THINGS_ASKED.test(toldNow) || /\b(i|we) just did\b/.test(toldNow);
  if (JUST_ASKING.test(t) && asks && !ownTroubleBeside && !ownThingsAsked && (!PERSON_WANTED.test(t) || NOT_NOW.test(t))) return 'question';
  // "if i forget the keystore password later on, can the cert be reissued?", "in case we ever need a person, what are your hours?"
  // Not the sign-on, whose retirement has already happened: "should the ISO login be retired one day, who do we call?" is about one's own.
  if (
    SUPPOSED_LATER.test(t) &&
    asks &&
    !ownTroubleBeside &&
    !ownThingsAsked &&
    !affirmed(t, P.iso) &&
    !affirmed(toldNow, P.human) &&
    !PERSON_WANTED.test(toldNow)
  )
    return 'question';
  if ((DOUBT_WHICH.test(t) && /\bpassword\b/.test(t)) || (DOUBT_EITHER.test(t) && DOUBT_SAID.test(t))) return 'doubt';
  // Not "I don't know my username or my password": neither is known, so both are needs.
  // "the login is either pkumar77 or pkumar_77, forgot the password": two values of one thing, not doubt between two things.
  if (
    EITHER_OF_TWO.test(t) &&
    WHICH_OF_TWO.test(t) &&
    /\bpassword\b/.test(t) &&
    !/\b(both|and also)\b/.test(t) &&
    !/\bwhich (account|login)\b/.test(t) &&
    !P.usernameOffered.test(t) &&
    !P.passwordOffered.test(t)
  )
    return 'doubt';
  // "Are you a real person or a bot?" asks what the bot is (small talk), not for a person.
  if (
    /^(are|r) (you|u) (a |an )?(real |actual |live )?(person|human|bot|robot|machine|ai)\b|^am i (talking|speaking|chatting) (to|with) (a |an )?(real |actual )?(bot|robot|machine|ai|person|human)\b|^(who|what) am i (talking|speaking|chatting|writing) (to|with)\b/.test(
      t,
    ) &&
    !/\b(talk|speak|chat|want|need|get me|connect)\b/.test(t)
  )
    return 'question';
  if (REMARK.test(t) && !TROUBLE.test(t.replace(REMARK, ' '))) return 'remark';
  // "Nobody told us…" is the opinion; "nobody remembers its PIN" is trouble.
  const besideOpinion = t.replace(globalFormOf(OPINION), ' ');
  if (
    (OPINION.test(t) || SETUP.test(t)) &&
    !TROUBLE.test(besideOpinion) &&
    !WANTS_OR_STUCK.test(besideOpinion) &&
    !affirmed(t, P.human) &&
    !PERSON_WANTED.test(t)
  )
    return 'remark';
  const ownTrouble = /\b(mine|my|our|i|we|me|us)\b[^.]{0,30}\b(never|\w+n't|not|no longer)\b|\b(do|should|can|must|have) (i|we) (have to|need to|do)\b/.test(t);
  // "yep, the developer's login was made by me", "I never created a login for anyone": an answer about delegation.
  if (toldDelegation(t) && !TROUBLE.test(t) && !STUCK_NOW.test(t) && !affirmed(t, P.iso) && !affirmed(t, P.human)) return 'answer';
  // "I'm an IT consultant, these are my customers' certificates", "Ich verwalte meine Zertifikate selbst": who they are, with nothing wrong, wanted or asked.
  if (
    wholly &&
    !asks &&
    !/\b(never|nothing|nobody|nicht|kein|keine|pas|niet|geen|non|nao|nunca|mai)\b/.test(t) &&
    !TROUBLE.test(t) &&
    !WANTS_OR_STUCK.test(t) &&
    !STUCK_NOW.test(t) &&
    !affirmed(t, P.iso) &&
    readRole(t).role !== undefined &&
    readNeeds(t).length === 0
  )
    return 'answer';
  // "Why did you retire the old logins?" asks about the change; "why was MY certificate login deleted" is the customer's own loss.
  const asksWhyOwn = /^(warum|why)\b/.test(t) && /\b(my|our|mein|meine|unser|unsere)\b/.test(t);
  if (CHANGE_QUESTION.test(t) && !TROUBLE.test(t.replace(globalFormOf(CHANGE_QUESTION), ' ')) && !ownTrouble && !asksWhyOwn) return 'question';
  if (GENERAL_QUESTION.test(t) && !TROUBLE.test(t) && !ownTrouble && !/\b(please|help|can you|could you)\b/.test(t)) return 'question';
  // "I already changed it, login is fine now, but I want the certificate revoked": a need said cleared is none; nor
  // is one read only from the request's own words ("what do we do to get the new name on the account").
  if (
    (OUTSIDE_SOURCES.test(t) || SIGNING_PRACTICE.test(t)) &&
    readNeeds(t.replace(globalFormOf(OUTSIDE_SOURCES), ' ')).every((need) => clearedNeeds(t).includes(need))
  )
    return 'outside';
  if (TOKEN_GONE.test(t) && !/\b(pin|password|passphrase)\b/.test(t)) return 'outside';
  // "My S/MIME certificate password is not accepted in Outlook": a password the sources have no steps for.
  if (othersPassword(t)) return 'outside';
  const given = GIVES_VALUE.exec(t);
  if (given && wholly && !TROUBLE.test(t) && !ASKS_OR_FAILS.test(t) && readNeeds(t.replace(given[0], ' ')).length === 0) return 'answer';
  // "Is a human available?" asks for one.
  // "How many wrong password attempts before an account gets locked?": trouble words about any account, asked in one sentence, are how things go.
  if (YES_NO_QUESTION.test(t) && !ASKS_FOR_ONESELF.test(t) && (!TROUBLE.test(t) || (asks && ANY_ONES.test(t) && !/ [.?!] \S/.test(t))) && !affirmed(t, P.human))
    return 'question';
  // "How long does a PIN stay locked after too many wrong tries?": trouble words about no one's own things are hypothetical.
  const impersonal = !FIRST_PERSON.test(t);
  // "If somebody forgot their user name, what would you want?", "How does a password reset work if …?", "Who sets the PIN?": how things go, for anyone.
  // …unless the customer's own trouble is told beside it ("how do people usually reset it? mine stopped working") or a person is wanted.
  const besideSomeones = t.replace(SOMEONES_CASE, ' ');
  const ownTroubleTold = TROUBLE.test(besideSomeones) && FIRST_PERSON.test(besideSomeones);
  if (SOMEONES_CASE.test(t) && !OWN_LOSS.test(t) && !ownTroubleTold && !affirmed(t, P.human) && !PERSON_WANTED.test(t)) return 'question';
  // …unless trouble is told beside the supposition ("If my developer forgets his password, can he reset it? He forgot it today", "my
  // password still does not work"), something asked for ("…? Please reset mine") or a person wanted.
  const besideSupposed = t.replace(SUPPOSED_AND_ASKED, ' ');
  const askedBeside = WANTS_NOW.test(besideSupposed) || /\b(i'd like|i would like|urgent|asap|today)\b/.test(besideSupposed);
  const personWanted = affirmed(t, P.human) || PERSON_WANTED.test(t);
  if (
    SUPPOSED.test(t) &&
    !OWN_LOSS.test(t) &&
    !TROUBLE.test(besideSupposed) &&
    !/\b(not|never|no longer)\b|n't\b/.test(besideSupposed) &&
    !askedBeside &&
    !personWanted
  )
    return 'question';
  // "If I forget my username, is there a self-service way?": the loss is supposed, not told.
  if (/^if (i|we) (ever )?(forget|lose|forgot|lost)\b[^.]{0,40}\b(is there|do (i|we) (have|need) to|(could|can|would|will) (i|we))\b/.test(t))
    return 'question';
  if (PRODUCT_ANSWER.test(t) && t.split(' ').length <= 10 && !NAMES_A_NEED.test(t)) return 'answer';
  // "thru our host. sorry slow, on the train", "I've got the original order number here": how they bought or the order number, answered.
  if (
    wholly &&
    t.split(' ').length <= 16 &&
    (readCustomerType(t) !== undefined || readOrderNumber(t) === true) &&
    !TROUBLE.test(t) &&
    !WANTS_OR_STUCK.test(t) &&
    !NAMES_A_NEED.test(t) &&
    readNeeds(t).length === 0
  )
    return 'answer';
  // "What's the password for the certificate file you sent us?" asks for the secret itself: the need.
  // "If I ever reset my password, would that touch the certificates?": the reset is supposed, not trouble told.
  const told = t.replace(OWN_ACTION_SUPPOSED, '');
  return PROCESS_QUESTION.test(t) && (!TROUBLE.test(told) || impersonal) && !ASKS_FOR_SECRET.test(t) ? 'question' : undefined;
}

/** What a login symptom may name: one half of the login, the old sign-on, a certificate or its file, a person. */
const NAMES_A_THING =
  /\b(password|passwords|passcode|pw|pass|pin|passphrase|secret word|username|user|user id|login name|login id|customer number|customer no|customer id|account number|client id|account name|email|signon|iso|independent|separate|certificate login|old login|retired|retire|change|changed|changeover|migration|switched|token|usb (stick|key|token|dongle)|dongle|smart ?card|hardware (key|token)|pfx|p12|keystore|codesigning|first (box|field)|second (box|field)|other (half|bit|part)|human|agent|person|someone|which account|certificates?|certs?|ssl)\b/;

/** A login symptom that names nothing ("the login screen says something went wrong", "I typed everything right"): no need, the bot asks which. */
export const namesNothing = (t: string): boolean => !NAMES_A_THING.test(t);

// What the customer rules out ("the password's fine, it's the username", "I'm not after a person",
// "I know exactly where the certificates are"): neither the rules nor the models read it as a need.
import type { Need } from '../../machines/domain.js';
import { retiredLoginNotPassword } from './retired-login-password.js';

/**
 * A thing the customer rules out ("the password is fine, it's the username…", "not a password
 * problem"): what is said about it elsewhere in the message is not a need.
 */
function clearingPattern(noun: string): RegExp {
  // "the password I have doesn't work" names the password to say it fails ("what I forgot" is another thing's: "the username I still have, what
  // I forgot is the password"). In "my user name I have the password" or "the password I know you can't", what follows is about something else.
  const stillFine = String.raw`(?![^.]{0,25}\b(?<!\bwhat (i|we) )(forgot|forgotten|doesn't|does not|refused|rejected|won't|wrong|fails|failed|expired|invalid|out of date|outdated|no longer|gone|isn't|not (accepted|working|valid|right|correct)))(?! (the|my|a|an|our|no|not|you|your)\b)`;
  // "we have the PIN of the old token only", "I know the PIN but the token rejects it": known, and no use.
  const partly = String.raw`(?! (of|for|on) (the|our|my) (old|previous|former|other)\b)(?![^.,]{0,30}\bonly\b)(?![^.]{0,60}\b(wrong|rejected|rejects|refused|refuses|invalid|not accepted|doesn't work|does not work|won't work|isn't accepted|fails|failing|expired|out of date|no longer works?|stopped working|not working|locking|locks (me|us) out)\b)`;
  // "Where would I have my customer number?", "do I know the password?": having asked about is not having.
  const notAsked = String.raw`(?<!\b(where|how|when|why|do|did|does|would|should|could|can|will)( \w+)? (i|we))`;
  // Each lookbehind opening an alternative follows a lookahead for the words after it: tried first, it ran at every position.
  return new RegExp(
    String.raw`\bnever ?mind (about )?(the |my |our )?${noun}\b|\b(forget|forgot|ignore|scratch|disregard) what (i|we) (said|wrote|asked|mentioned) about (the |my |our )?${noun}\b|\bnot (the |my |our )?${noun} (,|-) (it's |its |it is |but |just |only )?(the|my|our) (?!${noun})\w+|(^|\b(it's|its|it is|i mean|i need|need|just|only) )(the|my|our) \w+( \w+)? (,|-) (and )?not (the |my |our )?${noun}\b(?! (either|too|as well|nor)\b)|\b${noun} (doesn't|does not|didn't|did not) (even )?come into it\b|(?=\b(have|got|know) )(?<!(n't|\bnot|\bnever|\bno longer)( still| even)? )\b(have|got|know) (the |my |our )?${noun} (tho|though|fine|alright|all right)\b|\b${noun}\b[^.]{0,30}\b(i|we) (reset|changed|renewed|updated) (it|that)( fine| successfully)?( ,)? (and|but) (then|now)\b(?! (it|that|this|i|we)\b[^.]{0,40}\b(won't|wont|doesn't|does not|can't|cannot|still|not|no longer|fails?|failed|rejected|locked)\b)|\b(i|we) (know|have|remember|got) (the |my |our )?${noun}( ,)? but not\b|\b${noun}('s| is)( not|n't) (forgotten|lost|the problem|the issue|an issue|a problem)\b|\b${noun} (isn't|is not|wasn't|was not) (forgotten|lost|the problem|the issue)\b|\b${noun}( ,)? i (know|remember) (it|that)\b|\b${noun}( ,)? i have (it|that)\b${stillFine}|\b(it|that) (isn't|is not|wasn't|was not) (the |my |our |a )?${noun}\b(?! (that|which)( is| was|'s) (fine|ok|okay|working|right))${partly}|\b(haven't|have not|hasn't|has not|didn't|did not|never) (lost|lose|forgotten|forgot|forget) (the |my |our |any |la |le |il |el |o |a |das |den |de |het )?${noun}\b${partly}|\b${noun}( reset)? (isn't|is not|won't|will not|wouldn't|would not) (what (i|we) (need|want|am after|are after)|help|fix it|solve it)\b|\bthought (it was|it's|its|it might be) (the |my |our )?${noun}\b[^.]{0,10}\b(but|however)\b(?![^.]*\b${noun}\b)|\bthought (i'd|i had|we'd|we had|i|we) (lost|forgotten|misplaced) (the |my |our )?([\w-]+ ){0,2}${noun}\b[^.]{0,10}\b(but|however) (it was|it's|its|i found it|we found it|found it|it turned up)\b(?![^.]*\b(${noun}|not|no longer|doesn't|does not|won't|wrong|rejected|expired|changed|locked|disabled|reset|need|caps)\b)|\b${noun} not the (issue|problem)\b|(^|[.,;] )${noun} (fine|ok|okay|good)( ,| \.|$)|\b(nothing wrong with|nothing's wrong with|nothing is wrong with|no problem with|don't need|do not need) (the |my |our |a |a new |new )?${noun}\b|\b(need|needs|want|reset|resetting|forgot|forgotten|lost|misplaced)\b(?:(?!${noun})[^.]){0,30}( ,| but)? not (the |my |our )?${noun}\b(?! (nor|or)\b)|\bnot (the |my |our )?${noun}\b[^.]{0,20}\b(i've got (that|it)|i have (that|it)|got that|have that|i know (that|it))\b|\bneither (the |my |our )?${noun}\b[^.]{0,30}\b(is|are) the (issue|problem)\b|\bnor (the |my |our )?${noun} (is|are) the (issue|problem)\b|(?=\b((i|we) )?(know|have|remember|still have|got) )(?<!\b(don't|do not|never|not|no longer|didn't|haven't|lost|forgot|forgotten) )\b((i|we) )?(know|have|remember|still have|got) (the |my |our )?(username|login name|login|email|email address|password|customer number|order number|invoice)( ,)? (and|plus) (the |my |our )?${noun}\b${stillFine}|\b${noun},? i (remember|know)( it)?( fine)?\b${stillFine}|\b${noun} (i|we) (still |do )?(remember|know|have|have got|am having|are having)\b${stillFine}|\b${noun} (i've|we've) got\b${stillFine}|\b${noun} (is|was|seems|works|is working)( (fine|ok|okay|correct|right|good))|\b${noun} (works|is working)( fine| ok| okay| perfectly| great| just fine)?( ,| \.| and|$)|\b${noun} (works|is working)( fine| ok| okay)? but\b${partly}|\b${noun}( both)? (still (work|works|working)|(work|works|working) fine)\b(?! (but|except))|\b${noun}\b[^.]{0,30}\b(no issue|no problem|not an issue|not a problem|not the issue|not the problem) there\b|\b${noun} (is|was)( definitely| really| certainly| honestly| surely)? not the (problem|issue)\b|\b${noun}( reset)? (isn't|wasn't|is not|was not) the (problem|issue)\b${partly}|\b${noun} (is|was) (the same|unchanged)( too| as well| as always| as before)?\b${partly}|\b(i've|we've|i have|we have|i|we) (got|still have|still know|do have|do know) (the |my |our )?${noun}\b${stillFine}${partly}|\bonly (ever )?(told me|gave me|told us|gave us|have|know|got) (the |my |our |a )?${noun}\b|\bonly (a |the )?${noun} on it\b|\b(i|we) (know|remember) what (my|the|our) ${noun} (was|is)\b|\bnot (a |the |my )?${noun} (problem|issue|thing)\b|\bnot (my|the) ${noun}( ,)? but (my|the)\b|^no( ,)? (is|it's) (not )?(the|my) ${noun}\b|\bnot (the |my )?${noun}( ,)? (it's |its |it is |just |only )?the other (thing|one|bit|part|half)\b|\bnot (the |my |a )?${noun} either\b|\b(it's|its|it is) not (the |my |a )?${noun}\b|\b(don't|do not) think (it's|its|it is) (the |my )?${noun}\b|\bnot (forgotten|lost|forgot|missing) (the |my |our )?${noun}\b|\b(i|we)${notAsked} (know|have|remember) (the |my |our )${noun}\b${partly}|\b${noun}'s (fine|ok|okay|correct|right|good)\b|\bno ${noun} (problem|issue|trouble)\b|\b(not after|not asking for|not asking about|not looking for|don't need|do not need) (a new |the |my |our |a )?${noun}\b|\b${noun},? i (still )?(have|know)\b${stillFine}|\b(i|we)${notAsked} (still )?(have|know) (the |my |our )${noun}\b${partly}|(?=\b(found|dug out|dug up|tracked down|got hold of|recovered) )(?<!\bthought (i'd|i had|we'd|we had|i) )\b(found|dug out|dug up|tracked down|got hold of|recovered) (the |my |our )?${noun}\b${stillFine}(?![^.]{0,60}\b(but|doesn't|does not|not (accepted|recogni[sz]ed|found|valid)))|\b${noun}\b[^.]{0,60}\b(so that's sorted|that's sorted|all sorted|found it|dug it out|sent it (over|to me))\b|\b(my|our) ${noun} found\b`,
  );
}

/**
 * The compiled pattern per noun (compiling it on every call cost a tenth of the rules' time), behind
 * a test for the noun alone: every way of clearing a thing names it, and most messages name few of
 * the things, where the whole pattern took a tenth of reading a long message to find nothing.
 */
const clearing = new Map<string, { named: RegExp; pattern: RegExp }>();
export function clearedOf(t: string, noun: string): boolean {
  let test = clearing.get(noun);
  if (test === undefined) clearing.set(noun, (test = { named: new RegExp(noun), pattern: clearingPattern(noun) }));
  return test.named.test(t) && test.pattern.test(t);
}

/**
 * The user name or customer number typed out ("forgot my password, username is jsmith77", "identifiant :
 * claire_dupont75"): the customer has it, unless they say it is refused.
 */
/** A value typed after its name: with a digit, an e-mail address, or words joined by a dot or an underscore ("jsmith77", "claire_dupont75"). */
export const TYPED_VALUE = String.raw`([a-z0-9][\w.@#-]*\d[\w.@-]*|[\w.+-]+@[\w-]+\.[a-z]{2,}|[a-z]+[._][a-z0-9._]+)`;
const IDENTIFIER_VALUE = new RegExp(
  String.raw`\b(username|user id|login name|login id|customer number|customer no( \.)?|account number)( is| was| es| est| ist| :| =)? ${TYPED_VALUE}\b(?! (is |was )?(wrong|not|invalid|rejected|unknown|doesn't|does not|isn't|won't)\b)`,
);
const IDENTIFIER_REFUSED =
  /\b(unknown user|user not found|no such user|not recogni[sz]ed|doesn't exist|does not exist|not found|isn't valid|not valid|wrong|rejected|refused|doesn't work|does not work|isn't working|not working|(is|was) (that|this|it) (my|the|our))\b/;
/** The user name asked for beside a customer number typed: "My customer number is 88310 and I need my user name". */
const OTHER_IDENTIFIER_WANTED =
  /\bcustomer number( is| :)? \S+\b[^.]{0,30}\busername\b[^.]{0,10}\b(forgot|forgotten|lost|gone|unknown)\b|\bcustomer number( is| :)? \S+\b[^.]{0,30}\b(need|want|forgot|lost|don't know|do not know)\b[^.]{0,10}\b(my|the|our) username\b/;
export const identifierGiven = (t: string): boolean => IDENTIFIER_VALUE.test(t) && !IDENTIFIER_REFUSED.test(t) && !OTHER_IDENTIFIER_WANTED.test(t);

const PASSWORD_WORDS = '(password|passwords)';
const USERNAME_WORDS = '(username|customer number|login name|user id|account name)';

/** Getting in said to work: "my login went through fine just now", "I'm logged in right now". */
const LOGIN_WORKS =
  /\b(my |the )?login (went|goes) through( fine)?\b|\b(my |the )?login (is fine|works( fine)?|is working)( now| again)\b|\b(i'm|i am|we're|we are) logged in (right )?now\b/;

/**
 * The password said to be kept somewhere, or the one thing the customer was given: "the password is written in the
 * office notebook", "the password lives in our vault", "the only thing they ever gave me was the password". Not when
 * it fails after ("the password saved in my browser doesn't work any more").
 */
const PASSWORD_HELD =
  /\b(the |our |my |his |her |their )?password (is |was |'s )?(written|saved|stored|kept|noted|sitting|sits|lives|living)( down)?\b|\bthere's a password written\b|\bonly thing (they|he|she) (ever )?(gave|sent|told) (me|us) (was|is) (the|a) password\b|\bpassword (is |'s )?in (our|my|the) (vault|password manager|notebook|safe|notes)\b/;
/** Trouble with the password, or with getting in, anywhere in a sentence that names it or in the message. */
const PASSWORD_TROUBLE = /\b(forgot|forgotten|lost|gone|can't|cannot|don't know|no idea|need a new|new password|reset)\b/;
const LOGIN_FAILS =
  /\b(invalid|incorrect|wrong|rejected|refused|doesn't work|does not work|won't (let|work|accept)|not accepted|not working|fails|failed|expired|locked out)\b/;
const passwordHeld = (t: string): boolean =>
  PASSWORD_HELD.test(t) &&
  !LOGIN_FAILS.test(t) &&
  !t
    .split(/ [.;!?] /)
    .some((sentence) => /\bpassword\b/.test(sentence) && PASSWORD_TROUBLE.test(sentence.replace(/\b(username|user name|login name|customer number)\b/g, ' ')));

/** The account's password ruled out: "the password's fine", "I know the account password", "my login went through fine". */
export function accountPasswordRuledOut(t: string): boolean {
  // "The certificate password I have" clears the certificate's password, not the account's.
  // "I know the account password" clears the password as "I know the password" does.
  const accountSide = t
    .replace(/\b(certificate|certificate's|pfx|p12|token|key|file|keystore|codesigning|signing) (password|passwords|passphrase)\b/g, 'filepassword')
    .replace(/\b(account|login|website|portal) (password|passwords)\b/g, '$2')
    // "The password of our account works fine", "het wachtwoord van ons account": the same password named after it.
    .replace(
      /\b(password|passwords) (of|for|to|on|van|von|de|du|del|da|do|dla) (the |my |our |ons |onze |mijn |unserem |notre |nuestra |nossa |il nostro )?(account|login|website|portal|konto|compte|cuenta|conta)\b/g,
      '$1',
    );
  return (
    clearedOf(accountSide, PASSWORD_WORDS) || LOGIN_WORKS.test(t) || passwordHeld(accountSide) || retiredLoginNotPassword(t) || LOGIN_DETAILS_RIGHT.test(t)
  );
}

/** The needs the customer rules out ("the password's fine", "I'm not after my username"): read from neither the rules nor the models. */
/** "I have my customer number, C-0091827, but forgot my user name": one identifier had and the other lost, which is the need. */
const lostOne = (noun: string) =>
  new RegExp(
    String.raw`\b(forgot|forgotten|lost|don't know|do not know|can't remember|cannot remember|can't find|cannot find)\b[^.]{0,12}\b(my |the |our )?${noun}\b|\b${noun}\b[^.]{0,12}\b(forgotten|lost|gone|missing)\b|\b${noun}\b(?:(?!password)[^.,]){0,30}\b(no clue|no idea|not sure|don't know|do not know) what (mine|it|ours|that) is\b|\b(tell me|give me|remind me of|what is|what's) (the |my |our )?${noun}\b|\b${noun} (i|we) (know|have|remember) not\b`,
  );
const USER_NAME_LOST = lostOne('(username|login name|user id)');
const NUMBER_LOST = lostOne('customer number');
export const oneIdentifierLost = (t: string): boolean =>
  (/\bcustomer number\b/.test(t) && USER_NAME_LOST.test(t)) || (/\b(username|login name|user id)\b/.test(t) && NUMBER_LOST.test(t));

/** "The password, Orchard#2020, still works fine": a thing with an aside between commas said of it, read without the aside (not when a "but" follows). */
const ASIDE =
  /\b(password|username|customer number|login name|pin|passphrase) , [^,.]{1,40}? , (?=(still|is|was|works|worked|has|does|do|i|we)\b)(?![^.]*\b(but|yet|however|though|except)\b)/g;

/** Both halves of the login said right: "Username and password are both right, I checked them twice". */
const LOGIN_DETAILS_RIGHT =
  /(?=\b(username|user name|login name|email|customer number) )(?<!\bif (my |the |our )?)\b(username|user name|login name|email|customer number) (and|&) (the |my |our )?(password|passwords) are (both |definitely |still |all )?(right|correct|valid|fine)\b(?! until)/;

export function clearedNeeds(typed: string): Need[] {
  const t = typed.replace(ASIDE, '$1 ');
  return [
    ...(accountPasswordRuledOut(t) ? (['reset_password'] as const) : []),
    ...(((clearedOf(t, USERNAME_WORDS) || identifierGiven(t)) && !oneIdentifierLost(t)) || LOGIN_DETAILS_RIGHT.test(t) ? (['recover_username'] as const) : []),
    ...deniedBeyondLogin(t),
  ];
}

/** The certificate's own secret, which "I have the PIN", "not asking for the pfx password" clear. */
const FILE_SECRET_WORDS = "(pfx password|p12 password|keystore password|certificate password|certificate's password|token pin|pin|passphrase)";
/** A person declined: "I don't want to speak to anyone", "no agent please", "forget the human". */
const PERSON_DECLINED =
  /\b(don't|do not|no need to|not) (want|need|wish) (to )?(speak|talk|chat) (to|with) (anyone|anybody|someone|somebody|a person|a human|an agent|a real person)\b|\bno (human|agent|person|phone call)s?( please| needed| thanks| ,| \.|$)|\bnot after a (phone call|call|person|human)\b|\bforget the (human|agent|person)\b|\b(don't|do not|dont) need (a|an|any) (person|human|agent|call|phone call)\b|\bno need for (a|an) (person|human|agent|call)\b|\bdon't (need|want) anyone to (call|ring)\b|\b(don't|do not|dont|no need to|please don't|not going to) (transfer|put|pass|connect|forward|hand|send) (me|us) (through |over |on )?(to|with) (a |an |any |the )?(person|human|agent|someone|somebody|anyone|anybody|colleague|operator|representative|staff)\b|\b(rather not|prefer not to|don't want to|do not want to|dont want to|no need to) (talk|speak|chat) (to|with) (anyone|anybody|someone|somebody|a person|a human|an agent|a real person|your (team|colleagues|support|staff))\b|\b(don't|do not|dont) (want|need) (a|any) (callback|call back|call|phone call|ring)\b/;
/** The certificates' account known: "I know exactly where they are", "not looking for which account", "never mind finding the account". */
const ACCOUNT_KNOWN =
  /\bi know (exactly )?(where|which account) (they|the certificates|my certificates|our certificates|our certs|my certs|it|the certificate|they're)\b|\bnot (looking for|asking about|asking for|after) which account\b|\bnever ?mind (about )?finding\b|\bnot that (i|we) (don't|do not|can't|cannot) (know|find|tell|remember) (which|what|where)\b|\bcertificates were (under|in|on) [^.]{0,30}\b(the whole time|all along)\b|\b(i|we) (found|worked out|figured out) (out )?(where|which account) (they|the certificates|my certificates|our certificates|our certs|my certs|it|the certificate)\b|\b(certificates|certs|certificate|cert) (show|shows|showing|are showing|appear|appears) (up )?(fine|again|now|correctly)\b(?! (but|except))|\b(i|we) can (now )?see (the |my |our |all (the |my |our )?)?(certificates?|certs?|it|them)\b(?:(?! \. ).){0,40}\b(now|again)\b(?![^.]{0,30}\b(but|except|however)\b)/;

/** The certificate said to work: "the certificate itself is fine", "signing still works", "we sign every night", "signtool is happy". */
const CERTIFICATE_FINE =
  /\b(the |our |my )?(codesigning )?(certificate|cert|signing side|token|pfx|p12)( itself)? (works|is working|still works|is all working|is ok|is fine|works fine)\b(?! (but|except))|\bsigning('s)? (still )?(works|is fine|is ok|ok)\b|\b(we )?sign (every|each) (day|night|build)\b|\b(signtool|jarsigner|the signing tool) (is happy|is fine|works)\b/;

/** The file's secret denied as what fails: "is not the password of the certificate file, is the login", "not the pfx password". */
const FILE_SECRET_DENIED =
  /\b(not|isn't|is not|it's not|its not)( the| my| our| a)? (password|pin|passphrase) (of|for|on|from) (the |my |our )?(codesigning |code )?(certificate|cert|pfx|p12|token|key)( file)?\b|\bnot (the |my |our )?(codesigning |certificate |cert )?(pfx|p12|token|file|certificate file|certificate|cert|key file)('s)? (password|pin|passphrase)\b/;

/** Needs beyond the login's two halves that the customer rules out. */
/** The sign-on's retirement taken in stride or already behind them: "ISO login gone, fine.", "we moved off the ISO login last year". */
const SIGNON_ACCEPTED =
  /\b(iso|signon|independent)( login| account)? (is |being )?(gone|retired|dead)( ,)? (fine|ok|okay|whatever|i know|no problem|that's fine)\b|\b(we|i) (moved|migrated|switched) (off|away from) (the |our |my )?(iso|signon|independent)( login| account)?\b(?![^.]{0,60}\b(can't|cannot|don't|no longer|not|won't|lost|gone|missing|now)\b)/;

function deniedBeyondLogin(t: string): Need[] {
  return [
    ...(clearedOf(t, FILE_SECRET_WORDS) || CERTIFICATE_FINE.test(t) || FILE_SECRET_DENIED.test(t) ? (['codesign_password'] as const) : []),
    ...(PERSON_DECLINED.test(t) ? (['human'] as const) : []),
    ...(ACCOUNT_KNOWN.test(t) ? (['find_account'] as const) : []),
    ...(SIGNON_ACCEPTED.test(t) ? (['regain_access'] as const) : []),
  ];
}

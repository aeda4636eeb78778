// A problem told as already solved ("The password reset worked, I'm in.", "Managed to re-export the
// code signing cert with a new password, so that's done.") is not a need: what the message still
// wants is read from its other sentences.

/** A sentence saying its problem is over. */
const SOLVED =
  /\b(password|passphrase|pin|username|customer number)\b[^.]{0,40}\b(i|we) (have |had |finally )?(found|remembered|recovered|dug out) (it )?(now|again|after all|in)\b|\bfound (the|my|our) ([\w-]+ ){0,2}(password|passphrase|pin|username|user name|customer number)\b|\bgot (the|my|our) ([\w-]+ ){0,2}(username|user name|customer number|password|passphrase|pin) (back|from)\b|\b(password|passphrase|pin)('s| is| has been| was| got) (reset|changed|sorted)\b(?! by)|\b(worked|works now|sorted(?! (\w+ ){0,3}(out )?(myself|ourselves|it myself))|done|fixed|solved|resolved|behind us|went (thru|through) fine|got (it )?back in|all good|that's everything|managed to|turns out|got there in the end|never mind|found it|found the right one|all fine|had (it|the \w+ \w+|the \w+) all along|(it's|it is|that's|all|everything's|everything is) (fine|good|ok|okay|working) now)\b|\b(can|could) (see|login|get in|get into|access|sign)\b[^.]{0,30}\bagain\b|\b(signed|imported|installed|exported|renewed|logged in)\b[^.]{0,30}\b(fine|ok|okay|successfully|without (a |any )?(problem|issue|hitch)s?)\b|\b(got|went|came) (through|over|across)\b[^.]{0,40}\bwithout (any |a )?(trouble|problem|issue|hitch)s?\b|\bwent smoothly\b|\b(reset|it|that|the link) did (work|the trick)\b|\b(e-?mail|link|reminder|mail|letter|username|customer number|code) (has |finally )?(arrived|came through|came in|turned up|showed up)\b|\b(i've|i have|we've|we have|i|we) (set|chose|picked|made) (a|my|our) new (password|pin|passphrase)\b|\bnew (password|pin|passphrase|one) (took|takes|works|worked|is working|was accepted|is accepted|went through|did it)\b|\b(my (mistake|fault|bad)|user error|silly me)\b|\b(he|she|they|someone|somebody|your (colleague|agent|support|team)|one of your (people|colleagues|agents|team)) (already )?(reset|changed|sorted|fixed|unlocked) (my|our|the) (password|pin|username|login|account)\b/;
/**
 * Nothing lost after all, the customer's own slip ("I hadn't forgotten anything after all, I was typing
 * it into the username box"): solved, whatever the things it names.
 */
const NOTHING_LOST =
  /\b((i|we) )?(hadn't|had not|haven't|have not|didn't|did not) (forgotten|lost|forget|lose) (anything|it|them) after all\b|\b(i was|i'd been|i had been|we were|we'd been) (typing|entering|putting|pasting) (it|them|\w+) (in|into) the (wrong|username|user name|other) (box|field)\b( instead of the [\w ]{0,20}(box|field|one))?/g;
/** "fine now", "working now": the now of a solved problem, not of a new one. */
const SOLVED_NOW = /\b(works|working|fine|good|ok|okay|sorted|all set|found) now\b/g;
/** Someone else gave the customer what was lost: "my colleague just told me what it is". */
const TOLD_BY_SOMEONE =
  /(?<!\b(nobody|no one|never|not|didn't|hasn't|haven't|has not|have not|did not) )\b(told|gave|sent|reminded) (me|us) (what it is|what it was|the password|the username)\b/;
/** …unless it also says something is still wrong or wanted. */
const STILL_OPEN =
  /\b(still|but|however|though|another story|no longer|not working|doesn't|does not|can't|cannot|don't|won't|isn't|problem|now|except|need|want|help|please|where|which|what|how|stopped|died|dead|gone|lost|forgot|forgotten|failed|fails|refused|rejected|locked|broken|expired|missing|not|never|hasn't|haven't|didn't|wasn't|isn't|incorrect|wrong|invalid|error|like|asks|asking)\b/;

/** A sentence only of thanks, approval or taking back ("thanks, that's everything", "nvm", "please close my ticket from yesterday"). */
const COURTESY_ONLY =
  /^(thanks|thank you|cheers|great|brilliant|perfect|lovely|ok|okay|all good|nvm|never mind|sorry for the (bother|trouble|hassle|noise|confusion)|ignore (that|me|my last message)|scratch that|forget it)\b[^.]{0,25}$|^(please |pls )?(close|cancel) (my|the|this|our) (ticket|case|request|chat)\b[^.]{0,60}$/;

/** A sentence telling its problem over ("the main account password reset worked fine", "he reset my password"), with nothing still open in it. */
export const solved = (sentence: string) =>
  ((SOLVED.test(sentence) || TOLD_BY_SOMEONE.test(sentence)) &&
    !STILL_OPEN.test(
      sentence
        .replace(SOLVED_NOW, ' ')
        .replace(TOLD_BY_SOMEONE, ' ')
        .replace(/^never ?mind\b/, ' '),
    )) ||
  (sentence.match(NOTHING_LOST) !== null && sentence.replace(NOTHING_LOST, ' ').replace(/[\s,]+/g, '') === '');

/**
 * Every sentence of several tells a problem solved or only thanks ("Password's reset and I can see the certs
 * again. Thanks, that's everything."): a remark, whatever the solved sentences name.
 */
export function allSolved(t: string): boolean {
  const sentences = t
    .split(' . ')
    .map((sentence) => sentence.replace(/( [.!?])+ *$/, '').trim())
    .filter((sentence) => sentence !== '');
  const over = (sentence: string) => solved(sentence) || COURTESY_ONLY.test(sentence);
  // "Reset my password please. Never mind, my colleague just told me what it is": what came before is taken back.
  const takenBack = sentences.findLastIndex((sentence) => TAKEN_BACK.test(sentence) && solved(sentence));
  if (takenBack > 0 && sentences.slice(takenBack).every(over)) return true;
  return sentences.length > 1 && sentences.some(solved) && sentences.every(over);
}

/** A sentence taking back what came before: "never mind, …", "forget it, …", "scratch that, …". */
const TAKEN_BACK = /^(never ?mind|nvm|forget (it|that)|scratch that|ignore (that|me|my (last|earlier) (message|question)))\b/;

/** What came before is told as background: "that's not why I'm here". */
const NOT_WHY_HERE =
  /\b(that's|thats|that is|which is|but that's|but thats) not why (i'm|im|i am|we're|we are) (here|writing|messaging|contacting you|in touch)\b/;

/**
 * Where a solved part may end: a sentence's end, or a turn to what is open now ("that worked, new password is set, but now it's
 * asking for my customer number", "password reset worked, but now I can't remember the username"). Only a turn to a new thing
 * asked for or named: "…it worked, but now it's locked again" is the same trouble back.
 */
const TURNS =
  / \. |(?: ,)? but (?=now (?:it's |it is |it |the \w+ )?(?:asking|asks|wants|wanting|needs|requires) (?:for )?(?:my|the|our|a)\b)|(?: ,)? but (?=[^.]{0,50}\b(?:password|passphrase|username|user name|customer number|account|certificates?|certs?|ssl|pfx|p12|pin|token|login|signon)\b)/;

/**
 * `t` (normalised) without its sentences that only tell a problem solved, when another sentence is
 * left; a message that is all solved stays whole (withheld.ts reads it as a remark).
 */
export function openPart(t: string): string {
  // "…since the ISO logins went away but we've sorted it, fine, that's not why I'm here. Today it's our own account…"
  const aside = NOT_WHY_HERE.exec(t);
  const rest = aside ? t.slice(aside.index + aside[0].length) : '';
  if (/\w/.test(rest)) return openPart(rest);
  const sentences = t.split(TURNS);
  if (sentences.length < 2) return t;
  const open = sentences.filter((sentence) => !solved(sentence));
  return open.length === 0 || open.length === sentences.length ? t : open.join(' . ');
}

/** The sentences of `t` that `openPart` left out of `open` as told solved, joined ('' when it left none out). */
export function solvedPart(t: string, open: string): string {
  if (open === t) return '';
  const kept = new Set(open.split(' . '));
  return t
    .split(TURNS)
    .filter((sentence) => !kept.has(sentence) && solved(sentence))
    .join(' . ');
}

/**
 * A sentence saying nothing is left to do ("No help needed now.", "You can close my question.", "No
 * further action required from your end."), or, where a problem is told as solved, only thanks or a
 * worry for later ("just wanted to say thanks", "that's a problem for future me").
 */
const NOTHING_LEFT =
  /\b(no help (is )?needed|nothing (is )?(needed|required)|nothing (i|we) need|nothing (to do(?! with)|needed|for you to do|to ask)( (right )?now| today| at the moment)?|no (further )?action (is )?(needed|required)|(you can|you may|please|feel free to) close (my|the|this|our) (question|ticket|case|chat|request)|(you can|you may|feel free to) close (this|it)( now)?|no need to (reply|respond|do anything|get back)|(i|we) have nothing (more|else|further) to ask)\b/;
const THANKS_OR_LATER =
  /\b(just (wanted|want) to say (thanks|thank you)|nothing (else|more|further) (is )?(needed|required)|closing the loop|(a|that's a|that is a) problem for (future me|later|another day)|that is for later|that's for later)\b/;
/** What keeps a closing sentence from closing everything: a part of it left out, or something after it. */
const PARTLY = /\b(but|except|apart from|besides|other than|there|for that|on that|with|yet)\b/;
const OPENS_AGAIN =
  /\b(but|however|except|still|another|also|though|problem|issue|doesn't|does not|can't|cannot|won't|not working|need|want|help|please|stuck|locked|lost|forgot|forgotten|failed|rejected|wrong|reset|(can|could|would|will) you)\b/;

/** The message closes itself: nothing is left for the bot to do, whatever its story named. */
export function nothingLeft(t: string): boolean {
  const sentences = t.split(' . ');
  const closing = sentences.findIndex(
    (sentence) =>
      (NOTHING_LEFT.test(sentence) || (THANKS_OR_LATER.test(sentence) && sentences.some(solved))) && !PARTLY.test(sentence.replace(/\bno help\b/, '')),
  );
  return closing >= 0 && !OPENS_AGAIN.test(sentences.slice(closing + 1).join(' . '));
}

const GREETED = String.raw`((hi|hello|hey|ok|okay|good news|update)( team| there| all| everyone)?( [,.!-])* )?`;
/** A message that opens on its problem being over: "Problem solved.", "solved it myself -", "All sorted:". */
const OPENS_SOLVED = new RegExp(
  String.raw`^${GREETED}((problem|issue|that's|it's|its|all|everything's) (solved|sorted|resolved|fixed)|(solved|sorted|fixed|resolved) it( myself| ourselves| on my own| on our own)?)\b`,
);
/** What makes the rest more than how it was solved: a contrast, trouble still told, something asked. */
const MORE_THAN_HOW =
  /\b(but|however|except|another|also|again|too|as well|though|unfortunately|next|now|one more|other|still (can't|cannot|doesn't|does not|won't|isn't|not|no|don't|do not)|can't|cannot|won't|doesn't|isn't|don't|do not|not working|no longer|please|pls|need|want|help|can you|could you|stuck|locked|failed|fails|rejected|wrong|expired|forgot|forgotten|lost|missing|gone|unknown|no (clue|idea)|left|took|how|what|which|where|why)\b/;

/** "Problem solved. Our developer still had the PIN written down": the message opens solved and goes on only to tell how. */
export function solvedThenHow(t: string): boolean {
  const opening = OPENS_SOLVED.exec(t);
  return opening !== null && !MORE_THAN_HOW.test(t.slice(opening[0].length));
}

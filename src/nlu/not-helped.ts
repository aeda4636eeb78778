// What a reply to "did that solve it?" says when it is not a plain yes or no: the steps did not help, in
// so many words or by what happened when the customer followed them, or a question asked back. The
// machine reads these only after an outcome (machines/feedback.flow.ts); said first, they change nothing.

/** Saying that the steps given did not solve it: "no that didn't help", "still doesn't work", "no luck". */
const SAID_NOT_HELPED =
  /^(partly|partially|only partly|only partially|half|halfway|kinda|kind of|sort of|somewhat|not entirely|not completely|not fully|not quite)\b|\b(hilft nicht|nicht geholfen|ne m'aide pas|n'aide pas|ne m'a pas aide|no me ayuda|no me ha ayudado|no me ayudo|no ayuda|nao ajudou|nao ajuda|non mi aiuta|non mi ha aiutato|non aiuta|helpt niet|hielp niet|nie pomaga|nie pomoglo)\b|\b(didn't|did not|doesn't|does not|hasn't|has not|haven't|wasn't|isn't) (help|helped|solve|solved|fix|fixed|work|worked|sort it|change anything)\b|\b(no luck|not solved|not fixed|not helpful|no help|no use|no good|still (stuck|broken|not working|doesn't work|can't|cannot))\b/;

/** Doing what the steps said: following a link, filling in a page, writing to whoever they pointed to, looking for an e-mail. */
const TRIED = String.raw`\b(tried|trying|clicked|followed|went (to|through|onto)|put in|entered|typed|filled (in|out)|submitted|requested|searched|checked|looked|logged in|logged into|signed in|emailed|wrote to|contacted|rang|called|phoned|asked|pressed|hit|used|did)\b`;

/** What the customer met there: nothing arriving, a page refusing what was typed, an empty account, a helper gone silent. */
const FAILED = String.raw`\b((nothing|no \w+( \w+)?) (ever |has |have |at all )?(arrived|came|comes|happened|happens|showed up|shows up|turned up)|(never|didn't|did not|hasn't|has not) (arrived|came|come|arrive|showed up|turned up|let (me|us) in)|(finds|found|returns|returned|shows|showed|got) nothing|(isn't|aren't|wasn't|weren't|is not|are not|was not|were not) (in )?there|(it's|it is|is|was|looks|are|were) (just |completely |totally )?(empty|blank)|there (are|is|were|was) no (\w+ )?(emails?|mails?|notices|messages|reminders?|links?|replies|reply|answer|response)|no (reply|replies|answer|response)|(gone|went|gone very) (quiet|silent)|stopped (answering|replying|responding)|(sent|sends|bounced|pointed|directed) (me|us) (straight |right |all the way )?back|(goes|went|leads|led) nowhere|(loops|looped|looping|keeps looping|goes round in circles|went round in circles))`;
const TRIED_AND_FAILED = new RegExp(String.raw`${TRIED}[^.?!]{0,120}${FAILED}`);

/** A page or a tool refusing what the steps had the customer type: "it says the details don't match any account". */
const REFUSED_THERE =
  /\b(it|that|the (page|site|form|portal|screen|system|tool|link|reminder( page)?|reset( page)?)|account assistance)( just| still| only)? (says|said|shows|showed|gives|gave|keeps (saying|showing)|tells (me|us)|told (me|us)|returns|returned|comes back with|came back with)\b[^.?!]{0,60}\b(error|(don't|doesn't|do not|does not|didn't|did not) match|not (found|recogni[sz]ed|valid|registered|known)|unrecogni[sz]ed|invalid|no (such )?(account|match|record|user)|unknown|expired|wrong|incorrect|not accepted|rejected)\b/;

/** The steps worked after all: "tried again and it worked", "nothing happened at first but then it loaded, all good". */
const WORKED_AFTER_ALL =
  /\b(worked|works|working|got in|i'm in|we're in|(i'm|i am|we're|now|finally) logged in|back in|let me in|lets me in|got through|succeeded|successful|saved|got it|now (i|we) can|sorted|fixed|arrived now|came through|went through|loaded|all good|fine|no more|no error|helped|did it|did the trick|at first|then it|second (attempt|link|time|try)|another one|other email|done)\b/;

/** The reply says the steps did not solve it: in so many words, or by what happened when they were followed, and not after a yes. */
export function saysNotHelped(t: string, answer?: string): boolean {
  if (SAID_NOT_HELPED.test(t)) return true;
  return answer !== 'yes' && (TRIED_AND_FAILED.test(t) || REFUSED_THERE.test(t)) && !WORKED_AFTER_ALL.test(t);
}

/** A question asked back without its mark: "the reseller closed down. what now". ("What a relief", "when I clicked it, it worked" are no questions.) */
const ASKED_BACK = /\b(what now|then what|now what|what do (i|we) do now|what should (i|we) do now)\b/;

/** Asking to be told it was done right ("is that it, did I do it right?", "anything else?"): a question hoping for yes, not one the steps left open. */
const CONFIRMING =
  /\b(is that (it|right|correct|all)|that's (it|all)|(did|have) (i|we) (do|done) (it|that|this|everything) right|was that (it|right|correct)|anything else|(do|should) (i|we) (need to|have to) do anything)\b/;

// "Looks like it worked?", "It let me in. Why did it lock me out in the first place?": asked after it worked, the steps did their part.
export const asksBack = (normalised: string, typed: string): boolean =>
  (typed.includes('?') || ASKED_BACK.test(normalised)) && !CONFIRMING.test(normalised) && !WORKED_AFTER_ALL.test(normalised);

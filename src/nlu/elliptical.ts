// A need said by its object alone, leaning on the trouble told before it: "forgot my pw. username as
// well", "lost the login password. The customer number likewise.", "and the pfx one", "Username for
// the new one? Also gone." The clause names a thing and only adds it to what came before.
import type { Need } from '../../machines/domain.js';
import { clearedOf, identifierGiven } from './cleared.js';

/** The thing a clause names, most specific first: a certificate file's password before the account's. */
const OBJECTS: [Need, RegExp][] = [
  ['human', /\b(an?|some) (real |actual |live )?(human|person|agent|human being)\b|\b(someone|somebody) (real|from support|on your side)\b/],
  [
    'codesign_password',
    /\b(pfx|p12|pkcs ?12|keystore|jks|token|codesigning|signing|certificate file|key file)( file)?('s)? (one|password|passphrase|pin)\b|\b(password|passphrase|pin|one) (for|of|on|to) (the|my|our|that|its) (\w+ )?(codesigning|pfx|p12|keystore|jks|token|signing|certificate file|key file)\b/,
  ],
  ['recover_username', /\b(username|usernames|user id|login name|login id|customer number|account number)\b/],
  [
    'reset_password',
    /\b(login|log in|account|site|portal|website|sign in|admin) password\b|\bthe other (bit|half|part)\b|^(the |my |our )?password\b|\bpassword (for|to|of) (logging|log|signing in|the login|the account|your site|the site|the portal|the website|my account|our account)\b|\bone (for|to) (logging|log|sign|signing) (in|into|on)\b/,
  ],
];

/** A clause adding its thing to the trouble before: "and the…", "plus…", "nor…", "or the one…". */
const LEADS_ON = /^(and|plus|nor|or|also|and also|then|and then|after that|afterwards|y|und|et|e|en|ainsi que|as well as)( also| then| of course)? /;
/** An item of a list the customer counts out: "Two things. One: my login name. Two: a human", "first, the customer number". */
const COUNTED = /^(one|two|three|1|2|3|first|second|third|firstly|secondly|thirdly|number (one|two|three))( :| \)| -| ,)? /;
/** A determiner before the thing, in the languages customers mix in. */
const DETERMINER = String.raw`(the |my |our |a |an |his |her |their |die |der |das |den |le |la |el |il |o |de |het )?`;
/** Each thing's pattern anchored at the start of what follows a lead, after a determiner if any. */
const STARTS_WITH = new Map(OBJECTS.map(([need, pattern]) => [need, new RegExp(`^${DETERMINER}(?:${pattern.source.replace(/\\b/g, '')})`)]));

/** …or saying it of its thing: "username as well", "the customer number likewise", "el usuario tampoco". */
const ALSO =
  /\b(too|as well|also|likewise|either|neither|ditto|idem|same for|same with|same goes for|tampoco|auch|ebenfalls|aussi|non plus|ook|anche|também|tambien|también)\b/;
/** The message adds a need to the one under way ("oh and I also lost my user name", "while I'm here: …"), rather than correcting it. */
export const addsAnother = (t: string): boolean =>
  (ALSO.test(t) || /\b(another|second|while (i'm|i am|we're) here|oh and|plus|on top of that|besides)\b/.test(t)) &&
  !/\b(sorry|i mean|i meant|actually|mixed (things|it|them) up|not the)\b/.test(t);

/** A clause that is only the addition, for the thing of the clause before: "Also gone.", "Same.", "Ditto". */
const ONLY_ADDS =
  /^((i )?(don't|do not|can't|cannot) (have|know|remember|find) (that|it|this)( either| too)?|(also|again|likewise|same) (no idea|no clue|not a clue|unknown|don't know|dunno)|(no idea|no clue|unknown|don't know that) either|likewise|same|same here|same thing|same there|same story|same problem|same with (that|this|it)|ditto|the same|that too|that one too|it too|that as well|gone too|lost too|also gone|also lost|also forgotten)( gone| lost| forgotten| missing| \.)*$/;
/** What says the thing is had or fine rather than lost: "I have the username too", "the user name too is right". */
const HAD =
  /\b(i|we) (have|know|remember|got|still have)\b(?![^.]{0,12}\b(no|not|never)\b)|\b(is|are|was) (right|correct|fine|ok|okay|good|working)\b|(?<!\b(not|never|no longer) |n't )\b(works|working)\b|\bnot (it|the problem|the issue)\b|\bsticky note\b|\bwritten down\b(?<!never had it written down)/;
/** A question about how a thing works ("does resetting it change the pfx password?") adds no need of the customer's. */
const ASKS_HOW = /\b(does|do|will|would|can|is|are) (resetting|changing|it|that|this|they)\b|\b(how|why|what|when) (does|do|is|are|will)\b/;

/** "or the username changed?" after "maybe my password expired?" offers another guess; after "can't recall…" it adds a thing. */
const GUESSING = /\b(maybe|perhaps|possibly|not sure|or is it|could it be)\b/;
const LOST = /\b(can't|cannot|couldn't|don't|didn't|not|no|never|forgot|forgotten|lost|gone)\b/;

/** The clause starts with its lead and then the thing itself: "and the pfx one", not "and the cert is a code signing one". */
function leadsOnTo(clause: string, thing: Need, before: string | undefined, counting: boolean): boolean {
  const lead = LEADS_ON.exec(clause) ?? (counting ? COUNTED.exec(clause) : null);
  if (!lead) return false;
  if (/^n?or\b/.test(lead[0]) && (before === undefined || !LOST.test(before) || GUESSING.test(before))) return false;
  return STARTS_WITH.get(thing)!.test(clause.slice(lead[0].length));
}

/** The words that only add a clause's thing to what came before ("same for the password", "likewise the account password"). */
const ADDING_LEAD = /^(same (for|with|goes for)|likewise|ditto|and also|also|plus|as well as) (?=\S)/;
const objectOf = (clause: string): Need | undefined => {
  const thing = clause.replace(ADDING_LEAD, '');
  return OBJECTS.find(([, pattern]) => pattern.test(thing))?.[0];
};
/** "the passphrase isn't working and the username on the portal isn't either": an "and" before a thing of its own starts a clause. */
const LOST_IN_WORDS = /\b(forgot|forgotten|lost|gone|missing|unknown|no idea|no clue)\b/;
const AND_A_THING = / (?=and (?:the|my|our) )/;

/**
 * The needs `t` adds by naming their things alone, beside `read` (what was read already, which must be
 * a need for the addition to lean on). `cleared`: what the customer rules out.
 */
/** Items numbered in a row ("1) user name 2) the login password 3) …", "1. my username 2. the password"): each starts a clause. */
const NUMBERED = /(^| )([1-9]) (?:\. )?(?=[a-z])/g;
function numberedApart(t: string): string {
  const numbers = [...t.matchAll(NUMBERED)].map((match) => match[2]).join('');
  return numbers.startsWith('12') ? t.replace(NUMBERED, ' , $2 ') : t;
}

/** Turning to a thing, as to the next item of the conversation: "Back to my second question, the username", "on to the pfx one". */
const TURNS_TO =
  /\b(back to|on to|moving on to|now (to|for)|and now|next up)( (my|the|our) (second|other|next|first|original|last|remaining|earlier) (question|issue|problem|thing|point|one))?( ,| :| -)? /g;

function turnedTo(t: string, cleared: readonly Need[]): Need[] {
  // "now to the account number, I found it in the invoice", "and now the token pin works too": turned to as fine.
  const turned = [...t.matchAll(TURNS_TO)]
    .map((turn) => t.slice(turn.index + turn[0].length).split(' . ')[0]!)
    .filter((rest) => !HAD.test(rest) && !/\b(found|accepted|fine|sorted|goes through|went through|shows up|showed up|arrived|came)\b/.test(rest));
  return OBJECTS.filter(([need]) => !cleared.includes(need) && turned.some((rest) => STARTS_WITH.get(need)!.test(rest))).map(([need]) => need);
}

/** A clause only saying its thing is lost, answering the one before that only names it: "Login name? Forgotten.", "Password? No clue." */
const ONLY_LACKING =
  /^(forgotten|forgot|lost|gone|no idea|no clue|not a clue|unknown|dunno|(i )?(don't|do not) know)( either| too| as well)?( really| whatsoever| at all)?$/;
const NAMED_ONLY = /^(the |my |our )?(\w+ ){0,2}\w+$/;

function namedThenLacking(clauses: readonly string[], cleared: readonly Need[]): Need[] {
  return clauses.flatMap((clause, k) => {
    const thing = objectOf(clause);
    const next = clauses[k + 1];
    return thing && next && !cleared.includes(thing) && NAMED_ONLY.test(clause) && !/\bor\b/.test(clause) && ONLY_LACKING.test(next) ? [thing] : [];
  });
}

export function ellipticalNeeds(t: string, read: readonly Need[], cleared: readonly Need[]): Need[] {
  const clauses = numberedApart(t)
    .split(/ (?:\.|;|-|—|,) /)
    // …an addition only when it says so or says the thing is lost ("and the username stayed the same" adds nothing).
    .flatMap((clause) => {
      const [first, ...rest] = clause.split(AND_A_THING);
      return rest.every((part) => ALSO.test(part) || LOST_IN_WORDS.test(part)) ? [first!, ...rest] : [clause];
    })
    .map((clause) => clause.trim())
    .filter(Boolean);
  // Counted only when two or more items are: "First an agent told me to wait" is a story, not a list.
  const counting = clauses.filter((clause) => COUNTED.test(clause)).length >= 2;
  const answered = namedThenLacking(clauses, cleared).filter((need) => !read.includes(need));
  if (read.length === 0 && answered.length === 0) return turnedTo(t, cleared);
  const added = new Set<Need>(answered);
  clauses.forEach((clause, k) => {
    const onlyAdds = ONLY_ADDS.test(clause);
    const thing = onlyAdds ? (k > 0 ? objectOf(clauses[k - 1]!) : undefined) : objectOf(clause);
    if (thing === undefined || read.includes(thing) || cleared.includes(thing)) return;
    if (!onlyAdds && !leadsOnTo(clause, thing, clauses[k - 1], counting) && !ALSO.test(clause)) return;
    if (HAD.test(clause) || ASKS_HOW.test(clause)) return;
    // "The password … I still have, also the username": a bare addition to something had is had too.
    if (/^(also|and|plus|and also)\b/.test(clause) && clause.split(' ').length <= 5 && k > 0 && HAD.test(clauses[k - 1]!)) return;
    if (thing === 'recover_username' && (identifierGiven(clause) || clearedOf(clause, '(username|customer number)'))) return;
    added.add(thing);
  });
  return [...added];
}

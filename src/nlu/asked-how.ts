// Questions about how things work, asked rather than told: the process, what a password may be, the
// reset e-mail, the sign-on change, someone else's case or a loss supposed. Such a question names what
// needs are about without stating one (withheld.ts decides whether trouble told beside it outweighs it).

/**
 * Asking how the process works or what something is ("how long does a password reset take?", "what's
 * an independent sign-on?", "will I need a new password after the migration?"), or how to do what the
 * sources do not cover ("how do I renew it?"). Such a question names the things a need is about
 * without stating the need.
 */
export const PROCESS_QUESTION =
  /^if (i|we) [^.]{0,60}\b(does|do|will|would|is|are|can) (my|our|the|it|that|this|they|their|his|her)\b|\b(is|would) (that|this|it) (be )?(a )?problem\b|\b(the same (thing )?as|two different things)\b|^(what is|what's|whats|what are|what exactly is|what exactly are) (exactly )?(an?|the (usual |normal |standard |general |official )?(difference|point|minimum|maximum|rule|rules|policy|process|procedure|deal|timeline|length))\b|^what (does|do|did) [^.]{0,40}\bmean\b|^what (exactly )?(is|are) (exactly )?(an? |the )?((?!(my|our|your|his|her|their) )[\w-]+ ){0,2}(signons?|logins?|accounts?|customer numbers?|usernames?|epki|resellers?|affiliates?)( \.)*$|^(can|could) you explain\b|^how long\b|^what happens\b|^will (i|we|my|our|the|it|they)\b[^.]{0,40}\b(need|have to|lose|stay|still|keep|be affected|change)\b|^do (i|we) (need|have to have) (a|an|the|my|our) (?!new\b)\w+|^do you (ever )?(ask|store|keep|see|need|save|check)\b|^should (the|my|our) [^.]{0,40}\bbe the same\b|^(is|are) (it|there|my|our|the)\b[^.]{0,40}\b(safe|still valid|valid|affected|normal)\b/;
/**
 * A yes/no or when question about how things work ("does the reset link expire?", "can a username
 * contain a full stop?", "when will the old sign-on be switched off?"). One about the customer's own
 * things, or asking someone to act, is a request ("can you reset my password?", "is it possible to…").
 */
export const YES_NO_QUESTION = /^(is|are|does|do|did|can|will|would|should|has|have|when|how many|how much|how often|why) /;
/** Things of anyone's, not the customer's: "an account", "any password", "accounts". */
export const ANY_ONES = /\b(an?|any) (account|password|user|login|token|pin|username)\b|\b(accounts|passwords|users|logins|tokens|pins)\b/;
export const ASKS_FOR_ONESELF =
  /\b(my|our|mine|ours|me|us|i|we|i'm|we're|i've|we've)\b|\b(can|could|would|will) you\b|\byou (can|could)\b|\b(someone|somebody|anyone|anybody|possible|a way|please|help)\b/;

/** Said to be only a question: "just curious", "general question, no rush", "not now, just wondering" ("just wondering" alone opens requests too: "just wondering what my username is?") (foreign.ts writes other languages' ways so). */
export const JUST_ASKING =
  /\b(just curious|nothing urgent|no (problem|problems|issue|issues|trouble) (yet|right now|at the moment|for now|currently)|planning ahead|just planning|(quick one |a question )?for the future|for (our|the|my) (internal )?(disaster recovery|records|documentation|runbook|notes|wiki|contact list|supplier list|files|address book|intranet|handbook|onboarding (sheet|document|doc|guide))|(have|keep) it on file|for later|not now , for|asking (before|ahead of time|in advance)|before (i|we) (start|do it|try it|renew|begin|go ahead)|not (right )?now , just (wondering|curious|asking)|(i|we) (don't|do not) need (one|it|that|them|anyone|anybody|someone|somebody|a person|an agent) ((right |just )?now|today|yet|just yet|at the moment|for now)|(updating|putting together|filling in|filling out|compiling|drafting|preparing|completing|writing up) (our|the|my|a|an) ([\w-]+ ){0,2}(contacts|contact (list|sheet|details|page)|records|documentation|wiki|runbook|handbook|directory|list|sheet)|out of curiosity|out of interest|general question|just asking|asking in advance|asking ahead|just so i know|in general|generally speaking|nothing('s| is) (wrong|locked|broken)( right now| at the moment| yet)?|asking so (we|i) know|(ours|mine) works fine|feedback , not a request|not a request|(it's |it is |its |mine |ours |they )?(still )?(work|works|working|opens)( fine)? (for now|at the moment|today|so far|right now)|(it's |its |it is )?still working|nobody has complained( yet)?|(ours|mine) (are|is) fine)\b/;

/** A question about what a password or user name may be: "can the new password contain special characters?" */
export const PASSWORD_RULES =
  /\b(password|passphrase|username)s? (can|must|has to|have to|need to|should|may) (contain|include|have|be|start|end|use)\b|\bhow (long|short|many characters)\b[^.?]{0,30}\b(password|passphrase|username)\b|\bspecial characters\b|\b(maximum|minimum|max|min)( allowed)? (length|number of characters|characters)\b[^.?]{0,40}\b(password|passphrase|username)\b|\b(password|passphrase|username)s?\b[^.?]{0,40}\b(maximum|minimum|max|min)( allowed)? (length|number of characters|characters)\b|\b(character|length) limit\b/;

/**
 * How the reset e-mail works, asked or remarked on: how long it takes or stays valid, which address
 * sends it, that it tends to land in spam ("which address does the reset email come from?", "the
 * reset emails take ages to arrive, just saying"). One that never came or had expired is trouble,
 */
const RESET_MAIL = String.raw`(\b((password )?(reset|recovery)|forgot password|username (reminder|recovery))( password)? (e-?mails?|mails?|links?|messages?)\b|\busername reminders?\b)`;
export const RESET_MAIL_WAYS = new RegExp(
  String.raw`${RESET_MAIL}[^.?]{0,50}\b(how long|how many (minutes|hours)|how soon|come from|comes from|sent from|sender|(does|do|will) (it|they) (go|get sent|arrive|come) to|whitelist|valid|take ages|takes ages|take forever|takes forever|always|usually)\b|\b(how long|how many (minutes|hours)|how soon|which address|what address|which sender|what sender|sender address)\b[^.?]{0,50}${RESET_MAIL}|^once (i|you) (hit|click|press) '?forgot password'?[^.?]{0,20}\b(how long|how many (minutes|hours)|how soon)\b`,
);
/** …or a request for one: "the reset emails take ages. can you just send me a link now". */
export const RESET_MAIL_TROUBLE =
  /\b(never|not|isn't|doesn't|didn't|hasn't|won't|expired|already (been )?used|can't|cannot|(can|could|would|will) you|send (me|us)|(i|we) (need|want) (a|an|the|my|our|new|another)|been waiting|waiting for (mine|it|one|the email|the link)|nothing yet|still nothing|(i|we) (requested|asked for) (a|one|it|the)|(i've|i have|we've|we have|i|we) (forgotten|forgot|lost) (mine|ours|it|my|our))\b/;

/** Whether the retired sign-on comes back, until when it works, why it went: "will you ever bring back the separate login?". */
export const CHANGE_QUESTION =
  /^(will|are|is) (you|it|they|the [\w ]{0,30}) (ever )?(bring|bringing|coming|come) ([\w ]{0,30})?back\b|\bwhat'?s the last day\b|\bwhen (exactly )?(are|is|will|do|does) (you|it|they|the [\w-]+( [\w-]+)?) (be )?(switching|turning|shutting|switched|turned|shut|going to (switch|turn|shut)) off\b|\b(does|will|would) (it|this|that|the change|the retirement|any of (it|this)) (touch|affect|apply to|concern|impact) (me|us|my|our)\b|\banything (i|we) (need|have|ought) to (worry|think) about\b|\b(keep|still be|stay) (working|valid)\b[^.]{0,30}\b(after|once)\b|\b(been|be) (turned|switched|shut) off (already )?or (is|will|are)\b|\b(want|like|need) to plan (around|for|ahead of) (it|this|that|the change)\b|^(warum|why) (wurde|was|were|did you|have you|would you)\b|\b(is|was) (that|this|it|mine|ours) one of the ones (being |you're |you are )?(retired|retiring|switched off|shut down|affected)\b|\bwhat (happened|happens|will happen) to the (certs|certificates)\b[^.]{0,40}\b(on|attached to|under|in) (those|the|these) (old )?(logins|accounts|signons)\b|\bwhat'?s the (exact )?date\b|\bwhen (exactly )?(does|will|do) (the |your |our )?([\w-]+ ){0,3}(stop|stops) working\b|\bdo they get their own logins\b|\b(does|will|would) (it|that|that one|this one|the login|their login|her login|his login) still work after\b|^(hypothetically|out of interest|out of curiosity|just curious)\b/;

/** A question about things in general, its subject no one of the customer's: "do webmasters get notified when I change my password?". */
export const GENERAL_QUESTION =
  /^(so |and |just curious( ,)? |quick question( ,)? )?(after [^.,]{0,30}( ,)? )?(do|does|will|would|are|is|can|should) (other |all |the |a |an )?(webmasters?|resellers?|partners?|partner accounts|accounts|logins|users|people|everyone|everybody|tokens?|pins?|resetting|changing|reset links?|the (reset|link|token|pin|username|customer number))\b/;

export const SOMEONES_CASE =
  /^(if|when|what if|what happens if) (someone|somebody|a customer|customers|people|a user|users|anyone|one|a webmaster|a client) (\w+ ){0,2}(forgets?|forgot|loses?|lost|can't|cannot)\b|^how (does|do|would|will) (a |the )?(password reset|reset|recovery|username recovery|it|this|that)( process| procedure| flow)? ((actually|exactly|even|usually|normally) )?(work|happen|go)\b|^how (do|does|would|will) (people|customers|users|others|other customers|most people|folks|everyone|everybody) ((usually|normally|generally|typically|actually) )?\w+|^who (sets|chooses|picks|creates|decides|resets|issues)\b/;
/**
 * A loss supposed, not told: someone else's, some day ("if he ever forgets his password, does he reset it himself?", "when one of those
 * clients resets their own password, do I get notified?"); who may ask for a reset ("can my assistant request a password reset on my
 * behalf?"); whether a password or its link runs out ("do passwords on your portal expire?").
 */
export const SUPPOSED =
  /\b(if|when|whenever|should) (he|she|they|someone|somebody|anyone|one of (them|those|these|my|our) \w+|(my|our|a|the) (\w+ )?(colleague|client|customer|developer|webmaster|assistant|employee|user|admin|staff member)s?) (ever )?(forgets?|loses?|resets?|changes?|gets? locked)\b[^.?]{0,60}\b(does|do|will|would|can|should|is|are) (he|she|they|i|we|it|that|this)\b|^(can|could|may) (my|our|a|the) (\w+ )?(assistant|colleague|secretary|pa|manager|admin|administrator|developer|webmaster|bookkeeper|accountant|employee|partner|coworker|co-worker) (request|ask for|order|start|initiate|do|make|trigger) (a |the )?(password )?reset\b|\b(do|does|will|would) (the |your |my |our )?(passwords?|reset links?|links?|reset emails?|reset codes?)\b[^.?]{0,30}\b(expire|time out|run out|lapse)\b/;
/** The supposition and the rest of its sentence, which asks about it ("…, does he reset it himself?"). */
export const SUPPOSED_AND_ASKED = new RegExp(String.raw`(?:${SUPPOSED.source})[^.?!]*`, 'g');
/** The customer's own loss said beside it: "…, because mine is gone". */
export const OWN_LOSS =
  /\b(my|our|mine|ours|i|we)\b[^.]{0,20}\b(forgot|forgotten|lost|gone|locked|doesn't work|won't work|can't get|no clue|no idea|can't remember|cannot remember|don't have|do not have|don't know|do not know|stopped|not working|left)\b/;
/** Asking what a secret is: "what's the password for the certificate file you sent us?". */
export const ASKS_FOR_SECRET = /^(what's|what is|whats) (the|my|our) (password|passphrase|pin) (for|of|on|to)\b/;
/** A person asked about for later, not wanted now: "is there a person I could talk to? Not now, just wondering." */
export const NOT_NOW =
  /\b(not (right )?now , just (wondering|curious|asking)|(i|we) (don't|do not) need (one|it|that|them|anyone|anybody|someone|somebody|a person|an agent) ((right |just )?now|today|yet|just yet|at the moment|for now))\b/;
/**
 * A question opening a sentence, typed without its question mark ("How does the password reset process actually work Just curious
 * before I try anything"): asked all the same.
 */
export const OPENS_AS_QUESTION =
  /(^|[.!?] )((how|what|why|when|where|which|who) (do|does|did|is|are|was|were|can|could|will|would|should|long|many|much|often|happens)|(is|are|does|do|did|can|could|will|would|should) (there|it|this|that|the|a|an|my|our|i|we|you|your|people|anyone))\b/;
/** An action of the customer's own supposed for later ("if I ever reset my password, would that touch the certificates?"): not trouble told. */
export const OWN_ACTION_SUPPOSED = /^if (i|we) (ever |later |one day |someday )?(reset|change|renew|update|move|transfer|switch)\b[^,.?]{0,50}( ,)? /;
/**
 * A loss or a need supposed for some later day, not told: "if I ever forget the PIN", "if I forget it later on", "in case we ever need
 * a person", "what would I do if…". Such a clause names a need's things without stating one.
 */
export const SUPPOSED_LATER =
  /\b(if|in case|should|when|whenever) (i|we|my( \w+){1,2}|our( \w+){1,2}|he|she|they|someone|somebody|anyone|one of us) (ever|later|one day|some day|someday)\b|\b(if|in case|should|when|whenever) [^,.?]{0,60}\b(later on|one day|some day|someday|in (the )?future|at some point|down the line)\b|\bwhat would (i|we) do if\b|\b(if|in case|hypothetically)\b[^.?]{0,60}\b(will|would) (i|we) (be able to|have to|need to|get to)\b/;
/** A supposition's clause, to the next break or question word ("whenever you get a chance: what's my username?"). */
// "in case I ever forget my username, would I be able to speak to someone?": what one could then do belongs to the supposition.
export const SUPPOSITION =
  /\b(if|in case|should|whenever|what would (i|we) do if)\b(?:(?! - | (what|which|where|who|how)\b)[^,.?!;:])*(?: ?, (?:would|will|could|can) (?:i|we) (?:be able to|have to|need to|get to)[^,.?!;:]*)?/g;
/** The customer's own things asked for beside "nothing urgent" or "for our records": "what is my customer number?", "which account are they in?". */
export const OWN_THINGS_ASKED =
  /\b(what|which|where)('s| is| are| was)? (is |are |was )?(my|our)\b|\bwhat('s| is| was) the (username|customer number|login|user id|account number)\b|\bwhich (of (our|my) )?(customer )?accounts?\b|\bwhere (are|is) (my|our|the)\b|\b(send|give|tell|remind) (me|us)\b|\b(please|pls|can you|could you) (reset|send|tell|give|find|look|check|unlock)\b|\bwhat('s| is) the (pin|password|passphrase|username|customer number) for\b/;
/** Trouble told as happening now, whoever it happens to: "it's already locked now", "he already forgot it actually", "I just did". */
export const NOW_MARKED =
  /\b(already|right now|at the moment|currently|as we speak|just did|just happened|(it's|it is|its) (now |already )?(locked|gone|lost|expired|blocked|rejected|forgotten))\b/;

// Asking for a person in softer words than "agent please": a call or a number to ring, someone to
// walk the customer through it, a person to have, the chat or bot turned down. The refusal in "I'd
// rather not do this with a bot" is the request itself, so this is read as it stands, not through
// the negation scope that `P.human` is read with (need-rules.ts).
/** Not after a refusal within the clause: "no need to escalate this", "you don't need to get me a supervisor". */
const NOT_TURNED_DOWN = String.raw`(?<!\b(don't|dont|do not|doesn't|not|never|no need to|no reason to|won't|will not|rather you didn't)\b[^.,;]{0,20})`;
/**
 * `head` where `lookbehind` holds before it. The head is looked for first: a lookbehind opening an alternative is tried
 * at every position of the message, which made this pattern a fifth of all the rules' reading time.
 */
const headFirst = (lookbehind: string, head: string) => `(?=${head})${lookbehind}${head}`;

export const PERSON_WANTED_PARTS = [
  String.raw`\bis there (a|an|any) (human|person|real person|agent|someone|somebody|people)\b`,
  String.raw`\bis there (someone|somebody|anyone|anybody)\b[^.]{0,20}\b(who|that) (could|can|would)\b`,
  String.raw`\b(someone|somebody|anyone|anybody)\b[^.]{0,20}\b(walk|talk|take) (me|us) through\b`,
  String.raw`\b(can|could|may) (i|we) (have|get) (a|an) (person|human|agent|real person|actual person)\b`,
  String.raw`\b(phone|call|ring) (me|us) back\b`,
  String.raw`\b(a|an) (human|person|real person|agent) to (explain|help|talk|walk|go through|look|check|call)\b`,
  String.raw`\b(a|one) (member of (staff|your (staff|team)|the team)|staff member)\b[^.]{0,20}\b(help|call|look|take)\b`,
  String.raw`\b(a|an) (person|human|real person|actual person|agent) would be (nice|good|great|better|helpful|appreciated|welcome)\b`,
  String.raw`\b(appreciate|like|love|want|prefer|need|get|have) a (call|phone call|callback|ring)\b`,
  String.raw`\b(sort|do|discuss|handle|go through) (it|this|that|things) (by|over the|on the) phone\b`,
  String.raw`\b(a|any) (number|phone number|line) (i|we) (can|could|should) (call|ring|phone)\b`,
  String.raw`\b(rather not|don't (really )?want to|do not want to|prefer not to|not comfortable)\b[^.]{0,20}\b(do|doing|sort|sorting|deal|dealing|use|using|talk|talking|chat|chatting)\b[^.]{0,25}\b(bot|chatbot|chat window|chat|machine|robot|script)\b`,
  // "could someone just phone me and do it with me", "a technician can call me", "I need a specialist on the phone".
  String.raw`\b(can|could|would|will|should)( you)?( please)? (just )?(have |get )?(someone|somebody|anyone|anybody|a technician|a specialist|an engineer|an expert|a person|a human|one of (you|your (people|team|staff|colleagues|technicians|engineers))) (just |please )?(phone|call|ring) (me|us)\b|\b(someone|somebody|anyone|anybody|a technician|a specialist|an engineer|an expert|a person|a human|one of (you|your (people|team|staff|colleagues|technicians|engineers))) (can|could|should|will|please) (just )?(phone|call|ring) (me|us)\b`,
  String.raw`\b(need|want|like|prefer) (a|an|some) (specialist|engineer|technician|expert|person|human|someone)( from your team)? on the phone\b`,
  String.raw`\b(can|could|would|will) one of your (people|team|staff|colleagues|technicians|engineers|agents|specialists)\b`,
  String.raw`\b(rather|prefer to|like to|want to) (tell|explain|go through) (it|this|that|all this|the story) (to|with) (someone|somebody|a person|a human|one of you)\b`,
  String.raw`\b(must|should) be (somebody|someone|a person|a human) (there|at your end|on your side|in your team) who (can|could)\b`,
  String.raw`\b(anyone|anybody|someone|somebody) there (i|we) (can|could) (do|go through|sort)\b`,
  String.raw`\b(speak|talk) (to|with) (an?|your|one of your) (account manager|specialist|engineer|technician|expert|representative|rep)s?\b(?! (at|in|from|of) (our|my)\b)(?! who\b)`,
  // The same in the languages customers write, as normalised ("que me llame alguien" reads "me llame someone").
  String.raw`\b(me llame (alguien|someone)|(alguien|someone) me llame|mi chiami (qualcuno|someone)|(qualcuno|someone) mi chiami|(quelqu'un|someone) (peut|pourrait) m'appeler|kann mich (jemand|someone|einer) anrufen|(iemand|someone) (van jullie )?(mij|me) (even )?(bellen|terugbellen))\b`,
  String.raw`\b(don't|do not|dont|not) (want|need|wanna) (a|an|any|the|this|your|some) (bot|chatbot|robot)\b(?! to\b)|\b(don't|do not|dont|not) (want|need|wanna) to (talk|speak|chat) (to|with) (a|an|any|the|this|your|some) (bot|chatbot|robot|machine|ai)\b`,
  String.raw`\b(not|no more|stop|quit) (talking|speaking|chatting|typing) (to|with) (a|an|the|this|your|some) (bot|chatbot|robot|machine)\b`,
  String.raw`\b(enough|done|sick|tired|fed up) (of|with) ((the|this|your|a|you) (bot|chatbot|robot)|(talking|chatting|typing) to (a|the|this|your) (bot|chatbot|robot|machine))\b`,
  headFirst(String.raw`(?<!\b(i'm|im|i am|we're|we are) (a |an )?(real |actual )?)`, String.raw`\b(person|human|people|someone|somebody)`) +
    String.raw`( ,)? not (a|this|some|the) (bot|script|machine|robot|chatbot)\b`,
  String.raw`\bis (anyone|anybody|someone|somebody) (actually |really |even )?(there|here|reading this)\b`,
  // "I HAVE NO IDEA WHAT A CUSTOMER TYPE IS PERSON NOW": a bidding that ends the message, however the words before it run on.
  headFirst(NOT_TURNED_DOWN, String.raw`\b(a )?(real )?(person|human|agent|operator)`) +
    String.raw` (now|asap|right now|immediately)( please| pls)?( [.!?])*\s*$`,
  String.raw`\b(somebody|someone|a person) from (accounts|billing|support|your team|sales|finance)\b`,
  String.raw`\b(who|whom) (can|could|do|should|shall) (i|we) (actually |really |even )?(talk|speak|chat) (to|with)\b`,
  String.raw`\blet (me|us) (talk|speak|chat) (to|with) (whoever|someone|somebody|a colleague|an? (person|human|agent))\b`,
  String.raw`\bput (me|us) (on to|onto|through to|in touch with) (a|an|one of your|someone|somebody|whoever)\b`,
  // A person asked to do the thing, or to be passed to: "could a member of staff check which account…", "any human there who could
  // reset the PIN?", "can I be passed on to someone who knows…", "Human agent, customer number lost."
  String.raw`\b(can|could|would|will) (a|an|one of your|your) (member of (your )?staff|staff member|agent|human|person|real person|real agent|live agent|colleague|technician|engineer|specialist|expert|support (person|agent|team|staff)) (please )?(check|look|help|reset|call|phone|ring|sort|fix|find|unlock|have a look|take a look)\b`,
  String.raw`\b(any|is there a|is there any) (human|person|agent|real person|live agent)( there| here| around)? (who|that) (can|could)\b`,
  String.raw`\b(can|could|may) (i|we) be (passed|put|transferred|connected|handed|forwarded|sent) (on |over |through )?(to|with) (someone|somebody|a person|a human|an agent|a colleague|your (team|colleagues?|support|staff))\b`,
  String.raw`^(human|agent|real person|live agent|operator)( agent| please| pls)?( ,| \.| -)`,
  // The person spoken to before, wanted again: "can you put me through to her again?", "let me talk to the same lady as last time".
  headFirst(NOT_TURNED_DOWN, String.raw`\b(put|transfer|connect|pass|send) `) +
    String.raw`(me|us) ((back|through|over) ){0,2}(to|with) (him|her|them|the same (person|lady|guy|man|woman|agent|colleague|one)|the (person|lady|guy|man|woman|agent|colleague|one) (i|we) (spoke|talked|chatted) (to|with))\b|\b(talk|speak|chat) (to|with) (him|her|the same (person|lady|guy|man|woman|agent|colleague|one))( again| as (before|last time))\b`,
  String.raw`\b(wouldn't|would not|don't|do not) mind (talking|speaking|chatting) (to|with) (someone|somebody|a person|a human|an agent|one of you)\b`,
  String.raw`^(a|an) (real |actual |live )?(person|human|agent)( please| ,| \.|$)`,
  String.raw`\bis there (really |seriously |honestly )?(nobody|no one|noone|not anyone|not somebody)\b[^.]{0,20}\b(i|we) (can|could) (talk|speak|chat)\b`,
  String.raw`\blet (me|us) (talk|speak|chat) (to|with) (your|a|the) (manager|supervisor|boss|colleague|team|superior)\b`,
  String.raw`\bwho (at|in|from) (your|the) (company|team|office|support|firm|end)\b[^.]{0,30}\b(can|could|will|would)\b`,
  String.raw`\b(please|can you|could you|would you) (pass|forward|escalate|hand|refer) (on )?(my|this|the|our) (request|case|question|issue|query|problem|ticket)( on)? (to|on to|onto) (your |a )?(customer service|customer support|support( team)?|colleagues|agents?|person|human|someone|somebody)\b`,
  String.raw`\b(i'd like|i would like|i want|we'd like|we want) (my|this|the|our) (request|case|question|issue|query|problem|ticket) (passed|forwarded|escalated|handed|referred)( on)? (to|on to|onto) (your |a )?(customer service|customer support|support( team)?|colleagues|agents?|person|human|someone|somebody)\b`,
  // Up the support ladder, asked for and not turned down: "escalate please", "can you escalate this", "tier 2 if you have one",
  // "put me through to second line", "give me to somebody from technical", "get me a supervisor". Not "I'll escalate it internally",
  // "is second line support included?", "no need to escalate this", "give us a manager role".
  headFirst(NOT_TURNED_DOWN, String.raw`(^|[.!?] |\bplease |\bpls |\b(can|could|would|will) you (please )?)escalate\b`) +
    String.raw`(?! (it |this )?internally\b)|\bescalate (this |it |me )?(please|pls)\b`,
  headFirst(NOT_TURNED_DOWN, String.raw`\b(put me through to|transfer me to|connect me (to|with)|get me|give me|route me to|need|want)`) +
    String.raw`( a| your| the)? ((tier|level) (2|3|two|three)|(second|2nd|third|3rd)[- ]line)\b|(^|[.!?] )(tier|level) (2|3|two|three)( support)?( please| pls| if (you|u) have (one|it))?( [.!?]|$)`,
  headFirst(NOT_TURNED_DOWN, String.raw`\b(give|pass|hand|transfer|send) `) +
    String.raw`(me|us) (over )?to (someone|somebody|a person|an agent|a human|a colleague|your (colleagues?|team|support|tech(nical)? (team|support|people|staff)))\b(?! (page|site|website|portal|article|form|link)\b)`,
  headFirst(NOT_TURNED_DOWN, String.raw`\b(get|give|put) `) +
    String.raw`(me|us) (a|your|the|through to (a|your|the)) (supervisor|manager|team lead|team leader|boss)\b(?!'s| (role|account|login|access|rights|permissions?|of)\b)`,
];
export const PERSON_WANTED = new RegExp(PERSON_WANTED_PARTS.join('|'));

/**
 * One of the CA's people only spoken of: "I already talked to one of your people yesterday", "the lady on
 * your phone line told me to use this chat", "no need to put me back to her". Not a person wanted now.
 */
export const PERSON_MENTIONED = new RegExp(
  [
    String.raw`\b(talked|spoke|spoken|chatted|rang|called|phoned)\b[^.]{0,15}\b(to|with)? ?(one of your|your|a|an|the|some) (\w+ )?(people|person|colleagues?|staff|agents?|support|team|lady|guy|man|woman|rep|representative|human|someone|somebody|helpdesk|help desk)\b`,
    String.raw`\b(your|the|a|an|one of your) (\w+ ){0,3}(colleague|colleagues|lady|guy|man|woman|person|people|agent|support|staff|rep|representative|team|phone line|helpdesk|help desk)\b(?:(?! (and|but|so|i|we|nobody|no one) )[^.,;]){0,40}\b(told|said|asked|sent|advised|suggested|recommended|explained|pointed|gave (me|us)|promised|opened|logged)\b`,
    headFirst(String.raw`(?<!\b(like|want|need|to|with) )`, String.raw`\b(your|the|one of your) `) +
      String.raw`(\w+ ){0,3}(colleague|colleagues|lady|guy|man|woman|agent|staff|rep|representative|phone line|helpdesk|help desk)\b[^.,;]{0,15}\b(kept|keeps|was|were) (asking|telling|saying)\b`,
    // "Was about to ask for a real person but let's try you first": the bot is tried instead.
    String.raw`\b(was|were|almost) (about|going) to ask (for )?(a|an|for a) (real |actual |live )?(person|human|agent)\b[^.]{0,15}\bbut\b`,
    String.raw`\bno need to (put|pass|transfer|send|hand|connect) (me|us)\b[^.]{0,30}`,
    // A contact that happened: "I already had a call with your support team", "was on the phone with one of your agents for an
    // hour", "had a great chat with Tom from your support", "I spoke to Anna last week".
    String.raw`\b(had|i've had|we've had) (a |an )?(\w+ )?(call|chat|conversation|phone call|word) with\b[^.,;]{0,40}`,
    String.raw`\b(was|were|been) on the phone (with|to)\b[^.,;]{0,40}`,
    String.raw`\b(spoke|talked|chatted|spoken|talked) (to|with) [a-z]+ (from|at|in|on) (your|the) \w+\b`,
    String.raw`\b(spoke|talked|chatted|spoken) (to|with) (\w+ ){1,3}?(yesterday|earlier|last (week|month|time|night|\w+day)|this (morning|afternoon|week)|on \w+day|\w+ (days|weeks) ago)\b`,
    // The bot asked what it is, or the chat found wanting: "are you even a real person lol", "shame there are no humans on this chat".
    String.raw`\bare you (even |really |actually |just )?(a |an )?(real |actual |live )?(person|human|bot|robot|machine|ai)\b(?! (or not|\?)? ?(if so|because|then)\b)`,
    String.raw`\b(will|would|does|do|is) (a|an|any|the) (real |actual )?(person|human|agent|people)\b[^.]{0,40}\bor (is it|it's|is this|is that) (all |just )?(automated|a bot|a robot|a machine)\b`,
    String.raw`\bis (a |this a )?(real |actual )?(person|human) (typing|answering|writing|reading) (this|these|here)\b( or (is it )?(a |an )?(bot|ai|machine|robot))?`,
    String.raw`\bis (this|it) (a |an )?(real |actual |live )?(person|human|bot|ai|machine|robot)( (i'm|i am|we're|we are) (chatting|talking|speaking|writing) (with|to))?\b( or (a |an )?(bot|ai|machine|robot|person|human))?`,
    String.raw`\b(no|not any|never any) (humans|people|real people|persons|agents) (on|in|at|here|there)\b|\b(staffed|run|answered|manned) by (real )?(people|humans|a person|a human|agents)\b`,
  ].join('|'),
  'g',
);

/**
 * A person or a phone line asked about for another time: when it is open or staffed ("what time does your phone line open
 * tomorrow?", "is there anyone working on Saturdays?"), or said to be for later ("just so I know for next time, is there a number I
 * can ring?", "saving it in our contact list").
 */
export const PERSON_FOR_LATER = new RegExp(
  [
    // When the CA's line or people are there: "what time does your phone line open", "when is somebody there", "opening hours".
    String.raw`\b(what time|when|which days?|what days?|what hours|how late|how early|until when|till when) (is|are|does|do|will|can|could)( the| your| you| an?)? ?(\w+ ){0,2}?(phone line|line|phones|chat|support|helpdesk|help desk|service desk|office|desk|team|you|agents?|staff|people|someone|somebody|anyone|anybody|person|human)\b[^.?]{0,20}\b(open|opens|close|closes|staffed|manned|available|answered|reachable|online|working|there)\b`,
    String.raw`\b(opening|office|business|support) hours\b`,
    String.raw`\b(open|staffed|manned|available|working|there|answered|reachable|online) (on|at|over|during) (the )?(weekends?|saturdays?|sundays?|bank holidays?|public holidays?|holidays|nights?|evenings?|christmas|easter)\b`,
    String.raw`\b(for|in) (the )?(next time|future)\b|\bfor later\b(?! (today|this (morning|afternoon|evening)))`,
    String.raw`\b(i'll|i will|we'll|we will) (call|ring|phone) (then|later|tomorrow|another time|next week)\b`,
    // Kept for the records: "saving it in our contact list", "noting the number in our handbook".
    String.raw`\b(saving|save|keeping|keep|adding|add|noting|note|storing|putting|put|writing|write) (it|them|this|that|the number|the details|the hours) (down )?(in|into|to|on|for) (our|my|the) ([\w-]+ )?(contacts?|contact list|list|handbook|notes|records|files|wiki|runbook|address book|sheet|documentation|directory)\b`,
  ].join('|'),
);
/** A person wanted now, whatever else is asked: "I need a person, when are you open?", "agent please, what days are you open?". */
const PERSON_WANTED_NOW = new RegExp(
  [
    String.raw`\b(right now|right away|immediately|asap|urgently|as soon as possible|this minute)\b`,
    String.raw`\b(i|we) (need|want|would like|'d like|wanna)( to (talk|speak|chat) (to|with))? (a |an |some )?(real )?(person|human|agent|someone|somebody)\b`,
    String.raw`^(an? )?(agent|human|representative|operator|real person|person)\b|\b(agent|human|representative|operator|person) (please|pls|plz)\b`,
    String.raw`\b(speak|talk|chat) (to|with) (an? |the |your )?(agent|human|person|representative|operator)\b`,
    String.raw`\b(transfer|connect|put) (me|us) (through|to|with)\b|\b(call|phone|ring) (me|us)\b`,
  ].join('|'),
);
/** A person or a line asked about for another time is not wanted now: the rules read none (the models are not overruled: that cost a test miss). */
export const personForLater = (t: string): boolean => PERSON_FOR_LATER.test(t) && !PERSON_WANTED_NOW.test(t);

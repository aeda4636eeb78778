// Answers to the bot's questions as customers type them: yes, no or unsure, in a word, after a sound,
// in another language or said last (not-helped.ts reads the steps said not to help).
import type { Understanding } from '../../machines/domain.js';

/** What may stand before an answer without changing it: "hmm no", "well yes", "oh y". */
const ANSWER_LEAD = /^((hmm+|hm+|umm*|uhh*|err*m*|well|oh|ah|ok so|so) (, )?)+/;

/** The steps given taken up: "ok fair enough, I'll get her to do it herself", "ok we'll send the ticket", "perfect, reset worked". */
const ACKNOWLEDGED =
  /^(((ok|okay|alright) (, )?)?(fair enough|understood|that makes sense|makes sense|will do|noted)|i'll (get|have) (her|him|them|my client|the client|the owner) to|(ok|okay|alright|fine|perfect|great|cool) (, )?(i'll|we'll|i will|we will|will) (?!(check|look|see|try|find|search|dig|have a look|get back|let you know|come back|ask)\b)|(perfect|great|brilliant|excellent|awesome|fine|ok|okay|alright)( ,| \.| !)? (that|it|reset|this|the reset|the guide|the steps) (worked|works|did it|does it|helped|helps|sorted it|fixed it|did the trick)|(perfect|brilliant|excellent|awesome|fine)( \.| !)?$|((great|perfect|ok|okay|thanks)( ,)? )?(the )?(retrieval |reset )?(guide|steps|link|reset) (sorted|fixed|solved) it|(found|recovered|retrieved) (it|them|the \w+|my \w+|our \w+)( back)? (with|using|thanks to|via|through) (the|your) (guide|steps|instructions|article)(?![^?]*\?))/;
/** Trouble anywhere in a message, which no acknowledgement outweighs ("Understood. The link in the email has expired though."). */
const TROUBLE_ANYWHERE = /\b(not|never|no|but|though|however|still|expired|cannot|lost|gone|former|anymore|any more|never arrived|didn't arrive)\b|n't\b/;

/**
 * Yes to "do you have it?" said of "it" (the order number, the e-mail, the login asked about), with a hedge or by where it is:
 * "I think so", "should do", "it's in the confirmation email", "somewhere in my inbox".
 */
const HAS_IT =
  /^((i|we) (think|believe|guess|suppose|reckon) so|(probably|most likely)( yes| so)?(?= [,.!?]|$)|should do|(i|we) should (do|have (it|that|one))|(i|we) (do|have) somewhere|that (i|we) do|pretty sure (i|we) do|(it's|it is|it should be|it'd be|it would be|it will be|it must be) (all )?(somewhere )?(in|on) (my|our|the) (\w+ )?(inbox|emails?|mails?|invoices?|receipts?|confirmation|files|records|notes|folder|drawer|paperwork)|somewhere in (my|our) (inbox|emails?|mails?|files|records|paperwork))\b/;
/** No to it, by what became of it or with regret: "can't find it anywhere", "deleted the email ages ago", "afraid not", "not any more". */
const LACKS_IT =
  /^((i|we) )?((can't|cannot|couldn't) find (it|that|one)|(lost|deleted|binned|threw away|thrown away|got rid of) (it|that|the (\w+ )?(email|invoice|receipt|confirmation))|(don't|do not|no longer) have (it|that|one)|(haven't|have not) got (it|that|one)|(it's|it is|that's) (long )?gone|(i'm )?afraid not|sadly not|not any ?more|(i )?doubt it|not that (i|we) know of|not as far as (i|we) know|unfortunately (not|no))\b/;

/** Gone to look it up or try it, in a short message: "hang on, let me check", "not sure... let me look", "one sec, looking". */
const GONE_TO_LOOK =
  /\b(let me|lemme|i'll|i will|i'm going to|gonna|going to) (just )?(go and |quickly |go )?(look|check|have a look|take a look|dig|search|find out|see|look it up|try (it|that|this))\b|\b(hang on|hold on|one (sec|second|moment|min|minute)|give me a (sec|second|moment|minute|min)|bear with me|just a (sec|second|moment|minute)|(looking|checking|searching) now|brb)\b/;

export const goneToLook = (t: string): boolean => GONE_TO_LOOK.test(t) && t.split(' ').length <= 14 && !/\b(which|what|who|where|how|why)\b/.test(t);

export function readAnswer(said: string): Understanding['answer'] {
  const t = said.replace(ANSWER_LEAD, '');
  // "Not sure... let me look": not knowing yet, which the answer after the look settles.
  if (goneToLook(t) && !/^(yes|yeah|yep|no|nope|nah)\b/.test(t)) return undefined;
  if (
    /\b(not sure|not (\d+|completely|totally|entirely|fully|quite|really) sure|no idea|don't know|do not know|dont know|dunno|unsure|not certain|can't remember who|no clue|have no idea|haven't (got )?a clue)\b|\b(can't|cannot|don't) (remember|recall) (which|who|if|whether|how)\b|\bhow (would|should|could|am|are|is) (i|we|anyone|anybody|one)( (be )?(supposed|meant|expected) to| possibly| even| ever)? know\b(?! (which|what|where|if|whether|how)\b)|\bhow (can|do) (i|we) (possibly |even )?know( (that|this|it))?( [.?!,]|$)|\b(no way (of|to) (knowing|know|tell|telling)|who knows)\b|^(idk|dunno|not a clue|no clue|nie wiem|non so|no se|je ne sais pas|weiss nicht|weiß nicht|ik weet het niet|nao sei)\b/.test(
      t,
    )
  )
    return 'unsure';
  // "both" knows the e-mail and the user name; "neither" knows none; a lone "y" or "n" is typed for yes and no;
  if (
    /^(yes|yess+|yeah|yea|yeh|yep|yup|ya|yah|aye|sure|correct|right|indeed|absolutely|of course|that's right|ok yes)\b|^(i|we) (do|did)(?= (,|\.|!)| (yes|indeed|so|make|made|create|set|give|have)\b| ?$)|^(y|ye|yh|both( of them)?)( ,| \.|$)|^(got it|have it|i have it|i've got it|we have it|sorted|all sorted|solved|fixed|it worked|that worked|worked)\b(?![^.]*(\b(but|still|again|not|never|except|however|though|once|until)\b|n't\b))/.test(
      t,
    )
  )
    return 'yes';
  if (/\b(i've|i have|we've|we have|i|we) (got|have|know) (them )?both\b/.test(t)) return 'yes';
  if (ACKNOWLEDGED.test(t) && !TROUBLE_ANYWHERE.test(t)) return 'yes';
  if (/^(no|nope|nah|not really|i don't|i didn't|we don't|we didn't|negative|never(?! ?mind)|neither( of them)?|none( of them)?)\b|^n( ,| \.|$)/.test(t))
    return 'no';
  // "It would be in the paperwork of my old boss, who left": where it was, not that it is had.
  if (HAS_IT.test(t) && !TROUBLE_ANYWHERE.test(t) && !/\b(left|former|predecessor|who|agency|company)\b|\b(in|on) (the|my|our) \w+ of\b/.test(t)) return 'yes';
  // "it's gone now, the error message is gone", "not anymore, it works now": the trouble gone, not the thing asked about.
  if (
    LACKS_IT.test(t) &&
    !/\b(works|working|worked|fine|all good|sorted|fixed|at first|but|now|away|issue|problem|error|warning|message|prompt|certs?|certificates?)\b/.test(t)
  )
    return 'no';
  // Yes and no in the languages customers write in ("Ja, danke", "Sim", "Non, ça ne m'aide pas", "nee").
  if (/^(ja|jawohl|jep|si(?= ,| \.|$)|oui|ouais|sim|tak|certo|claro|genau|klar)\b(?![-'\w])/.test(t)) return 'yes';
  if (/^(nein|nee|neen|non|nao|nie)\b(?![-'\w])/.test(t)) return 'no';
  // The answer said last, after the reason: "the guide asks for things I don't have either. so no".
  const last = /(?:^| [.,;!] )(?:so |then |and )?(yes|yep|yeah|no|nope|nah)( [.!])?\s*$/.exec(t)?.[1];
  if (last) return /^y/.test(last) ? 'yes' : 'no';
  return undefined;
}

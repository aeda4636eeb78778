// A problem told as already solved ("The password reset worked, I'm in.", "Managed to re-export the
// code signing cert with a new password, so that's done.") is not a need: what the message still
// wants is read from its other sentences.

/** A sentence saying its problem is over. */
const SOLVED =
  /\b(worked|works now|sorted|done|fixed|solved|resolved|behind us|went (thru|through) fine|got (it )?back in|all good|that's everything|managed to|turns out (it's|it was))\b/;
/** …unless it also says something is still wrong or wanted. */
const STILL_OPEN =
  /\b(still|but|however|though|another story|no longer|not working|doesn't|does not|can't|cannot|don't|won't|isn't|problem|now|except|need|want|help|please|where|which|what|how|stopped|died|gone|lost|forgot|forgotten|failed|fails|refused|rejected|locked|broken|expired)\b/;

/**
 * `t` (normalised) without its sentences that only tell a problem solved, when another sentence is
 * left; a message that is all solved stays whole (withheld.ts reads it as a remark).
 */
export function openPart(t: string): string {
  const sentences = t.split(' . ');
  if (sentences.length < 2) return t;
  const open = sentences.filter((sentence) => !(SOLVED.test(sentence) && !STILL_OPEN.test(sentence)));
  return open.length === 0 || open.length === sentences.length ? t : open.join(' . ');
}

// A password the customer says is right and unchanged while the sign-on or the certificate login is named:
// what fails is the retired login (regain access), not a password to reset.
/** The password known and kept: "hasn't changed since 2020", "I have NOT forgotten it", "been using the same one since 2017". */
const PASSWORD_UNCHANGED =
  /\b(password|passwords)\b[^.]{0,60}\b(hasn't|has not|haven't|have not|never) (been )?changed\b|\b(i|we) (have not|haven't|did not|didn't|never) (forgotten|forgot|changed|lost) (it|that|them)\b|\busing the same (one|password) since\b/;
/** The sign-on or the certificate login named, or its change. */
const SIGNON_NAMED = /\b(iso|independent signon|signon|certificate login|certificate-only login|cert-only login|separate login|old login)\b/;

/** "The password lives in our vault and hasn't changed … since your sign-on change it gets refused". */
export const retiredLoginNotPassword = (t: string): boolean =>
  PASSWORD_UNCHANGED.test(t) && SIGNON_NAMED.test(t) && !FORGOTTEN.test(t.replace(new RegExp(PASSWORD_UNCHANGED.source, 'g'), ' '));
/** …not when it is forgotten all the same: "I never changed it since setup and now I can't remember it". */
const FORGOTTEN = /\b(forgot|forgotten|lost|can't remember|cannot remember|don't remember|can't recall|don't know)\b/;

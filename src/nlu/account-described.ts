// An account named by the certificate it holds: "the account our code signing cert is on", "our account
// where is the code signing certificate", "the account that holds our code signing certificates". The
// certificate only says which account; a password or lock-out in the same sentence is the account's, so
// the need rules read it as "the codesigning account" (corpus/README.md: the login password of the
// account that bought a code-signing certificate is a reset, product code signing). "Which account our
// code signing certificate is on" still asks where it is: only an account already known (the, our, my,
// that) is renamed.

const CERTIFICATE = '(?:the |our |my |their )?codesigning (?:certificates?|certs?)';
const PLACED = '(?:is|are|was|were|sits|sit|lives|live|stays|stay|is kept|are kept|got issued|was issued|were issued)(?: (?:on|in|under|at|with|inside))?';
const ACCOUNT = '\\b(?:the|our|my|their|that) (?:customer )?account';

const ACCOUNT_DESCRIBED = new RegExp(
  [
    // "the account (that) our code signing cert is on"
    `${ACCOUNT} (?:that |which )?${CERTIFICATE} ${PLACED}\\b`,
    // "our account where (is) the code signing certificate (is)"
    `${ACCOUNT} where (?:is |are )?${CERTIFICATE}(?: ${PLACED})?\\b`,
    // "the account that holds our code signing certificates", "the account with our code signing cert"
    `${ACCOUNT} (?:(?:that|which) (?:holds?|has|have|contains?|keeps?)|holding|having|containing|with) ${CERTIFICATE}\\b`,
    // "the account we bought the code signing certificate with"
    `${ACCOUNT} (?:that |which |where )?(?:we|i) (?:bought|ordered|purchased|got) ${CERTIFICATE}(?: (?:with|on|through|under|from|in))?\\b`,
  ].join('|'),
  'g',
);

/**
 * Any certificate's account described after its password or login ("the password for the account our SSL sits in"):
 * that account's login. Without the password before it, "find the account our certificates are in" asks where they are.
 */
const LOGIN_OF_ACCOUNT_DESCRIBED = new RegExp(
  `\\b(password|login|signin) (for|of|to|on|into) ${ACCOUNT} (?:that |which |where )?(?:the |our |my |their )?((?:ssl |wildcard |ev )?(?:certificates?|certs?|ssl|ssls)) ${PLACED}\\b`,
  'g',
);

/** `t` (normalised) with an account described by the code signing certificate it holds called "the (our, my, their) codesigning account". */
export const accountsNamedByCertificate = (t: string): string =>
  t
    // Whose account it is stays said: "their account where the code signing cert is" is still a client's (hard rule 5).
    .replace(ACCOUNT_DESCRIBED, (described) => `${described.startsWith('that ') ? 'the' : described.split(' ')[0]} codesigning account`)
    .replace(LOGIN_OF_ACCOUNT_DESCRIBED, (described, login: string, by: string, certificate: string) =>
      // "their account where their SSL certificate is" stays a client's (hard rule 5).
      /\b(their|his|her)\b/.test(described) ? described : `${login} ${by} the ${certificate} account`,
    );

// Percent-decoding that never throws: a malformed path is the client's mistake (400), not a crash.

/** The decoded segment, or undefined when its percent-encoding is malformed. */
export function decodePathSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Every segment of the URL's path decodes. */
export function hasWellFormedPath(url: string): boolean {
  const path = url.split('?', 1)[0]!;
  return path.split('/').every((segment) => decodePathSegment(segment) !== undefined);
}

/** Query parameters that carry a credential (the Direct Line stream URL's `t`, and the like). */
const credentialParameters = /([?&](?:t|token|access_token|code|sig|secret)=)[^&#\s]*/gi;

/** The URL (or a message quoting one) with every credential in its query string replaced, for logs. */
export const withoutTokens = (text: string): string => text.replace(credentialParameters, '$1[redacted]');

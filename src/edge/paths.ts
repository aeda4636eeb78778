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

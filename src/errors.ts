// The coded errors this service raises on purpose; anything else is a bug.
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: string[]) {
    // One line: it is what an operator sees when the process refuses to start.
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** The configured store cannot be opened: where, and why, in one line (never a password). */
export class StoreUnavailable extends Error {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(message: string) {
    super(message);
    this.name = 'StoreUnavailable';
  }
}

export class ContentError extends Error {
  readonly code = 'CONTENT_INVALID';
  constructor(readonly problems: string[]) {
    super(`Invalid dialog content:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/** A snapshot was saved by someone else since it was loaded: reload and replay, never overwrite. */
export class StoreConflict extends Error {
  readonly code = 'STORE_CONFLICT';
  constructor(readonly conversationKey: string) {
    super(`Conversation ${conversationKey} changed since it was loaded`);
    this.name = 'StoreConflict';
  }
}

/** The instance cannot serve turns yet (readiness): the reason is shown to whoever checks. */
export class NotReady extends Error {
  readonly code = 'NOT_READY';
  constructor(reason: string) {
    super(reason);
    this.name = 'NotReady';
  }
}

/** The turn was saved, but the channel refused the replies: retrying the message would not help. */
export class DeliveryError extends Error {
  readonly code = 'DELIVERY_FAILED';
  constructor(
    readonly conversationKey: string,
    override readonly cause: unknown,
  ) {
    super(`Replies to ${conversationKey} could not be delivered`);
    this.name = 'DeliveryError';
  }
}

export class UnknownContentKey extends Error {
  readonly code = 'CONTENT_KEY_UNKNOWN';
  constructor(readonly key: string) {
    super(`No dialog content for key "${key}"`);
    this.name = 'UnknownContentKey';
  }
}

export class MissingPlaceholderValue extends Error {
  readonly code = 'CONTENT_VALUE_MISSING';
  constructor(
    readonly key: string,
    readonly placeholder: string,
  ) {
    super(`Dialog content "${key}" needs a value for {${placeholder}}`);
    this.name = 'MissingPlaceholderValue';
  }
}

/** A customer's message was to be relayed, but their case has ended (an agent closed it meanwhile). */
export class CaseEnded extends Error {
  readonly code = 'HANDOFF_CASE_ENDED';
  constructor(readonly conversationKey: string) {
    super(`no open handoff case for ${conversationKey}`);
    this.name = 'CaseEnded';
  }
}

// A faithful fake of Outlook's compose item for tests and the in-browser simulator: callbacks
// arrive asynchronously with AsyncResult objects, failures carry Office's codes, getAsync returns
// only resolved recipients, and changes to To/Cc/Bcc raise RecipientsChanged. The body is HTML or
// plain text, as Outlook's is: writing HTML into a plain-text message turns it into an HTML one.
import type { AsyncResultLike, Callback, ComposeItemLike, EmailAddressLike, RecipientsLike } from '../compose-item';

export interface FakeRecipient extends EmailAddressLike {
  /** Typed but not yet resolved against the address book: Office's getAsync leaves it out. */
  unresolved?: boolean;
}

export interface FakeState {
  from: EmailAddressLike;
  to: FakeRecipient[];
  cc: FakeRecipient[];
  bcc: FakeRecipient[];
  subject: string;
  /** The body: HTML, or the plain text itself when bodyType is "text". */
  bodyHtml: string;
  bodyType: 'html' | 'text';
  composeType: 'newMail' | 'reply' | 'replyAll' | 'forward';
  sessionData: Record<string, string>;
  internetHeaders: Record<string, string>;
  delayDeliveryTime?: Date;
}

type Operation = 'to.getAsync' | 'cc.getAsync' | 'bcc.getAsync' | 'to.setAsync' | 'cc.setAsync' | 'bcc.setAsync' | 'to.addAsync' | 'cc.addAsync' |
  'bcc.addAsync' | 'body.getAsync' | 'body.setAsync' | 'body.getTypeAsync' | 'subject.getAsync' | 'from.getAsync' | 'sessionData.setAsync' | 'internetHeaders.setAsync' |
  'delayDeliveryTime.setAsync';

const MAX_PER_CALL = 100;

function succeed<T>(value: T): AsyncResultLike<T> {
  return { status: 'succeeded', value };
}

function fail<T>(code: number, name: string, message: string): AsyncResultLike<T> {
  return { status: 'failed', value: undefined as T, error: { code, name, message } };
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
}

function normalise(r: string | EmailAddressLike): FakeRecipient {
  return typeof r === 'string' ? { displayName: r, emailAddress: r } : { displayName: r.displayName ?? r.emailAddress, emailAddress: r.emailAddress };
}

export class FakeComposeItem implements ComposeItemLike {
  readonly state: FakeState;
  /** Every call made, in order, so tests can prove what was (and was not) touched. */
  readonly calls: string[] = [];
  private readonly failures = new Map<string, { code: number; message: string }>();
  private readonly recipientHandlers: ((event: unknown) => void)[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(initial: Partial<FakeState> = {}) {
    this.state = {
      from: { displayName: 'Unknown', emailAddress: 'unknown@example.org' }, to: [], cc: [], bcc: [], subject: '', bodyHtml: '', bodyType: 'html',
      composeType: 'newMail', sessionData: {}, internetHeaders: {}, ...initial,
    };
  }

  /** The next call to `operation` fails with this Office error code (e.g. 9002 InternalError). */
  failNext(operation: Operation, code = 9002, message = 'An internal error has occurred.'): void {
    this.failures.set(operation, { code, message });
  }

  /** Hears every change the add-in makes (the simulator redraws its compose form). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** Replace recipients as the user would by typing (raises RecipientsChanged). */
  setRecipientsByUser(field: 'to' | 'cc' | 'bcc', recipients: FakeRecipient[]): void {
    this.state[field] = recipients;
    this.raiseRecipientsChanged([field]);
  }

  private later<T>(operation: string, callback: Callback<T> | undefined, produce: () => AsyncResultLike<T>): void {
    this.calls.push(operation);
    const failure = this.failures.get(operation);
    if (failure) this.failures.delete(operation);
    // Office calls back on a later turn, never synchronously.
    setTimeout(() => callback?.(failure ? fail<T>(failure.code, 'Error', failure.message) : produce()), 0);
  }

  private raiseRecipientsChanged(fields: string[]): void {
    this.changed();
    const changed = { to: fields.includes('to'), cc: fields.includes('cc'), bcc: fields.includes('bcc') };
    for (const handler of this.recipientHandlers) setTimeout(() => handler({ type: 'olkRecipientsChanged', changedRecipientFields: changed }), 0);
  }

  private recipients(field: 'to' | 'cc' | 'bcc'): RecipientsLike {
    return {
      getAsync: (callback) => this.later(`${field}.getAsync`, callback, () =>
        succeed(this.state[field].filter((r) => !r.unresolved).map((r) => ({ displayName: r.displayName, emailAddress: r.emailAddress, recipientType: 'other' })))),
      setAsync: (list, callback) => this.later(`${field}.setAsync`, callback, () => {
        if (list.length > MAX_PER_CALL) return fail(9035, 'NumberOfRecipientsExceeded', 'The total number of recipients in the field can\'t exceed 100.');
        this.state[field] = list.map(normalise);
        this.raiseRecipientsChanged([field]);
        return succeed(undefined);
      }),
      addAsync: (list, callback) => this.later(`${field}.addAsync`, callback, () => {
        if (list.length > MAX_PER_CALL) return fail(9035, 'NumberOfRecipientsExceeded', 'The total number of recipients in the field can\'t exceed 100.');
        this.state[field] = [...this.state[field], ...list.map(normalise)];
        this.raiseRecipientsChanged([field]);
        return succeed(undefined);
      }),
    };
  }

  readonly to = this.recipients('to');
  readonly cc = this.recipients('cc');
  readonly bcc = this.recipients('bcc');

  readonly from = { getAsync: (callback: Callback<EmailAddressLike>) => this.later('from.getAsync', callback, () => succeed({ ...this.state.from })) };
  readonly subject = { getAsync: (callback: Callback<string>) => this.later('subject.getAsync', callback, () => succeed(this.state.subject)) };
  readonly body = {
    getAsync: (coercionType: string, callback: Callback<string>) => this.later('body.getAsync', callback, () =>
      succeed(this.bodyAs(coercionType))),
    setAsync: (data: string, options: { coercionType: string }, callback: Callback<void>) => this.later('body.setAsync', callback, () => {
      if (options.coercionType !== 'html' && options.coercionType !== 'text') return fail(9000, 'InvalidFormat', `Unknown coercion type ${options.coercionType}.`);
      // Outlook converts: HTML written into a plain-text message makes it an HTML message.
      if (options.coercionType === 'html') this.state.bodyType = 'html';
      this.state.bodyHtml = options.coercionType === 'text' && this.state.bodyType === 'html' ? escapeText(data) : data;
      this.changed();
      return succeed(undefined);
    }),
    getTypeAsync: (callback: Callback<string>) => this.later('body.getTypeAsync', callback, () => succeed(this.state.bodyType)),
  };

  /** The body in the form asked for, converted as Outlook does. */
  private bodyAs(coercionType: string): string {
    const { bodyHtml, bodyType } = this.state;
    if (coercionType === 'html') return bodyType === 'html' ? bodyHtml : `<div>${escapeText(bodyHtml)}</div>`;
    return bodyType === 'text' ? bodyHtml : bodyHtml.replace(/<br\s*\/?>|<\/(p|div)>/gi, '\n').replace(/<[^<>]*>/g, '');
  }

  getComposeTypeAsync(callback: Callback<{ composeType: string; coercionType: string }>): void {
    this.later('getComposeTypeAsync', callback, () => succeed({ composeType: this.state.composeType, coercionType: this.state.bodyType }));
  }

  readonly sessionData = {
    getAsync: (name: string, callback: Callback<string>) => this.later('sessionData.getAsync', callback, () =>
      (name in this.state.sessionData ? succeed(this.state.sessionData[name]!) : fail<string>(9057, 'SessionObjectNotFound', `No session data for ${name}.`))),
    setAsync: (name: string, value: string, callback: Callback<void>) => this.later('sessionData.setAsync', callback, () => {
      this.state.sessionData[name] = value;
      return succeed(undefined);
    }),
  };

  readonly internetHeaders = {
    setAsync: (headers: Record<string, string>, callback: Callback<void>) => this.later('internetHeaders.setAsync', callback, () => {
      Object.assign(this.state.internetHeaders, headers);
      return succeed(undefined);
    }),
  };

  readonly delayDeliveryTime = {
    // Office answers 0 when no delivery time is set.
    getAsync: (callback: Callback<Date | 0>) => this.later('delayDeliveryTime.getAsync', callback, () => succeed(this.state.delayDeliveryTime ?? 0)),
    setAsync: (time: Date, callback: Callback<void>) => this.later('delayDeliveryTime.setAsync', callback, () => {
      this.state.delayDeliveryTime = time;
      this.changed();
      return succeed(undefined);
    }),
  };

  addHandlerAsync(eventType: string, handler: (event: unknown) => void, callback?: Callback<void>): void {
    this.later('addHandlerAsync', callback, () => {
      if (eventType !== 'olkRecipientsChanged') return fail(9000, 'InvalidEventType', `Unsupported event ${eventType}`);
      this.recipientHandlers.push(handler);
      return succeed(undefined);
    });
  }
}

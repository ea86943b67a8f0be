// The part of Office.js's compose item (Office.MessageCompose) this add-in uses, typed narrowly so
// the adapter can be driven by the real Outlook item or by the fake in tests and the simulator.

export interface OfficeError {
  code: number;
  name: string;
  message: string;
}

/** Office's AsyncResult: the runtime status is the string "succeeded" or "failed". */
export interface AsyncResultLike<T> {
  status: string | number;
  value: T;
  error?: OfficeError;
  asyncContext?: unknown;
}

export type Callback<T> = (result: AsyncResultLike<T>) => void;

export interface EmailAddressLike {
  displayName?: string;
  emailAddress: string;
  recipientType?: string;
}

/** Recipients accept addresses or {displayName, emailAddress}; getAsync returns resolved ones only. */
export interface RecipientsLike {
  getAsync(callback: Callback<EmailAddressLike[]>): void;
  setAsync(recipients: (string | EmailAddressLike)[], callback: Callback<void>): void;
  addAsync(recipients: (string | EmailAddressLike)[], callback: Callback<void>): void;
}

export interface ComposeItemLike {
  to: RecipientsLike;
  cc: RecipientsLike;
  bcc: RecipientsLike;
  from?: { getAsync(callback: Callback<EmailAddressLike>): void };
  subject: { getAsync(callback: Callback<string>): void };
  body: {
    getAsync(coercionType: string, callback: Callback<string>): void;
    setAsync(data: string, options: { coercionType: string }, callback: Callback<void>): void;
    /** Mailbox 1.1: "html" or "text" (Office.CoercionType), so a plain-text message stays plain text. */
    getTypeAsync?(callback: Callback<string>): void;
  };
  getComposeTypeAsync?(callback: Callback<{ composeType: string; coercionType: string }>): void;
  sessionData?: {
    getAsync(name: string, callback: Callback<string>): void;
    setAsync(name: string, value: string, callback: Callback<void>): void;
  };
  internetHeaders?: { setAsync(headers: Record<string, string>, callback: Callback<void>): void };
  delayDeliveryTime?: { getAsync?(callback: Callback<Date | 0>): void; setAsync(time: Date, callback: Callback<void>): void };
  addHandlerAsync?(eventType: string, handler: (event: unknown) => void, callback?: Callback<void>): void;
}

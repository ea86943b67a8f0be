// Reads a draft once for all rules: who is who, where the own text and the thread are, the
// tokens, sentences and ward mentions. Each part is computed on first use and kept.
import type { Directory } from './config/directory-schema';
import { DirectoryIndex, stripTitle, type Person } from './people/directory-index';
import { countBefore } from './text/bisect';
import { letterParts, type LetterParts } from './text/letter';
import { splitSentences, type Sentence } from './text/sentences';
import { tokenize, type TokenList } from './text/tokens';
import { WardMatcher, type WardMention } from './text/wards';
import type { Address, Draft, RecipientField } from './types';

export interface Recipient {
  field: RecipientField;
  address: Address;
  person: Person;
}

/** Directory-derived lookups, built once per directory and shared by every check. */
export class CouncilModel {
  readonly index: DirectoryIndex;
  readonly wards: WardMatcher;
  constructor(readonly directory: Directory) {
    this.index = new DirectoryIndex(directory);
    this.wards = new WardMatcher(directory.wards);
  }
}

const modelCache = new WeakMap<Directory, CouncilModel>();
export function councilModel(directory: Directory): CouncilModel {
  let model = modelCache.get(directory);
  if (!model) {
    model = new CouncilModel(directory);
    modelCache.set(directory, model);
  }
  return model;
}

/** First token index whose start is at or after offset. */
function tokenIndexAt(tokens: TokenList, offset: number): number {
  return countBefore(tokens.length, (i) => tokens.start(i)! < offset);
}

function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

export class DraftAnalysis {
  readonly sender: Person;
  readonly recipients: Recipient[];

  constructor(readonly draft: Draft, readonly council: CouncilModel) {
    const index = council.index;
    this.sender = index.classify(draft.from);
    // The same address twice in one field is one recipient (a fix moves it once).
    this.recipients = (['to', 'cc', 'bcc'] as const).flatMap((field) => {
      const seen = new Set<string>();
      return (draft[field] ?? []).filter((a) => a && typeof a.email === 'string' && a.email.trim() !== '')
        .filter((a) => !seen.has(a.email.trim().toLowerCase()) && seen.add(a.email.trim().toLowerCase()) !== undefined)
        .map((address) => ({ field, address, person: index.classify(address) }));
    });
  }

  /** Lower-case names the sender may sign with, so a signature without a sign-off is still found. */
  readonly senderNames = once((): string[] => {
    const names = [this.draft.from?.name, this.sender.kind === 'member' ? this.sender.member?.name : this.sender.kind === 'officer' ? this.sender.officer?.name : undefined];
    return [...new Set(names.filter((n): n is string => !!n).map((n) => stripTitle(n).toLowerCase()))];
  });

  readonly parts = once((): LetterParts => letterParts(this.draft.body, this.senderNames()));
  readonly bodyTokens = once((): TokenList => tokenize(this.draft.body));
  readonly subjectTokens = once((): TokenList => tokenize(this.draft.subject));

  /** Token index range [from, to) of a body range. */
  tokenRange(range: { start: number; end: number }): [number, number] {
    const tokens = this.bodyTokens();
    return [tokenIndexAt(tokens, range.start), tokenIndexAt(tokens, range.end)];
  }

  /** Sentences of the sender's own text (greeting and signature included; thread excluded). */
  readonly ownSentences = once((): Sentence[] => {
    const own = this.parts().own;
    return splitSentences(this.draft.body, own.start, own.end);
  });

  /** Sentences of the message proper: no greeting, no sign-off or signature. */
  readonly messageSentences = once((): Sentence[] => {
    const message = this.parts().message;
    return this.ownSentences().filter((s) => s.start >= message.start && s.end <= message.end);
  });

  /** The sender's own words: the message and any "P.S." below the signature (the signature lines between are read too). */
  readonly saidRange = once((): { start: number; end: number } => {
    const { message, postscript } = this.parts();
    return { start: message.start, end: postscript ? postscript.end : message.end };
  });

  /** Sentences of the message and of any "P.S." below the signature. */
  readonly saidSentences = once((): Sentence[] => {
    const { message, postscript } = this.parts();
    if (!postscript) return this.messageSentences();
    return this.ownSentences().filter((s) => (s.start >= message.start && s.end <= message.end) || (s.start >= postscript.start && s.end <= postscript.end));
  });

  readonly subjectWards = once((): WardMention[] => this.council.wards.find(this.draft.subject, this.subjectTokens()));
  /** Wards the sender's message names (signature excluded: an office address is not a ward matter). */
  readonly messageWards = once((): WardMention[] => {
    const [from, to] = this.tokenRange(this.parts().message);
    return this.council.wards.find(this.draft.body, this.bodyTokens(), from, to);
  });
  readonly quotedWards = once((): WardMention[] => {
    const [from, to] = this.tokenRange(this.parts().quoted);
    return this.council.wards.find(this.draft.body, this.bodyTokens(), from, to);
  });

  /** To and Cc (the visible recipients). */
  visible(): Recipient[] {
    return this.recipients.filter((r) => r.field !== 'bcc');
  }

  /** Text of the own message (no thread), for simple pattern tests. */
  readonly ownText = once((): string => {
    const own = this.parts().own;
    return this.draft.body.slice(own.start, own.end);
  });
}

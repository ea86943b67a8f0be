// A fluent builder for drafts in tests: aDraft().from(officer).to(member).body("…").build().
import type { Address, ComposeType, Draft } from '../../src/engine';

type Who = Address | string;
const asAddress = (who: Who): Address => (typeof who === 'string' ? { email: who } : who);

export class DraftBuilder {
  private draft: Draft = { from: { email: 'nobody@example.org' }, to: [], cc: [], bcc: [], subject: '', body: '', composeType: 'new', now: '2027-01-12T10:30:00Z' };

  from(who: Who): this {
    this.draft.from = asAddress(who);
    return this;
  }
  to(...who: Who[]): this {
    this.draft.to.push(...who.map(asAddress));
    return this;
  }
  cc(...who: Who[]): this {
    this.draft.cc.push(...who.map(asAddress));
    return this;
  }
  bcc(...who: Who[]): this {
    this.draft.bcc.push(...who.map(asAddress));
    return this;
  }
  subject(subject: string): this {
    this.draft.subject = subject;
    return this;
  }
  body(body: string): this {
    this.draft.body = body;
    return this;
  }
  composeType(type: ComposeType): this {
    this.draft.composeType = type;
    return this;
  }
  now(iso: string): this {
    this.draft.now = iso;
    return this;
  }
  build(): Draft {
    return structuredClone(this.draft);
  }
}

export const aDraft = (): DraftBuilder => new DraftBuilder();

/** A letter with greeting, paragraphs and sign-off, as people write them. */
export function letter(greeting: string, paragraphs: string[], signOff: string, signature: string[]): string {
  return [greeting, '', ...paragraphs.flatMap((p) => [p, '']), signOff, '', ...signature].join('\n');
}

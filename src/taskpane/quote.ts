// The sentence a finding is about, quoted once, with every trigger word marked. The quote runs
// from the sentence's start to its end; a very long sentence is shortened at word boundaries only.
import type { Span } from '../engine';

export interface QuoteSegment {
  text: string;
  mark: boolean;
}

export interface Quote {
  segments: QuoteSegment[];
  /** Text was left out before or after (shown as "…"). */
  before: boolean;
  after: boolean;
}

/** Most characters shown either side of the trigger words. */
const REACH = 90;

const endsSentence = (body: string, at: number): boolean => body[at - 1] === '\n' || (/\s/.test(body[at - 1] ?? '') && /[.!?]/.test(body[at - 2] ?? ''));

function sentenceStart(body: string, from: number): { at: number; clipped: boolean } {
  let at = from;
  while (at > 0 && !endsSentence(body, at) && from - at < REACH) at--;
  if (at === 0 || endsSentence(body, at)) return { at, clipped: false };
  while (at < from && !/\s/.test(body[at - 1]!)) at++;
  return { at, clipped: true };
}

function sentenceEnd(body: string, from: number): { at: number; clipped: boolean } {
  let at = from;
  while (at < body.length && body[at] !== '\n' && !(/[.!?]/.test(body[at - 1] ?? '') && /\s/.test(body[at]!)) && at - from < REACH) at++;
  if (at >= body.length || body[at] === '\n' || /[.!?]/.test(body[at - 1] ?? '')) return { at, clipped: false };
  while (at > from && !/\s/.test(body[at]!)) at--;
  return { at, clipped: true };
}

/** The spans to mark: for a sentence-level finding the first span is the sentence itself. */
function triggers(spans: readonly Span[]): Span[] {
  const [first, ...rest] = spans;
  if (first && rest.length > 0 && rest.every((s) => s.start >= first.start && s.end <= first.end)) return rest;
  return [...spans];
}

export function quoteOf(body: string, spans: readonly Span[]): Quote | undefined {
  const found = spans.filter((s) => s.end > s.start && body.slice(s.start, s.end) === s.text);
  if (found.length === 0) return spans[0] ? { segments: [{ text: spans[0].text.replace(/\s+/g, ' ').trim(), mark: false }], before: false, after: false } : undefined;
  const start = sentenceStart(body, Math.min(...found.map((s) => s.start)));
  const end = sentenceEnd(body, Math.max(...found.map((s) => s.end)));
  const marks = triggers(found).slice().sort((a, b) => a.start - b.start);
  const segments: QuoteSegment[] = [];
  let at = start.at;
  for (const m of marks) {
    if (m.end <= at) continue;
    if (m.start > at) segments.push({ text: body.slice(at, m.start), mark: false });
    segments.push({ text: body.slice(Math.max(at, m.start), m.end), mark: true });
    at = m.end;
  }
  if (end.at > at) segments.push({ text: body.slice(at, end.at), mark: false });
  const tidy = segments.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ') })).filter((s) => s.text !== '');
  if (tidy[0]) tidy[0] = { ...tidy[0], text: tidy[0].text.replace(/^ /, '') };
  const last = tidy[tidy.length - 1];
  if (last) tidy[tidy.length - 1] = { ...last, text: last.text.replace(/ $/, '') };
  return { segments: tidy, before: start.clipped, after: end.clipped };
}

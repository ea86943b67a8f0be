// out-of-hours: a member e-mailing an officer outside the council's office hours, not urgent,
// is offered delayed delivery to the next working morning (004 27.10; 001 §4.10; 000 §4.3).
import { en } from '../i18n/en';
import type { MessageKey, Translator } from '../i18n/translator';
import { defineRule } from '../rule';
import { addDays, localTime, utcOf, weekdayOf } from '../time/zoned';

// "Marked urgent" is the subject or the opening lines saying so (in English or Welsh); "not urgent",
// "non-urgent", "no urgency" and "dim brys" say the opposite.
const URGENT = /\b(urgent|urgently|emergency|out[ -]of[ -]hours emergency|brys|frys|argyfwng)\b/gi;
const NEGATED = /\b(not|non|no|nothing|isn[’']?t|wasn[’']?t|hardly|less|dim|ddim|nid|nad)\b[\s,-]*(?:\w+[\s,-]+){0,2}$/i;

function markedUrgent(text: string): boolean {
  URGENT.lastIndex = 0;
  for (let m = URGENT.exec(text); m !== null; m = URGENT.exec(text)) {
    if (!NEGATED.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
  }
  return false;
}

/** The subject and the first two lines of the sender's own text (greeting included). */
function openingLines(subject: string, own: string): string {
  const lines = own.split('\n').filter((line) => line.trim() !== '').slice(0, 2);
  return [subject, ...lines].join('\n');
}

/** "Mon" in the user's language ("Llun"); a name the catalogue lacks stays as it is. */
function weekdayName(t: Translator, weekday: string): string {
  return t.t(`weekday.${weekday}` as MessageKey) || weekday;
}

export const outOfHours = defineRule({
  meta: {
    id: 'out-of-hours',
    description: en['out-of-hours.description'],
    severity: 'warning',
    citation: en['out-of-hours.citation'],
    fixable: true,
  },
  check({ analysis, policy, draft, t }) {
    const hours = policy.officeHours;
    // Councils that have not set office hours are not asked about them.
    if (!hours || !draft.now || analysis.sender.kind !== 'member') return [];
    const officers = analysis.recipients.filter((r) => r.field === 'to' && r.person.kind === 'officer');
    if (officers.length === 0) return [];
    // Already set to arrive later (by this fix, or by the user): judge the delivery time instead.
    const delayed = draft.delayDelivery ? Date.parse(draft.delayDelivery) : Number.NaN;
    const now = Number.isNaN(delayed) ? Date.parse(draft.now) : delayed;
    if (Number.isNaN(now)) return [];
    if (markedUrgent(openingLines(draft.subject, analysis.ownText()))) return [];
    const local = localTime(now, hours.timeZone);
    const toMinutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
    const workingDay = hours.days.includes(local.weekday as never);
    if (workingDay && local.minutes >= toMinutes(hours.start) && local.minutes < toMinutes(hours.end)) return [];
    // The next start of office hours: today if before the start of a working day, else a later day.
    let day = workingDay && local.minutes < toMinutes(hours.start) ? local.date : addDays(local.date, 1);
    for (let i = 0; i < 14 && !hours.days.includes(weekdayOf(day) as never); i++) day = addDays(day, 1);
    const deliverAt = new Date(utcOf(day, hours.start, hours.timeZone)).toISOString();
    return [{
      message: t.t('out-of-hours.message', {
        weekday: weekdayName(t, local.weekday),
        time: `${String(Math.floor(local.minutes / 60)).padStart(2, '0')}:${String(local.minutes % 60).padStart(2, '0')}`,
        start: hours.start,
        day: weekdayName(t, weekdayOf(day)),
      }),
      recipients: officers.map((r) => ({ email: r.address.email, field: r.field })),
      fixes: [{ title: t.t('out-of-hours.fix', { start: hours.start, day: weekdayName(t, weekdayOf(day)), date: day }), edits: [{ op: 'setDelayDelivery', time: deliverAt }] }],
    }];
  },
});

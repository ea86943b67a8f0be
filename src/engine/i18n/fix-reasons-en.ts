// Why a fix's edit was left out or not made (Fix all's "Left out" list, the pane's "Partly done"
// notice), and Fix all's plan as the engine lists it (plan.steps), English. Small and apart from
// en.ts: the engine and the Office adapter return these ids with parameters, and the pane renders
// them in its own language (fix-reasons-cy.ts).
export const fixReasonsEn = {
  'skip.stale': 'the text has changed since the check; check again',
  'skip.protected': 'nothing to remove: those words are part of the greeting, sign-off or signature, which fixes leave alone',
  'skip.conflict': 'it overlaps another change to the same words',
  'skip.htmlOverlap': 'it would change the same part of the e-mail as another change; check again after applying the others',
  'skip.notInField': '{email} is not in {field}',
  'skip.noLongerIn': '{email} is no longer in {field}',
  'skip.noDelay': 'this version of Outlook cannot delay delivery from an add-in (needs Mailbox 1.13)',
  'skip.onSend': 'fixes are made from the task pane, never on send',
  'skip.officeFailed': 'Outlook could not do this ({detail})',
  'skip.unexpected': 'unexpected error: {detail}',
  // A failure that is not one of the above: its own words (technical, from Office or the browser).
  'skip.other': '{detail}',
  // plan.steps: one line per edit ({text} arrives quoted)
  'step.move': 'Move {name} from {from} to {to}',
  'step.remove': 'Remove {name} from {field}',
  'step.add': 'Add {name} to {field}',
  'step.delay': 'Delay sending until {time}',
  'step.insert': 'Add {text}',
  'step.delete': 'Remove {text}',
  'step.change': 'Change {from} to {to}',
} as const;

export type FixReasonKey = keyof typeof fixReasonsEn;
export type FixReasonCatalogue = Record<FixReasonKey, string>;

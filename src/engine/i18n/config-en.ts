// The words of the config problems ("path: problem" lines about directory.json, policy.json,
// validate files (the CLI, the task pane) need them, never the on-send bundle. config-cy.ts has the
// same keys and parameters. {hint} is a clause that follows ("— did you mean …?").
import { fetchReasonsEn } from './fetch-reasons-en';

export const configEn = {
  ...fetchReasonsEn,
  'config.topLevel': '(top level)',
  'config.didYouMean': ' — did you mean "{best}"?',
  'config.extraField': 'not a field Protocol Check uses — kept out, nothing else changed',
  'config.unknownField': 'unknown field "{key}"{hint}',
  'config.allowedFields': ' — allowed fields are {list}',
  'config.required': 'required — add {wanted}',
  'config.expected': 'expected {wanted}, got {got}',
  'config.type': '{type, select, array {a list} int {an int} object {an object} undefined {an undefined} other {a {type}}}',
  'config.received': '{kind, select, nothing {nothing} null {null} list {a list} text {the text "{text}"} object {an object} other {a {kind}}}',
  'config.notAllowed': '{value} is not allowed{hint}',
  'config.quoted': '"{text}"',
  'config.useOneOf': ' — use one of {list}',
  'config.tooSmall': 'Too small: expected {origin, select, string {string to have {limit} characters} array {array to have {limit} items} set {set to have {limit} items} other {{origin} to be {limit}}}',
  'config.tooBig': 'Too big: expected {origin, select, string {string to have {limit} characters} array {array to have {limit} items} set {set to have {limit} items} other {{origin} to be {limit}}}',
  'config.invalidUnion': 'Invalid input',
  'config.otherProblem': '{message}',
  // The schemas' own checks (their zod messages are these keys).
  'config.notEmail': 'not an e-mail address (expected name@example.gov.uk)',
  'config.notEmailPlain': 'not an e-mail address',
  'config.notDomain': 'not a domain name (expected example.gov.uk, without "@")',
  'config.notPostcode': 'not a postcode area or sector (expected an outward code such as "NB1" or a sector such as "NB1 4")',
  'config.wardId': 'ward ids are lower-case words joined by hyphens, e.g. "st-helens"',
  'config.time24': 'expected a 24-hour time such as "08:30"',
  'config.isoDate': 'expected a date such as "2027-05-06"',
  'config.isoTime': 'expected an ISO time such as "2027-01-12T10:30:00Z"',
  'config.citationLang': 'give the clause in English ("en"), Welsh ("cy") or both',
  'config.periodOrder': 'the period ends before it starts',
  'config.unknownRule': 'unknown rule "{id}"{hint}',
  'config.ruleList': ' — rules are {list}',
  // Cross-references the schemas cannot see.
  'config.duplicateWardId': '"{id}" is used by an earlier ward — ward ids must be unique',
  'config.unknownWard': 'unknown ward "{ward}"{hint}',
  'config.addWardOrUse': ' — add it to "wards" or use one of {list}',
  // A file that is not JSON ({detail} is the JSON reader's own words).
  'config.jsonAt': 'line {line}, column {column}: not valid JSON ({detail}) — check for a missing comma, quote or bracket',
  'config.json': 'not valid JSON ({detail}) — check for a missing comma, quote or bracket',
  // The task pane's notice when the council has not published its directory.
  'config.directoryNotPublished': 'not found — ask your Monitoring Officer to publish the council directory',
} as const;

export type ConfigKey = keyof typeof configEn;
export type ConfigCatalogue = Record<ConfigKey, string>;

// The command line's own words (the report around the findings), English and Welsh, in the
// engine's message format. Findings themselves come from the engine's catalogues; the words of
// import and election (messages-import.ts), of --help (messages-help.ts) and the import parsers'
// notes (src/import/messages-en.ts, messages-cy.ts) join them here.
import type { ConfigLanguage } from '../engine/config/config-text';
import { CONFIG_CATALOGUES } from '../engine/i18n/config-catalogues';
import { render, type Params } from '../engine/i18n/format';
import type { Lang } from '../engine/i18n/lang';
import { ImportError, noteText, type ImportNote } from '../import/import-note';
import { importNotesCy } from '../import/messages-cy';
import { importNotesEn } from '../import/messages-en';
import { helpCy, helpEn } from './messages-help';
import { importCy, importEn } from './messages-import';

export const cliEn = {
  ...importNotesEn,
  ...importEn,
  ...helpEn,
  'report.clean': '✓ no problems found',
  'report.clause': 'clause: {citation}',
  'report.recipients': 'recipients:',
  'report.words': 'words:',
  'report.fix': 'fix {n}:',
  'report.summary': '{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}} in {files, plural, one {# file} other {# files}}{unreadable, plural, =0 {} other { (# more could not be read — listed on stderr)}}',
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'info',
  'edit.add': 'add {who} to {field}',
  'edit.remove': 'remove {email} from {field}',
  'edit.insert': 'insert "{text}" ({anchor})',
  'edit.replace': 'replace "{from}" with "{to}"',
  'edit.delete': 'remove "{text}"',
  'edit.delay': 'deliver at {time}',
  // Problems with a file, after "FILE: "
  'file.notFound': 'file not found — check the path',
  'file.permission': 'permission denied — check that you may read and write it',
  'file.isFolder': 'is a folder, not a file — give the file inside it',
  'file.notFolder': 'a part of the path is a file, not a folder — check the path',
  'file.diskFull': 'the disk is full — free some space and run again',
  'file.readOnly': 'the disk is read-only — write somewhere else',
  'file.other': 'cannot use the file ({reason})',
  'draft.unsupported': 'unsupported file type — give a draft as .json, .eml or .msg',
  'draft.tooBig': '{size} of {what, select, json {JSON} message {message with attachments} other {text}} is over the {limit} limit — not checked (give --max-size {suggested}MB to check it anyway)',
  'draft.binary': 'not a text file (it holds binary data) — a .json draft must be the Draft format as text',
  'draft.notEml': 'not an e-mail message (no From: header and no body) — save the draft as .eml from your mail client',
  'draft.notMsg': 'not an Outlook .msg file — save the message from Outlook with "Save As" → "Outlook Message Format"',
  'draft.notMsgBecause': 'not an Outlook .msg file ({reason})',
  // protocol-check validate
  'validate.directory': '{file}: valid — {council}: {wards} wards, {members} members, {officers} officers, {mailboxes} mailboxes',
  'validate.perWard': '  members per ward: {list}',
  'validate.warning': '  warning: {file}: {warning}',
  'validate.policy': '{file}: valid — {rules} rule settings{off}, {periods} pre-election period(s), ward copy limit {limit}',
  'validate.rulesOff': ' (off: {list})',
  'validate.sampleDirectory': 'bundled sample directory',
  'validate.directoryFile': 'directory',
  'validate.defaultPolicy': 'default policy',
  'validate.samplePolicy': 'bundled sample policy',
  'warn.wardEmpty': '"{name}" has no members — import the councillors, or remove the ward',
  'warn.sameAddress': '"{email}" is also {first} — one address, one person',
  'warn.noEmail': '{name} ({ward}) has no e-mail, so the checker cannot suggest copying them — add one under "members" in the overrides file',
  'warn.samePlace': '"{place}" is also {first} — a draft naming it will concern both wards; keep it in one, or accept that',
  'warn.samePostcode': '"{code}" is also in {first} — move it to "sharedPostcodes" in both wards',
} as const;

export type CliKey = keyof typeof cliEn;

export const cliCy: Record<CliKey, string> = {
  ...importNotesCy,
  ...importCy,
  ...helpCy,
  'report.clean': '✓ dim problemau',
  'report.clause': 'cymal: {citation}',
  'report.recipients': 'derbynwyr:',
  'report.words': 'geiriau:',
  'report.fix': 'cywiriad {n}:',
  'report.summary': '{errors} gwall, {warnings} rhybudd mewn {files} ffeil{unreadable, plural, =0 {} other { (ni ellid darllen # arall — maen nhw wedi’u rhestru ar stderr)}}',
  'severity.error': 'gwall',
  'severity.warning': 'rhybudd',
  'severity.info': 'nodyn',
  'edit.add': 'ychwanegu at {field}: {who}',
  'edit.remove': 'tynnu o {field}: {email}',
  'edit.insert': 'mewnosod "{text}" ({anchor})',
  'edit.replace': 'rhoi "{to}" yn lle "{from}"',
  'edit.delete': 'dileu "{text}"',
  'edit.delay': 'danfon am {time}',
  'file.notFound': 'heb ddod o hyd i’r ffeil — gwiriwch y llwybr',
  'file.permission': 'dim caniatâd — gwiriwch y cewch ei darllen a’i hysgrifennu',
  'file.isFolder': 'ffolder yw hwn, nid ffeil — rhowch y ffeil sydd ynddo',
  'file.notFolder': 'mae rhan o’r llwybr yn ffeil, nid yn ffolder — gwiriwch y llwybr',
  'file.diskFull': 'mae’r ddisg yn llawn — rhyddhewch le a rhedeg eto',
  'file.readOnly': 'darllen yn unig yw’r ddisg — ysgrifennwch i rywle arall',
  'file.other': 'ni ellir defnyddio’r ffeil ({reason})',
  'draft.unsupported': 'math o ffeil heb ei gefnogi — rhowch ddrafft fel .json, .eml neu .msg',
  'draft.tooBig': 'mae {size} o {what, select, json {JSON} message {neges gydag atodiadau} other {destun}} dros y terfyn o {limit} — heb ei wirio (rhowch --max-size {suggested}MB i’w wirio beth bynnag)',
  'draft.binary': 'nid ffeil destun yw hon (mae’n dal data deuaidd) — rhaid i ddrafft .json fod yn fformat Draft fel testun',
  'draft.notEml': 'nid neges e-bost yw hon (dim pennawd From: a dim corff) — cadwch y drafft fel .eml o’ch rhaglen e-bost',
  'draft.notMsg': 'nid ffeil .msg Outlook yw hon — cadwch y neges o Outlook gyda "Save As" → "Outlook Message Format"',
  'draft.notMsgBecause': 'nid ffeil .msg Outlook yw hon ({reason})',
  'validate.directory': '{file}: dilys — {council}: {wards} ward, {members} aelod, {officers} swyddog, {mailboxes} blwch post',
  'validate.perWard': '  aelodau fesul ward: {list}',
  'validate.warning': '  rhybudd: {file}: {warning}',
  'validate.policy': '{file}: dilys — {rules} gosodiad rheol{off}, {periods} cyfnod cyn etholiad, terfyn copïo wardiau {limit}',
  'validate.rulesOff': ' (wedi’u diffodd: {list})',
  'validate.sampleDirectory': 'y cyfeiriadur enghreifftiol sydd wedi’i gynnwys',
  'validate.directoryFile': 'cyfeiriadur',
  'validate.defaultPolicy': 'y polisi diofyn',
  'validate.samplePolicy': 'y polisi enghreifftiol sydd wedi’i gynnwys',
  'warn.wardEmpty': 'does dim aelodau gan "{name}" — mewnforiwch y cynghorwyr, neu tynnwch y ward',
  'warn.sameAddress': 'mae "{email}" hefyd yn {first} — un cyfeiriad, un person',
  'warn.noEmail': 'does dim cyfeiriad e-bost gan {name} ({ward}), felly ni all y gwiriwr awgrymu eu copïo — ychwanegwch un o dan "members" yn y ffeil diystyru',
  'warn.samePlace': 'mae "{place}" hefyd yn {first} — bydd drafft sy’n ei enwi yn ymwneud â’r ddwy ward; cadwch ef mewn un, neu derbyniwch hynny',
  'warn.samePostcode': 'mae "{code}" hefyd yn {first} — symudwch ef i "sharedPostcodes" yn y ddwy ward',
};

/** The CLI's words in one language; it knows that language, for the engine's `lang` options. */
export type CliText = ((key: CliKey, params?: Params) => string) & { readonly lang: Lang };

export function cliText(lang: Lang): CliText {
  const catalogue: Record<CliKey, string> = lang === 'cy' ? cliCy : cliEn;
  return Object.assign((key: CliKey, params: Params = {}) => render(catalogue[key], params, lang), { lang });
}

/** The engine's config problems (path: problem) in the same language as `t`. */
export function configLanguage(t: CliText): ConfigLanguage {
  return { lang: t.lang, catalogue: CONFIG_CATALOGUES[t.lang] };
}

/** An import parser's note in the language of `t`. */
export function importNote(note: ImportNote, t: CliText): string {
  return noteText(note, t.lang, t.lang === 'cy' ? cliCy : cliEn);
}

/** Why an import could not use a file: a parser's own words in the language of `t`, else the error's. */
export function importProblem(error: unknown, t: CliText): string {
  return error instanceof ImportError ? importNote(error.note, t) : (error as Error).message;
}

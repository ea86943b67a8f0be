// Officers from an HR or Microsoft 365 admin-centre export: name, e-mail, job title, team, and a
// grade from an explicit column or the job title (the council's own patterns first).
import type { Officer } from '../engine';
import { findColumn, parseCsv, quotedHeaders } from './csv';
import { ImportError, note, type ImportNote } from './import-note';
import type { Overrides } from './overrides';

type Grade = Officer['grade'];

// Tried in order; the first that matches the job title decides.
export const DEFAULT_GRADE_PATTERNS: { pattern: RegExp; grade: Grade }[] = [
  { pattern: /\b(deputy\s+)?chief\s+executive\b|\bhead\s+of\s+paid\s+service\b/i, grade: 'chief' },
  { pattern: /\bassistant\s+director\b/i, grade: 'senior' },
  { pattern: /\b(executive|corporate|strategic|service)?\s*director\b/i, grade: 'chief' },
  { pattern: /\bmonitoring\s+officer\b|\bchief\s+(finance|financial|legal)\s+officer\b|\bsection\s+151\b|\bs151\b/i, grade: 'chief' },
  { pattern: /\bhead\s+of\b|\bmanager\b|\bteam\s+leader\b|\bprincipal\b|\blead\b|\bservice\s+lead\b/i, grade: 'senior' },
  { pattern: /\bofficer\b|\bassistant\b|\badvis[eo]r\b|\badministrator\b|\bapprentice\b|\btechnician\b|\bco-?ordinator\b|\bclerk\b|\bsupport\b|\binspector\b|\bsurveyor\b/i, grade: 'junior' },
];

function gradeFromColumn(value: string): Grade | undefined {
  const v = value.toLowerCase();
  if (/^chief|chief officer|^director/.test(v)) return 'chief';
  if (/^senior|manager|^head/.test(v)) return 'senior';
  if (/^junior|officer|^assistant/.test(v)) return 'junior';
  return undefined;
}

export interface OfficerImport {
  officers: Officer[];
  notes: ImportNote[];
}

export function parseOfficersCsv(text: string, overrides: Pick<Overrides, 'gradePatterns' | 'officers'>): OfficerImport {
  const { headers, rows } = parseCsv(text);
  const nameCol = findColumn(headers, 'Display name', 'name', 'full name', 'displayName');
  const emailCol = findColumn(headers, 'email', 'e-mail', 'mail', 'email address', 'User principal name', 'userPrincipalName');
  const gradeCol = findColumn(headers, 'grade', 'officer grade');
  const titleCol = findColumn(headers, 'Title', 'job title', 'jobTitle', 'position', 'role');
  const teamCol = findColumn(headers, 'team', 'Department', 'service', 'section');
  if (!nameCol || !emailCol) {
    throw new ImportError(note('officers.noColumns', { missing: !nameCol && !emailCol ? 'both' : !nameCol ? 'name' : 'email', found: quotedHeaders(headers) }));
  }
  const patterns = [...overrides.gradePatterns.map((p) => ({ pattern: new RegExp(p.pattern, 'i'), grade: p.grade })), ...DEFAULT_GRADE_PATTERNS];
  const officers: Officer[] = [];
  const notes: ImportNote[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const line = i + 2;
    const name = row[nameCol]!;
    const email = row[emailCol]!.toLowerCase();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      notes.push(note('officers.notEmail', { line, hasName: name ? 'yes' : 'no', name, value: row[emailCol]! }));
      return;
    }
    if (seen.has(email)) {
      notes.push(note('officers.secondRow', { line, email }));
      return;
    }
    seen.add(email);
    const jobTitle = titleCol ? row[titleCol] : undefined;
    const override = overrides.officers[email];
    let grade: Grade | undefined = override?.grade ?? (gradeCol ? gradeFromColumn(row[gradeCol] ?? '') : undefined);
    if (!grade && jobTitle) grade = patterns.find((p) => p.pattern.test(jobTitle))?.grade;
    if (!grade) {
      grade = 'senior';
      notes.push(note('officers.gradeGuessed', { line, name, hasTitle: jobTitle ? 'yes' : 'no', title: jobTitle ?? '' }));
    }
    const officer: Officer = { name, email, grade };
    const team = override?.team ?? (teamCol ? row[teamCol] : undefined);
    if (team) officer.team = team;
    if (jobTitle) officer.jobTitle = jobTitle;
    officers.push(officer);
  });
  return { officers, notes };
}

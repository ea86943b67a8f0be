// What the import parsers tell the admin, in English: the notes under an import's summary and why a
// file cannot be imported. The parsers return these ids with parameters (import-note.ts); the CLI
// words them in the command's language (messages-cy.ts has the same keys and parameters). Names of
// people, wards, columns, files and options are parameters or stay as the admin's files spell them.
export const importNotesEn = {
  // Any CSV export ({detail} is the CSV reader's own words)
  'csv.unreadable': '{hasLine, select, yes {line {line}: } other {}}not readable as CSV ({detail}) — check the quotes on that line',
  // Modern.gov's GetCouncillorsByWard answer ({detail} is the XML reader's own words)
  'moderngov.notXml': 'not valid XML (line {line}: {detail})',
  'moderngov.notCouncillorsByWard': 'not a GetCouncillorsByWard response (no <councillorsbyward> element)',
  'moderngov.noWards': 'the response lists no wards',
  'moderngov.noCouncillors': 'the response lists {count, plural, one {# ward} other {# wards}} and no councillors — a misconfigured or half-migrated Modern.gov site answers like this; check the site (nothing was written)',
  'moderngov.noneServing': 'no serving councillor{hasDomains, select, yes { with an address in {domains}} other {}} in the response — check --domain and the site (nothing was written)',
  'moderngov.termEnded': 'skipped (term of office ended): {name}',
  'moderngov.noEmail': 'no e-mail: {name} ({ward}, councillorid {id}) — add one under "members" in the overrides file',
  'moderngov.otherDomain': "skipped (other council's domain): {name} <{email}>",
  'moderngov.roleNotRead': 'role not read: "{role}" ({name}) — set roles in the overrides file if it matters',
  // Merging the councillors into the directory ({before}/{after}: ward ids as JSON, role ids)
  'merge.created': 'created: {wards} wards, {members} members',
  'merge.wardAdded': 'ward added: {name}',
  'merge.wardRemoved': 'ward removed: {name} (not in the import; boundaries may have changed)',
  'merge.memberAdded': 'member added: {name} ({ward})',
  'merge.memberRemoved': 'member removed: {name} (not in the import)',
  'merge.wardChanged': 'ward changed: {name} {before} → {after}',
  'merge.partyChanged': 'party changed: {name} {hadParty, select, yes {{before}} other {(none)}} → {hasParty, select, yes {{after}} other {(none)}}',
  'merge.rolesChanged': 'roles changed: {name} [{before}] → [{after}]',
  // The officers export ("senior" is the grade as the directory spells it)
  'officers.noColumns': 'no {missing, select, name {name (or "Display name")} email {email (or "User principal name")} other {name (or "Display name") and no email (or "User principal name")}} column — found {found}',
  'officers.notEmail': 'line {line}: skipped {hasName, select, yes {{name}} other {(no name)}} — "{value}" is not an e-mail address',
  'officers.secondRow': 'line {line}: skipped a second row for {email}',
  'officers.gradeGuessed': 'line {line}: grade guessed "senior" for {name}{hasTitle, select, yes { ("{title}")} other {}} — add a grade column, a gradePatterns entry or an officers override',
  // Streets from a gazetteer, postcode sectors from the ONS Postcode Directory ({wards} is a list)
  'places.streetColumns': 'needs a street column and a ward column — found {found}',
  'places.unknownWard': 'unknown ward "{ward}"{hasBest, select, yes { — did you mean "{best}"?} other {}} — streets for it were not added',
  'places.sharedStreet': '"{street}" runs through {wards}: kept in both',
  'places.streetTotals': 'streets: {added} added to {wardsAdded} of {wards} wards ({rows} rows read; a street already listed is not added twice)',
  'places.lookupColumns': 'ward lookup needs a code column (e.g. WD24CD) and a name column (e.g. WD24NM) — found {found}',
  'places.postcodeColumns': 'postcode file needs pcds, osward and oslaua (or laua) columns — found {found}',
  'places.unmatchedWard': 'ward "{ward}" in the postcode file matches no ward in the directory',
  'places.noPostcodes': 'no postcodes for local authority {code} — check --la-code (e.g. E07000123)',
  'places.sectorTotals': '{sectors} postcode sectors: {own} in one ward, {shared} shared by two or more (recorded as shared)',
} as const;

export type ImportNoteKey = keyof typeof importNotesEn;
export type ImportNoteCatalogue = Record<ImportNoteKey, string>;

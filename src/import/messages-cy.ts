// Nodiadau’r mewnforio: what the import parsers tell the admin, in Welsh (key for key with
// messages-en.ts). Column, field and option names (name, email, grade, --domain, "members") and the
// grade "senior" stay as the files and the command line spell them; see docs/cy-glossary.md.
import type { ImportNoteCatalogue } from './messages-en';

export const importNotesCy: ImportNoteCatalogue = {
  'csv.unreadable': '{hasLine, select, yes {llinell {line}: } other {}}ni ellir ei darllen fel CSV ({detail}) — gwiriwch y dyfynodau ar y llinell honno',
  'moderngov.notXml': 'nid yw’n XML dilys (llinell {line}: {detail})',
  'moderngov.notCouncillorsByWard': 'nid ateb GetCouncillorsByWard yw hwn (dim elfen <councillorsbyward>)',
  'moderngov.noWards': 'nid yw’r ateb yn rhestru unrhyw ward',
  'moderngov.noCouncillors': 'mae’r ateb yn rhestru {count} ward a dim cynghorwyr — mae gwefan Modern.gov sydd wedi’i ffurfweddu’n anghywir neu wedi’i hanner mudo yn ateb fel hyn; gwiriwch y wefan (ni ysgrifennwyd dim)',
  'moderngov.noneServing': 'dim cynghorydd sy’n gwasanaethu{hasDomains, select, yes { â chyfeiriad e-bost yn y parth {domains}} other {}} yn yr ateb — gwiriwch --domain a’r wefan (ni ysgrifennwyd dim)',
  'moderngov.termEnded': 'hepgorwyd (daeth y tymor swydd i ben): {name}',
  'moderngov.noEmail': 'dim e-bost: {name} ({ward}, councillorid {id}) — ychwanegwch un o dan "members" yn y ffeil diystyru',
  'moderngov.otherDomain': 'hepgorwyd (parth cyngor arall): {name} <{email}>',
  'moderngov.roleNotRead': 'ni ddarllenwyd y rôl: "{role}" ({name}) — gosodwch y rolau yn y ffeil diystyru os yw’n bwysig',
  'merge.created': 'crëwyd: {wards} ward, {members} aelod',
  'merge.wardAdded': 'ward wedi’i hychwanegu: {name}',
  'merge.wardRemoved': 'ward wedi’i dileu: {name} (nid yw yn y mewnforio; efallai fod y ffiniau wedi newid)',
  'merge.memberAdded': 'aelod wedi’i ychwanegu: {name} ({ward})',
  'merge.memberRemoved': 'aelod wedi’i ddileu: {name} (nid yw yn y mewnforio)',
  'merge.wardChanged': 'ward wedi newid: {name} {before} → {after}',
  'merge.partyChanged': 'plaid wedi newid: {name} {hadParty, select, yes {{before}} other {(dim)}} → {hasParty, select, yes {{after}} other {(dim)}}',
  'merge.rolesChanged': 'rolau wedi newid: {name} [{before}] → [{after}]',
  'officers.noColumns': 'dim colofn {missing, select, name {name (neu "Display name")} email {email (neu "User principal name")} other {name (neu "Display name") a dim colofn email (neu "User principal name")}} — colofnau’r ffeil: {found}',
  'officers.notEmail': 'llinell {line}: hepgorwyd {hasName, select, yes {{name}} other {(dim enw)}} — nid yw "{value}" yn gyfeiriad e-bost',
  'officers.secondRow': 'llinell {line}: hepgorwyd ail res ar gyfer {email}',
  'officers.gradeGuessed': 'llinell {line}: dyfalwyd y radd "senior" ar gyfer {name}{hasTitle, select, yes { ("{title}")} other {}} — ychwanegwch golofn grade, cofnod gradePatterns neu gofnod o dan "officers" yn y ffeil diystyru',
  'places.streetColumns': 'mae angen colofn stryd a cholofn ward — colofnau’r ffeil: {found}',
  'places.unknownWard': 'ward anhysbys "{ward}"{hasBest, select, yes { — oeddech chi’n golygu "{best}"?} other {}} — ni ychwanegwyd ei strydoedd',
  'places.sharedStreet': 'mae "{street}" yn croesi’r wardiau {wards}: fe’i cadwyd ym mhob un',
  'places.streetTotals': 'strydoedd: {added, plural, one {# wedi’i hychwanegu} other {# wedi’u hychwanegu}} at {wardsAdded} o {wards} ward (darllenwyd {rows} rhes; nid yw stryd sydd wedi’i rhestru eisoes yn cael ei hychwanegu ddwywaith)',
  'places.lookupColumns': 'mae angen colofn cod (e.e. WD24CD) a cholofn enw (e.e. WD24NM) yn y tabl enwau wardiau — colofnau’r ffeil: {found}',
  'places.postcodeColumns': 'mae angen colofnau pcds, osward ac oslaua (neu laua) yn y ffeil codau post — colofnau’r ffeil: {found}',
  'places.unmatchedWard': 'nid yw’r ward "{ward}" yn y ffeil codau post yn cyfateb i unrhyw ward yn y cyfeiriadur',
  'places.noPostcodes': 'dim codau post ar gyfer yr awdurdod lleol {code} — gwiriwch --la-code (e.e. E07000123)',
  'places.sectorTotals': '{sectors} sector cod post: {own} mewn un ward, {shared, plural, one {# wedi’i rannu} other {# wedi’u rhannu}} gan ddwy ward neu fwy (wedi’u cofnodi fel rhai a rennir)',
};

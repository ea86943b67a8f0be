// One-sentence drafts of the sample council for the political-content rule tests: who writes to
// whom decides the severity (an officer's politics and a member asking an officer for party work
// are errors; a member's own are warnings), so each builder fixes the sender and the recipient.
import { aDraft, letter } from './draft-builder';
import { cllr, officer, resident } from './people';

export const memberToOfficer = (sentence: string) => aDraft().from(cllr.carver).to(officer.noor)
  .body(letter('Hi Fatima,', [sentence], 'Hugh', [])).build();
export const memberToResident = (sentence: string) => aDraft().from(cllr.carver).to(resident.gmail)
  .body(letter('Dear Pat,', [sentence], 'Best wishes,', ['Hugh'])).build();
export const officerToMember = (sentence: string) => aDraft().from(officer.noor).to(cllr.rahman)
  .body(letter('Dear Cllr Rahman,', [sentence], 'Kind regards,', ['Fatima Noor', 'Waste Services Manager'])).build();

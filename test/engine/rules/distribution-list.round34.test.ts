// Round 34 (Millhaven): a reply-all typed on a phone in lower case about one ward's street ("any chance tenter st is
// getting done… or is brackley off the map again?") names the ward in lower case and shortens the street word; and one
// house's planning matter ("when he approved No. 14's extension") is a local matter like a closure. Look-alikes: two
// wards' streets, a ward's one-word name after an article ("the riverside path"), an extension of a deadline.
import { distributionList } from '../../../src/engine/rules/distribution-list';
import { aDraft } from '../../support/draft-builder';
import { cllr, mailbox } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const toAll = (subject: string, body: string) => aDraft().from(cllr.quinn).to(mailbox.allMembers).subject(subject).body(body).build();

ruleTester.run(distributionList, {
  valid: [
    { name: 'lower case, two wards\u2019 streets', draft: toAll('Resurfacing programme',
      'any news on when wharf st and mead rd are getting resurfaced? both have been a mess since the floods and nobody seems to know anything\n\nsarah') },
    { name: 'lower case, a ward\u2019s one-word name after an article', draft: toAll('Paths',
      'does anyone know if the riverside path by the school is closed again? my grandson says the gate is locked most mornings now\n\nsarah') },
    { name: 'an extension of a deadline, no ward', draft: toAll('Consultation',
      'Hi all\n\nThe extension to the consultation deadline has been agreed, so there is more time for everyone to respond.\n\nSarah') },
    { name: 'a short line with no capitals, two wards’ streets', draft: toAll('Gritting', 'mead rd and wharf st never get done. same every year\n\nsarah') },
  ],
  invalid: [
    { name: 'a short line with no capitals, one ward’s street', draft: toAll('Gritting', 'mead rd never gets gritted. same every year\n\nsarah'),
      findings: [{ severity: 'warning', message: ['Kingsmead'] }] },
    { name: 'lower case: one ward\u2019s street shortened, and the ward named', draft: toAll('Resurfacing programme',
      'any chance wharf st is getting resurfaced this year or is riverside forgotten again? same every spring to be fair\n\nsarah'),
      findings: [{ severity: 'warning', message: ['Riverside'] }] },
    { name: 'one house\u2019s extension in one ward\u2019s street', draft: toAll('Planning training',
      'Splendid. The planning officer might come too, since the residents of Mead Road found out he approved the extension at No. 4 without a site visit.\n\nSarah'),
      findings: [{ severity: 'warning', message: ['Kingsmead'] }] },
  ],
});

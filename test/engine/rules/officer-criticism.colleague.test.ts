// officer-criticism: an officer telling a resident that a named colleague let them down. A plain account
// ("she didn't log your calls") is an explanation; it becomes criticism when the writer adds a verdict
// ("which honestly isn't good enough") or pins a pattern on the colleague ("not the first time this has
// happened with him"), even when a later clause sympathises with the reader ("…and I understand why you feel…").
import { officerCriticism } from '../../../src/engine/rules/officer-criticism';
import { aDraft, letter } from '../../support/draft-builder';
import { officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const officerToResident = (paragraphs: string[]) => aDraft().from(officer.rudd).to(resident.btinternet)
  .body(letter('Dear Mr Morgan,', ['Thank you for your patience, and I am sorry you have had to write again.', ...paragraphs], 'Yours sincerely,', ['Helen Rudd'])).build();
const warning = [{ severity: 'warning' as const }];

ruleTester.run(officerCriticism, {
  valid: [
    { name: 'a plain account of what a colleague did not do', draft: officerToResident(["Your report went to my colleague Zoe Marsh in April and I'm afraid she didn't log it, so it was not passed to the contractor."]) },
    { name: 'not the first time she has worked with the group', draft: officerToResident(["Zoe Marsh will meet you on site. It isn't the first time she has worked with the residents' group, so she knows the history."]) },
    { name: 'not good enough, said of the service', draft: officerToResident(["Our response to your reports was not good enough, and I apologise. Zoe Marsh now has the case and will ring you on Monday."]) },
    { name: 'the reader\u2019s feelings in a later clause, about the service only', draft: officerToResident(["Zoe Marsh has the file now, and I can understand why you feel the service has not taken you seriously."]) },
  ],
  invalid: [
    { name: 'not the first time something has gone missing with her', draft: officerToResident(["Your original report was passed to Zoe Marsh in April and it never reached my desk, which I'm sorry to say is not the first time something has gone missing with her."]), findings: warning },
    { name: 'a failing, then "not the first time this has happened with him", then the reader\u2019s feelings', draft: officerToResident(["My colleague Tom didn't register your objection on the system.", "I'm afraid that isn't the first time this has happened with him, and I can understand why you feel the department hasn't taken you seriously."]), findings: warning },
    { name: 'a failing, then "which honestly isn\u2019t good enough"', draft: officerToResident(["Your tenancy was looked after by my colleague Zoe Marsh until September, and I'm afraid she didn't log any of your calls.", "There is nothing on the system from her at all after the first visit, which honestly isn't good enough."]), findings: warning },
  ],
});

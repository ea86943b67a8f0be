// media-enquiry: an officer answering a journalist copies the communications team
// (002 Annex A §11.7; 000 §8.1; 001 §11.4).
import { defineRule } from '../rule';
import { listNames } from '../fixes/builders';
import { isCommunications } from './corporate';

export const mediaEnquiry = defineRule({
  meta: {
    id: 'media-enquiry',
    description: 'An officer writing to a journalist copies the communications team.',
    severity: 'warning',
    citation: '002 Annex A §11.7: media enquiries are handled by, or with, the Communications team',
    fixable: true,
  },
  check({ analysis, directory }) {
    const { sender } = analysis;
    // The communications team itself answers journalists.
    if (sender.kind !== 'officer' || isCommunications(sender)) return [];
    const press = analysis.recipients.filter((r) => r.person.kind === 'external' && directory.isMediaAddress(r.person.email));
    if (press.length === 0) return [];
    const comms = directory.mailboxesOfKind('communications');
    if (comms.length === 0) return [];
    // Copied means in To or Cc; mentioning the press office in the body is not copying it.
    if (analysis.visible().some((r) => isCommunications(r.person))) return [];
    const team = comms[0]!;
    const journalists = listNames(press.map((r) => r.address.name ?? r.address.email));
    return [{
      message: `This goes to a journalist (${journalists}) without the communications team (${team.email}) in copy. The protocol asks officers to handle media enquiries with the communications team.`,
      recipients: press.map((r) => ({ email: r.address.email, field: r.field })),
      fixes: [{ title: `Copy ${team.name ?? team.email}`, edits: [{ op: 'addRecipient', field: 'cc', email: team.email, name: team.name ?? 'Communications' }] }],
    }];
  },
});

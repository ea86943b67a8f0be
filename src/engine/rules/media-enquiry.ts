// media-enquiry: an officer answering a journalist copies the communications team
// (002 Annex A §11.7; 000 §8.1; 001 §11.4).
import { en } from '../i18n/en';
import { defineRule } from '../rule';
import { isCommunications } from './corporate';

export const mediaEnquiry = defineRule({
  meta: {
    id: 'media-enquiry',
    description: en['media-enquiry.description'],
    severity: 'warning',
    citation: en['media-enquiry.citation'],
    fixable: true,
  },
  check({ analysis, directory, t }) {
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
    const journalists = t.list(press.map((r) => r.address.name ?? r.address.email));
    return [{
      message: t.t('media-enquiry.message', { journalists, team: team.email }),
      recipients: press.map((r) => ({ email: r.address.email, field: r.field })),
      fixes: [{ title: t.t('fix.copy', { names: team.name ?? team.email }), edits: [{ op: 'addRecipient', field: 'cc', email: team.email, name: team.name ?? t.t('media-enquiry.mailboxName') }] }],
    }];
  },
});

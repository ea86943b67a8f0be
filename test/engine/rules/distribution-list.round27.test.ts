// Round 27 (session 12): the kinds the rule knows in English, in Welsh too — heartfelt thanks ("diolch o galon"),
// "diolch i chi am…", lost property ("oes rhywun wedi gweld fy…?", "dw i wedi gadael fy…") — and lost property
// said with a modal ("I seem to have left my…", "I must have dropped my…", "has anyone seen my…?").
import { distributionList } from '../../../src/engine/rules/distribution-list';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, mailbox, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const quoting = (from: string, subject: string, text: string) => `\n\nFrom: ${from}\nSent: 11 January 2027 09:10\nTo: All Members <allmembers@harburyvale.gov.uk>\nSubject: ${subject}\n\n${text}`;
const emilyNotice = quoting('Emily Stone <emily.stone@harburyvale.gov.uk>', 'Hyfforddiant / Training',
  'Annwyl Aelodau,\n\nBydd sesiwn hyfforddi ar gynllunio ddydd Mawrth.\n\nEmily Stone');
const replyToEmily = (body: string) => aDraft().from(cllr.quinn).to(officer.stone, mailbox.allMembers).composeType('replyAll')
  .subject('RE: Hyfforddiant / Training').body(`${body}${emilyNotice}`).build();
const toAll = (subject: string, body: string) => aDraft().from(cllr.quinn).to(mailbox.allMembers).subject(subject).body(body).build();

ruleTester.run(distributionList, {
  valid: [
    { name: 'Welsh: thanks to everyone, with a reason it concerns every member', draft: replyToEmily(
      "Diolch o galon am y sesiwn. Mae'r newidiadau'n effeithio ar bob aelod, felly dewch i'r sesiwn nesaf os gallwch chi.\n\nSarah") },
    { name: 'Welsh: a long message that ends with thanks is not a short reply', draft: toAll('Cyllideb / Budget', letter('Annwyl gyfeillion,', [
      "Mae'r Cabinet wedi cyhoeddi'r gyllideb ddrafft. Mae'n cynnwys toriadau i'r gwasanaeth llyfrgelloedd, i'r gwasanaeth ieuenctid ac i'r grantiau i'r cynghorau cymuned.",
      "Bydd y cyfnod ymgynghori'n cau ar 14 Chwefror. Rwy'n credu y dylai'r pwyllgor craffu edrych ar y cynigion cyn i'r Cabinet wneud penderfyniad, ac rwy wedi gofyn i'r Cadeirydd roi'r mater ar yr agenda.",
      "Mae'r papurau ar gael ar y fewnrwyd, ac mae'r swyddogion cyllid wedi cynnig sesiwn friffio i bob grŵp. Byddai'n dda gweld cymaint ohonoch chi yno â phosib, gan fod y penderfyniadau'n rhai anodd iawn eleni.",
      'Diolch i chi am ddarllen.'], 'Cofion,', ['Sarah'])) },
    { name: 'has anyone seen my email (a matter, not lost property)', draft: toAll('Budget amendment',
      'Hi all\n\nHas anyone seen my email about the budget amendment? Every member needs to have read it before Thursday.\n\nSarah') },
    { name: 'the contractor "may have left" the barriers: not the writer\u2019s property', draft: toAll('Budget',
      'Hi all\n\nThe contractor may have left the barriers up, but the budget debate is what matters to all of us this week.\n\nSarah') },
    { name: 'Welsh: an officer has seen the writer\u2019s email', draft: toAll('Cyllideb',
      "Shwmae bawb,\n\nMae'r swyddog wedi gweld fy e-bost am y gyllideb, ac mae hyn yn effeithio ar bob aelod.\n\nSarah") },
  ],
  invalid: [
    { name: 'Welsh reply-all: "diolch o galon" to the officer by name', draft: replyToEmily("Diolch o galon Emily am drefnu'r sesiwn, roedd hi'n wych.\n\nSarah"),
      findings: [{ severity: 'warning', spans: ['Diolch o galon'], message: ['Emily Stone'] }], output: { to: [officer.stone] } },
    { name: 'Welsh reply-all: "diolch i chi am…"', draft: replyToEmily("Diolch i chi am y sleidiau, defnyddiol iawn.\n\nSarah"),
      findings: [{ severity: 'warning', message: ['Emily Stone'] }] },
    { name: 'Welsh: "oes rhywun wedi gweld fy…?" to all members', draft: toAll('Allweddi', "Shwmae bawb,\n\nOes rhywun wedi gweld fy allweddi i? Rwy'n credu eu bod nhw yn yr ystafell bwyllgor.\n\nSarah"),
      findings: [{ severity: 'warning' }] },
    { name: 'Welsh: "dw i wedi gadael fy…"', draft: toAll('Ffôn', "Helo bawb,\n\nDw i wedi gadael fy ffôn yn y Siambr neithiwr. Gadewch e yn y dderbynfa os gwelwch chi fe.\n\nSarah"),
      findings: [{ severity: 'warning' }] },
    { name: '"I seem to have left my…"', draft: toAll('Scarf', 'Morning all\n\nI seem to have left my green scarf on the coat rack after Cabinet. Give me a shout if you spot it.\n\nSarah'),
      findings: [{ severity: 'warning', spans: ['seem to have left my'] }] },
    { name: '"has anyone seen my…?"', draft: toAll('Pass', 'Hi all\n\nHas anyone seen my building pass? It was on a red lanyard.\n\nSarah'),
      findings: [{ severity: 'warning' }] },
  ],
});

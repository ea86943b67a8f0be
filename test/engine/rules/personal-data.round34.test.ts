// personal-data, round 34: consent only asked about or still sought ("whether he is happy for us to…",
// "I will need to seek her consent") is not consent recorded; a question the draft answers yes still is.
import { recordsConsent } from '../../../src/engine/lexicons/personal-identifiers';
import { personalData } from '../../../src/engine/rules/personal-data';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const body = (...p: string[]) => letter('Dear Cllr Quinn,', p, 'Kind regards,', ['Zoe Marsh']);

describe('consent asked about or sought is not recorded', () => {
  it.each([
    'I have not had the chance to ask Mrs Lyle whether she is happy for us to share her file with you, so this is brief.',
    'I will check with Mr Haldane whether he is happy for me to go through the claim with you.',
    "I'll ring her tomorrow to see if she consents to us sharing the account.",
    'We cannot go into the figures until Mr Bain is happy for us to do so.',
    'I will need to seek her written consent before I can say more.',
    "We are still awaiting Mr Dunn's signed consent form.",
    'Anything further is subject to her permission.',
  ])('no consent: %s', (text) => expect(recordsConsent(text)).toBe(false));

  it.each([
    'I asked Mrs Pryce whether she was happy for me to pass this on, and she is.',
    'I asked him if he consented to us sharing his details. He did.',
    'She rang to ask if I could help and is happy for me to share her details with you.',
    'If it helps, she is happy for me to share her account details with you.',
    'Mrs Reid is happy for me to pass this on, and she has asked that you ring her.',
    'We have now received his signed consent, so I can give you the detail.',
    'Mr Amis needs help with the forms and has asked me to share his claim with you.',
  ])('consent: %s', (text) => expect(recordsConsent(text)).toBe(true));
});

ruleTester.run(personalData, {
  valid: [
    { name: 'consent asked about and given in the same sentence', draft: aDraft().from(officer.zoe).to(cllr.quinn)
      .body(body('I asked Mr Tovey whether he was happy for me to share his details with you, and he was.', 'His rent account RA 3381 2209 is £210 in arrears.')).build() },
    { name: 'a conditional at the head of the sentence does not undo consent stated after the comma', draft: aDraft().from(officer.zoe).to(cllr.quinn)
      .body(body('If it helps, Mrs Lowe is happy for me to share her account with you: council tax account 5520 1184 07 is up to date.')).build() },
    { name: 'consent still awaited, but no identifier given', draft: aDraft().from(officer.zoe).to(cllr.quinn)
      .body(body('I have not yet asked Mrs Carew whether she is happy for us to discuss her care with you, so I can only say that a review is booked.')).build() },
    { name: 'consent sought, identifiers sent only to a manager', draft: aDraft().from(officer.zoe).to(officer.ravi)
      .body(body('I will need to seek her consent before the councillor is told anything. NHS no. 485 777 3456.')).build() },
  ],
  invalid: [
    { name: 'an NHS number while consent has not yet been asked', draft: aDraft().from(officer.zoe).to(cllr.quinn)
      .body(body('I support Mrs Ansell (NHS no. 485 777 3456).', 'I have not been able to ask Mrs Ansell whether she is happy for us to share her care details with you, so I have kept this short.')).build(),
      findings: [{ severity: 'warning', spans: ['485 777 3456'] }] },
    { name: 'a rent account while consent is still to be sought', draft: aDraft().from(officer.zoe).to(cllr.quinn)
      .body(body('His rent account RA 3381 2209 is £210 in arrears. I will need to seek his written consent before I say more.')).build(),
      findings: [{ spans: ['RA 3381 2209'] }] },
    { name: 'consent awaited until the resident says so', draft: aDraft().from(officer.zoe).to(cllr.quinn)
      .body(body('Mr Pell, date of birth 2 May 1950, is on our list; we cannot go further until he is happy for us to do so.')).build(),
      findings: [{ spans: ['2 May 1950'] }] },
  ],
});

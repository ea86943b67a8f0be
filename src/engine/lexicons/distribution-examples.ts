// The examples that prove each distribution-list lexicon entry: sentences it must find, and look-alikes it
// must not. Only the tests import this file (the on-send bundle ships the phrases alone).
import { withExamples, type Examples } from './shipped';
import { personalReplyPhrases, everyMemberPhrases, chasingPhrases, localIssuePhrases } from './distribution';

const examples: Record<string, Examples> = {
  attending: {
    match: ['Count me in for the Tuesday session.', "Running about 15 mins late tonight, start without me.", "Put me down for the 9th, please.", "I'll be there with my husband.", 'I can make the evening one.',
      "Sorry, I can't make it on the 14th.", 'Diolch - cyfrwch fi i mewn.', "I'm available on the Thursday.", "Apologies, I won't be able to make the 14th.", "Sorry all, won't make Council tonight.",
      'Count me and Roger in please!', "Sorry but I won't be at Council on the 23rd.", 'Tuesday evening for me please!', 'The online one works for me.'],
    noMatch: ['Every member is expected to attend one session.', 'The session will be there in the Chamber.', 'Which session works for all of us?'],
  },
  apologies: {
    match: ['Please send my apologies for Thursday.', "Apologies for absence - I'm at a school governors' meeting.", "I'm unable to attend, sadly.", 'Ymddiheuriadau, dw i methu dod.'],
    noMatch: ['Apologies - the room has changed to Committee Room 2.'],
  },
  'unable-to-attend': { match: ['Sorry, unable to attend on the 14th.'], noMatch: ['Will it be recorded for members unable to attend?', 'For those who are unable to attend, slides will follow.'] },
  'apologies-alone': { match: ['Apologies - away that week.'], noMatch: ['Apologies for the confusion: the session is on the 10th.', 'Apologies, the date in my email was wrong.'] },
  'thanks-and-congratulations': {
    match: ['Congratulations Sarah - thoroughly deserved!', 'Well done to the whole team.', 'Good work from you and the committee.', 'Thanks so much for organising this.', 'Llongyfarchiadau mawr!', 'Cheers Helen, really helpful.',
      'A huge thank you to everyone for the flowers and all the lovely cards after my op.', 'Diolch o galon am y blodau.', "Diolch i chi am drefnu'r ymweliad."],
    noMatch: ['The consultation closes on Friday.', 'The guidance is unhelpful on this point.', 'Thank you to everyone who came.', 'The flowers from the ceremony will go to the hospice.', "Bydd y sesiwn nesaf ym mis Mai."],
  },
  'thanks-name': { match: ['Thanks Sandra - a really moving service.', 'Cheers Gordon, guid work fae you and the committee.', 'Diolch Gwen, that is perfect.', 'I just wanted to say a huge thank you to Samira Iqbal in adult social care.'], noMatch: ['Thanks to everyone who came.', 'Many thanks for the update.'] },
  'lost-property': {
    match: ['Has anybody found a black umbrella in the members\' room?', 'I think I left my keys in the Chamber.', "I've mislaid my council tablet somewhere.", 'Could anyone who finds them let me know - I am lost without them.',
      'I must have dropped my pass in the car park.', 'Has anyone seen my blue scarf?', "Ydy rhywun wedi ffeindio fy ymbarél i?", "Dw i wedi gadael fy ffôn yn yr ystafell bwyllgor."],
    noMatch: ['Did anyone pick up on the point about reserves?', 'The lost property office is on the ground floor.', 'I left the meeting before the vote.', 'Has anyone seen my email about the budget?',
      'The contractor may have left the barriers up.', "Mae'r swyddog wedi gweld fy e-bost."],
  },
  'own-form': {
    match: ['New mobile is 07700 900614, old one is dead.', 'Did you get my form? I sent it last week.', "My old iPad still won't connect to the wifi at home.", 'Mine is about £40 less than December. Who do I speak to?', 'Can you check my declaration has been updated?', "I've sent mine back already.", 'My tablet still will not log in.',
      'Does anyone know who I speak to about a broken streetlight? The one outside my house is out.'],
    noMatch: ['Please return the form by Friday.', 'The new iPads are ready for collection.', 'Residents know who to speak to about the streetlights.'],
  },
  'stated-reason': {
    match: ["For all members' information: the revised code takes effect on 1 April.", "I'm writing to all members because the change affects everyone.",
      'It affects every councillor, not only scrutiny members.', 'Every member is asked to complete the training.', 'Please join me in thanking our outgoing Mayor.', 'Please join me in welcoming our new Chief Executive.',
      'The change applies across the borough.', "Mae'r newid yn effeithio ar bob aelod o'r cyngor.", 'Mae angen hyfforddiant ym mhob ward.'],
    noMatch: ['Count me in for the 14th.', 'Thanks Martin.', 'Do join me in sending Cllr Shah our best wishes.'],
  },
  'all-of-you': { match: ['I want to hear from all of you.', 'If any of you has cases like this, let me know.', 'For anyone driving, the car park is closed.'], noMatch: ['Count me in.'] },
  chasing: {
    match: ['I asked you on 2 February and chased on the 16th.', "I've still had no answer.", 'I have asked three times since November.', 'Can I please have a date?'],
    noMatch: ['I asked residents what they thought.'],
  },
  'role-question': {
    match: ['Can the Cabinet Member for Environment please tell me when the road will be resurfaced?', "I'd be grateful if the Portfolio Holder could tell me why."],
    noMatch: ['The Cabinet Member for Environment has agreed the programme.'],
  },
  'role-named': { match: ['I am still waiting to hear from the Portfolio Holder for Housing.'], noMatch: ['The Cabinet has agreed the budget.'] },
  'street-matter': { match: ['Mill Lane will be closed from Monday.', 'The potholes on Station Road are getting worse.', 'The bus shelter was smashed for the third time.', 'The railings along the harbour wall are loose again.', 'He approved the extension at No. 9 without a site visit.'], noMatch: ['The ball is at the Town Hall on Friday.', 'The deadline has been moved to May.'] },
};

export const personalReplyEntries = withExamples(personalReplyPhrases, examples);
export const everyMemberEntries = withExamples(everyMemberPhrases, examples);
export const chasingEntries = withExamples(chasingPhrases, examples);
export const localIssueEntries = withExamples(localIssuePhrases, examples);

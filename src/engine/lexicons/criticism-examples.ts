// The examples that prove each officer-criticism lexicon entry: sentences it must find, and look-alikes it
// must not. Only the tests import this file (the on-send bundle ships the phrases alone).
import { withExamples, type Examples } from './shipped';
import { apologyPhrases, criticismPhrases, endorsementPhrases, reportedPhrases } from './criticism';

const examples: Record<string, Examples> = {
  incapable: {
    match: ['Frankly he is useless.', 'Kieran Doyle is not up to the job.', "Tom really isn't up to enforcement work.", 'She has been hopeless on this.', 'He is either incompetent or does not care.', 'She is out of her depth.'],
    noMatch: ['She was far from useless.', 'He is never hopeless.'],
  },
  botched: {
    match: ['The planning officer, Chloe Barclay, has made a complete hash of this application.', "Dyw e ddim yn gwybod ei waith, a dweud y gwir plaen.", 'Dydy hi ddim yn deall beth yw gorfodi.', "He doesn't seem to know her own allocations policy.",
      "I'm not convinced he understands the basics of his job.", "She doesn't seem to know what she's doing with the file.", 'Mae Tomos wedi gwneud llanast llwyr o\'r cais.', 'Dydy e ddim yn gymwys.',
      'Ceri signed off the plan without even looking at the peak hour counts.', "He hasn't the first idea what's going on at Boathouse Brae.", "Mae hi allan o'i dyfnder gydag unrhyw beth mwy nag estyniad.",
      'The case officer appears either not to have read the objections or to have ignored them.'],
    noMatch: ['The new rounds have caused problems.', 'Mae\'r adroddiad ar gael.', 'The plan was signed off after looking at the peak hour counts.'],
  },
  // (The rule then wants "right" after "can't even get", and a lack after the mock praise.)
  'botched-gated': { match: ["Hollis can't even get the meeting date right.", 'Our lead officer has once again excelled himself: nine pages and no mention of the bridge.'],
    noMatch: ['We can get the date right next time.', 'She excelled at the interview.'] },
  rude: {
    match: ['Nadia Karim was rude and dismissive.', 'He was abrupt to the point of rudeness.', 'Her attitude was appalling.', 'She has shown a complete lack of professionalism.', 'Between you and me the man is bone idle.', 'He is workshy.', 'The person whose job it is has sat on his hands for four months.'],
    noMatch: ['She was never rude.', 'He was not dismissive at all.', 'The gritters sat idle all week.', 'He is never lazy.'],
  },
  neglects: {
    match: ['He put the phone down on her.', 'He has lost residents\' paperwork twice.', 'He does not return calls.', "She obviously didn't read your appeal.", 'He simply doesn\'t care about the villages.',
      'Every time I get a holding reply and then he sits on it.', "He hasn't returned my calls since March.", 'She has not even acknowledged the complaint.',
      'She sat on the applications all summer and then blamed the software.', 'She sat on that warning for five months.', 'That is a manager who didn\'t do her job.', 'He never lifted a finger.', "He plainly hadn't looked at any of the reports.", "He hadn't taken it seriously.", "She still hasn't had the courtesy to reply."],
    noMatch: ['The phone lines are busy on Mondays.', 'Please read the attached report.', 'The panel sat on the applications committee in June.', 'She sat on that bench for an hour.', 'He is doing his job.', 'She lifted a finger to the map.', 'The delay was blamed on the weather by the contractor.'],
  },
  'no-confidence': {
    match: ['Residents have lost confidence in him and so have I.', "I wouldnae trust her to run a menage, never mind a department.", "I'd not rely on her to get the January papers out.", 'I have no confidence in anything he signs off.', 'Please get someone competent to look at it.',
      'I no longer have any confidence that he can deliver it.', "I don't know whether this is carelessness or something worse.", 'How is he still running democratic services?', 'You have to ask whether she is really up to the job.', 'Did he really not know about the overspend?', 'Frankly I no longer believe he has read them.', "I'm sorry to say I do not have much faith that she will cope.", 'I am not confident that she understands the brief.'],
    noMatch: ['I have every confidence in the new contractor.', 'I have every confidence that she will cope.', 'We are not confident that the funding will arrive.'],
  },
  'failing-emphatic': {
    match: ["She hasn't so much as acknowledged the letter.", 'Mr Lennox simply did not do what he said he would.', 'He has not been honest about it since.', 'She went back on her word.',
      'Paul has lost the call-in papers again.'],
    noMatch: ['He has been honest with residents throughout.', 'She did what she said she would.'],
  },
  motive: {
    match: ["Os mai dyna'r gorau y gall hi ei wneud, does dim gobaith i ni.", 'I can only conclude that he closed the job to get it off his list.', 'This is the best he can manage.', "It isn't the first time I've had to pick up after him.",
      "It's a masterpiece of saying nothing.", 'The update tells me precisely nothing.', 'Perhaps someone could buy you a diary.', "I'd expected rather better of you.", 'On neither occasion did he lift a finger.'],
    noMatch: ['She closed the job once the repair was signed off.', 'Please pick up the keys after lunch.', 'The update tells residents everything they need.'],
  },
  // (The phrase matches "not the first time she has worked with…" too; the rule then wants a failing after it.)
  'repeat-on-them': { match: ["It's not the first time she's signed off a road that is falling to bits.", "This isn't the first time he has come to committee badly prepared."],
    noMatch: ['This is the first time she has chaired the panel.'] },
  'duty-not-done': { match: ['Daniel did not go into the back bedroom.', 'He still hasn\'t replied.'], noMatch: ['He replied the same day.'] },
  'doubt-about': { match: ['I am not entirely convinced Zoe Marsh has got hold of this.', "I don't think he is fit to run it."], noMatch: ['I am sure she will be there.'] },
  'no-confidence-in': { match: ['I have no confidence in Zoe Marsh.', 'I am making a formal complaint about Tom Baines.', 'How many more times will Tom Baines tell us the figures are being finalised?',
    'I no longer have any confidence in what the Director of Housing tells me.', "I'm afraid I no longer have confidence in what Zoe Marsh tells me.", 'See below the latest masterpiece from Tom Baines.'],
    noMatch: ['I have every confidence in the team.', 'I still have confidence in what the survey tells us.', 'The latest news from the youth club is the mural.'] },
  apology: { match: ['I was wrong, and I have told the traders so.', 'That was my mistake, not yours.', 'I owe you an apology.'], noMatch: ['You were wrong about the dates.'] },
  endorsed: { match: ['This is not the first time I have heard this about Mr Menzies.', "I've heard the same about her from other residents.", "Frankly I'm not surprised: it matches my own experience."],
    noMatch: ['This is the first time I have written to you.', 'I heard about the fire this morning.'] },
  reported: { match: ['I have passed on your complaint that Tom Ridley was rude.', 'Mrs Ritchie tells me he was dismissive.', 'The tenant complained that she was short with him.', 'You told me she was dismissive.', 'He says the assessor he spoke to was short with him.',
    'In her words, not mine: "Tom Ridley was rude."', "I don't accept that Tom Ridley was rude.", 'Yn ei geiriau hi, roedd Tom yn anghwrtais.'], noMatch: ['Tom Ridley was rude.', 'In other words, Tom Ridley was rude.'] },
};

export const criticismEntries = withExamples(criticismPhrases, examples);
export const reportedEntries = withExamples(reportedPhrases, examples);
export const apologyEntries = withExamples(apologyPhrases, examples);
export const endorsementEntries = withExamples(endorsementPhrases, examples);

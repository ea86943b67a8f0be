// officer-criticism on the kinds round 18's unseen councils wrote: an officer's assurance not
// believed ("assures me … forgive me if I don't hold my breath"), rhetorical questions about a duty
// anyone would do ("Does she read her emails?"), the officer's own word doubted ("half the jobs he
// tells me are done aren't"), "no confidence that she is capable", a first name or surname above the
// thread that names the officer ("Typical Rob", "ellis is useless"), an officer's lead-in before a
// colleague's failing ("I'll be straight with you: Tom was told three times"), "this officer's poor
// time-keeping", a verbless jibe ("Four months of active reviewing - impressive stuff."), a phone
// message whose sentences open in lower case ("ravis report … dont know how he still has a job") —
// and the look-alikes that share those words.
import { officerCriticism } from '../../../src/engine/rules/officer-criticism';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const toResident = (paragraphs: string[]) => aDraft().from(cllr.hussain).to(resident.btinternet)
  .body(letter('Dear Mr Morgan,', paragraphs, 'Best wishes,', ['Cllr Kamal Hussain'])).build();
const toWardColleagues = (paragraphs: string[]) => aDraft().from(cllr.hussain).to(cllr.price).cc(cllr.carver)
  .body(letter('Alan, Hugh,', paragraphs, 'Kamal', [])).build();
const officerToMember = (paragraphs: string[]) => aDraft().from(officer.rudd).to(cllr.hussain)
  .body(letter('Dear Cllr Hussain,', paragraphs, 'Kind regards,', ['Helen Rudd', 'Tenancy Services Manager'])).build();
/** A reply or forward to a resident above a thread from Rob Ellis. */
const aboveRobsEmail = (line: string) => aDraft().from(cllr.hussain).to(resident.btinternet).composeType('forward')
  .body(`${line}\n\nKamal\n\nBegin forwarded message:\n\nFrom: Rob Ellis <rob.ellis@harburyvale.gov.uk>\nDate: 27 January 2027 at 14:12:08 GMT\nTo: Cllr Kamal Hussain <kamal.hussain@harburyvale.gov.uk>\nSubject: Mill Row\n\nDear Cllr Hussain,\n\nThe crew could not get down the lane on 19 and 26 January. A smaller vehicle will cover it from 8 February.\n\nKind regards\n\nRob Ellis`).build();
/** A phone reply to a colleague above their question about Rob Ellis. */
const phoneReplyAboutRob = (line: string) => aDraft().from(cllr.hussain).to(cllr.price).cc(cllr.carver).composeType('reply')
  .body(`${line}\n\nSent from my iPhone\n\nOn 2 Feb 2027, at 18:47, Alan Price <alan.price@harburyvale.gov.uk> wrote:\n\n> Has anyone had any joy with Rob Ellis about the lift at Mill Row? Third week now.`).build();
const typedOnAPhone = (line: string) => aDraft().from(cllr.hussain).to(cllr.price).body(`${line}\n\nsent from my iphone`).build();
const warning = [{ severity: 'warning' as const }];

ruleTester.run(officerCriticism, {
  valid: [
    { name: 'an assurance passed on, believed', draft: toResident(['Tom Baines assures me a site visit is booked for Friday.', 'I will let you know what he finds.']) },
    { name: 'a real question about a colleague', draft: toWardColleagues(['Does she know about Friday\u2019s meeting? Zoe Marsh asked me to book the room.']) },
    { name: 'what the officer tells me, not doubted', draft: toWardColleagues(['Zoe Marsh tells me the lift will be fixed by Friday.', 'She has the parts on order.']) },
    { name: 'every confidence that she is capable', draft: toResident(['I have every confidence that Zoe Marsh is capable of seeing this through.', 'She has already been out twice.']) },
    { name: 'a first name above the thread, in praise', draft: aboveRobsEmail('Mr Morgan - see below. Typical Rob, out the same day and sorted by teatime, brilliant as ever.') },
    { name: 'an everyday word that is a surname in the directory', draft: phoneReplyAboutRob('the stone wall by the lift is useless now tbh, needs rebuilding before winter') },
    { name: 'a lead-in before the writer\u2019s own failing', draft: officerToMember(['I\u2019ll be straight with you: I was told three times and simply didn\u2019t do it.', 'Tom Baines has now sorted it for you.']) },
    { name: 'another body\u2019s officer, said as "the officer"', draft: officerToMember(['Tom Baines has chased it twice.', 'The officer at the Environment Agency still hasn\u2019t replied, and that is frankly poor.']) },
    { name: 'sorry again, after naming the officer who got it right', draft: toResident(['Zoe Marsh sent me the right date and I simply misread it, so please don\u2019t blame her.', 'Sorry again for the confusion.']) },
    { name: 'another body\u2019s engineer, named beside his post', draft: toWardColleagues(['Tom Baines has been brilliant on this.', 'Their area engineer, Phil Rowe, has not answered once and frankly doesn\u2019t seem to know the junction exists.']) },
    { name: 'a post beside a named officer, praised', draft: toResident(['Tom Baines, the enforcement officer, has been out twice this week and served the notice on Friday.']) },
    { name: '"As your ward councillor I" is the writer', draft: toResident(['As your ward councillor I have chased this since the autumn.', 'Tom Baines has been very helpful and the yard will be cleared next week.']) },
    { name: 'a comparison in the officer\u2019s favour', draft: toWardColleagues(['Since Tom Baines took over the patch it has been a different story.', 'Honestly he has a far better grip on it than anyone before him, and residents are noticing.']) },
    { name: 'not sure where the officer is', draft: toWardColleagues(["I'm not sure whether Tom Baines is in today, so I'll ring him tomorrow."]) },
    { name: 'good news, and residents sure to be delighted', draft: toResident(['Good news: Tom Baines has had the lights fixed.', "I'll let the residents know, I'm sure they'll be delighted."]) },
    { name: 'the writer not knowing where to start', draft: toResident(["I wouldn't know where to start if you asked me about the drainage, so Tom Baines will reply to you himself."]) },
    { name: 'lost, with a fair reason', draft: toWardColleagues(['Zoe Marsh lost her mother last month and is on compassionate leave, so the survey will be a little late.']) },
    { name: '"As your ward councillor I\u2019ve" is the writer', draft: toResident(["As your ward councillor I've asked Tom Baines to visit, and he has been very helpful."]) },
    { name: 'a list of what the officer has done', draft: toWardColleagues(['Since September Zoe Marsh has:\n- visited every flat on the estate\n- cleared the drains twice\n- written to each household']) },
    { name: 'a list of what the contractor has not done', draft: toWardColleagues(['Zoe Marsh is chasing it. Since September the contractor has:\n- not turned up on site\n- cancelled the meeting twice\n- still not answered my questions']) },
    { name: 'the writer owning the mistake the officer was blamed for', draft: toWardColleagues(["Apologies all - this one is my fault, not Zoe's.",
      'I gave her the wrong flat number, so she knocked on the wrong door on Tuesday.', "She wasn't to blame at all.", 'Zoe, would Monday still work for a fresh visit?']) },
    { name: 'a terribly busy week, said of the season', draft: toWardColleagues(['Tom Baines has had a terribly busy week with the storms, and he has kept us posted throughout.']) },
    { name: 'Scots, and a paper bag of seeds', draft: toWardColleagues(["Zoe Marsh couldnae make the gala, so she left a paper bag of seeds for the bairns."]) },
    { name: 'that lad in the photo, in lower case', draft: typedOnAPhone('that baines lad in the photo is the one who sorted our lights, top man') },
    { name: 'a lower-case phone message praising the report', draft: typedOnAPhone('have u seen ravis report for tonight. really clear. cant fault it, well done him') },
  ],
  invalid: [
    { name: 'an assurance not believed, and the pace mocked', draft: toResident(['Tom Baines, who has the case, assures me a site visit is "imminent".',
      'He told me that in October too, so forgive me if I don\u2019t hold my breath - at this rate the extension will have a blue plaque on it before Mr Baines gets round to measuring it.']), findings: warning },
    { name: 'rhetorical questions about a duty anyone would do', draft: toWardColleagues(['I raised this with Zoe Marsh on 2 December, again on 15 December and again on 6 January.', 'How many times does Zoe need to be told the same thing?', 'Does she read her emails?']), findings: warning },
    { name: 'the officer\u2019s own word doubted', draft: toWardColleagues(['Since Tom Baines took the patch over it\u2019s been one excuse after another.', 'He never picks up, and half the jobs he tells me are "done" aren\u2019t.']), findings: warning },
    { name: 'no confidence that she is capable', draft: toResident(['I met Zoe Marsh at the lay-by on Thorpe Common.', 'She didn\u2019t write down a single registration, and I came away with no confidence at all that she is capable of building a case.']), findings: warning },
    { name: 'a first name above the thread that names him', draft: aboveRobsEmail('Mr Morgan - see below. Typical Rob, all excuses and no action. He\u2019s been promising me a fix since June and I\u2019ve stopped believing a word of it.'), findings: warning },
    { name: 'a surname in lower case above the question that names him', draft: phoneReplyAboutRob('ellis is useless tbh dont waste ur time with him'), findings: warning },
    { name: 'an officer\u2019s lead-in before a colleague\u2019s failing', draft: officerToMember(['I\u2019ll be straight with you: Tom Baines was told on three separate occasions to put it on the early beat and simply didn\u2019t do it.']), findings: warning },
    { name: '"this officer\u2019s poor time-keeping", from an officer', draft: officerToMember(['Zoe Marsh was reminded four times; this is the third committee running at which her report has arrived late.', 'Members should not have to keep absorbing the consequences of this officer\u2019s poor time-keeping.']), findings: warning },
    { name: 'a verbless jibe after the officer\u2019s name', draft: toResident(['The application is still sitting with Zoe Marsh, who has been "actively reviewing" it since June.', 'Four months of active reviewing - impressive stuff.',
      'When I asked her whether she had read your letter she said she would need to find it, so I wouldn\u2019t hold your breath.']), findings: warning },
    { name: 'a post beside the named officer is the same person', draft: toResident(['As your ward councillor I have chased this since the autumn.',
      "I'm afraid Tom Baines, the enforcement officer, simply hasn't done his job on this one.", 'He told me in October he had served a notice, and it turns out he never did.']), findings: warning },
    { name: 'the case officer named after the post, and "it is sloppy work"', draft: aDraft().from(cllr.hussain).to(resident.journalist).body(letter('Sam,', ['You can quote me as a ward councillor.',
      '"The case officer, Zoe Marsh, clearly never set foot on the site. Her report describes a hedge that was grubbed out two years ago. It is sloppy work and residents deserve better."'], 'Kamal', [])).build(), findings: warning },
    { name: 'a damning comparison with the officer before', draft: toWardColleagues(['When Zoe Marsh had the estate, things got done.', 'Since Tom Baines took over it has been a different story, and last week he told a tenant he had no record of her call, though I had sent it to him twice.',
      'Honestly he hasn\u2019t got anything like the grip on it that Zoe had.']), findings: warning },
    { name: 'not sure how much of what the officer tells members is true', draft: toWardColleagues(['On 15 October Tom Baines told me in writing the bins would be back to normal "from next week".', "It wasn't.",
      'I am now genuinely not sure how much of what Mr Baines tells members is true.']), findings: warning },
    { name: 'well thank you, the good news and the pace of it all', draft: aDraft().from(cllr.hussain).to(officer.baines).cc(cllr.price).composeType('replyAll').body(letter('', ['Well thank you Tom.', 'Fourteen months to put up two signs.',
      "At this rate the bridge will be open in time for my grandchildren's retirement.", "I'll let the riding school know the good news, I'm sure they'll be overwhelmed by the pace of it all."], 'Kamal', [])).build(), findings: warning },
    { name: 'a P.S.: hold your breath, and complaints lost', draft: toResident(['I have raised this formally with the licensing team.',
      'PS between ourselves I wouldn\u2019t hold your breath with Zoe Marsh on the licensing desk - she has lost two of my complaints already this year.']), findings: warning },
    { name: 'sat on his hands, to the press', draft: aDraft().from(cllr.hussain).to(resident.journalist).body(letter('Sam,', ['On the record, as a ward councillor:',
      'I have sent Tom Baines eleven emails since August and had two replies.', 'Your readers deserve to know that he has sat on his hands for four months.'], 'Kamal', [])).build(), findings: warning },
    { name: 'would not know a problem if one parked on his drive', draft: toResident(['Tom Baines wouldnt know a parking problem if one parked on his drive.', 'Leave it with me, I\u2019ll go over his head.']), findings: warning },
    { name: 'a list of failings under the officer\u2019s name', draft: toWardColleagues(['Since September Zoe Marsh has:\n- not acknowledged my call-in request\n- left the drainage objection off the file\n- cancelled the site meeting with me twice\n- and still not answered the three questions I sent her']), findings: warning },
    { name: 'a terribly busy man, who keeps telling us', draft: toWardColleagues(['I realise your Tom Baines is a terribly busy man, but perhaps he could find ten minutes to walk the street he keeps telling us is in the programme.',
      "I've had three different dates from him this year and not one of them has meant a thing."]), findings: warning },
    { name: 'Scots: couldnae find his way out of a paper bag', draft: toWardColleagues(['P.S. Don\u2019t hold your breath on the extension - Tom Baines couldnae find his way out of a paper bag, never mind read a set of drawings.']), findings: warning },
    { name: 'that baines lad in lower case', draft: typedOnAPhone('that baines lad in waste is a waste of space. 3 wks and still no answer for the mill row folk'), findings: warning },
    { name: 'sentences that open in lower case, a possessive without its apostrophe', draft: typedOnAPhone('Alan have u seen ravis report for tonight, shambles again. man cant add up, the % is wrong AGAIN. dont know how he still has a job tbh'), findings: warning },
  ],
});

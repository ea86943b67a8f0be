import { officerCriticism } from '../../../src/engine/rules/officer-criticism';
import { sampleDirectory } from '../../../src/sample-council';
import type { Directory } from '../../../src/engine';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, mailbox, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

// A council where a member's surname is an officer's first name (Cllr Fraser / Fraser Lyle).
const fraser = { name: 'Fraser Lyle', email: 'fraser.lyle@harburyvale.gov.uk' };
const withFraser: Directory = {
  ...sampleDirectory,
  members: [...sampleDirectory.members, { name: 'Moira Fraser', email: 'moira.fraser@harburyvale.gov.uk', ward: 'riverside' }],
  officers: [...sampleDirectory.officers, { name: fraser.name, email: fraser.email, grade: 'junior', team: 'Housing', jobTitle: 'Lettings Officer' }],
};
const amandaCho = { name: 'Amanda Cho', email: officer.cho.email };
const julia = { name: 'Julia Marlow', email: officer.marlow.email };
const toResident = (paragraphs: string[]) => letter('Dear Mr Morgan,', paragraphs, 'Best wishes,', ['Cllr Kamal Hussain', 'Riverside ward']);

ruleTester.run(officerCriticism, {
  valid: [
    { name: 'an officer who replied the same day, to a resident',
      draft: aDraft().from(cllr.hussain).to(resident.btinternet).subject('Inspection')
        .body(toResident(['As your ward councillor I chased this. Zoe Marsh replied the same day and visited on Friday.'])).build() },
    { name: 'the member disagrees with a resident\'s criticism ("I don\'t agree that Zoe Marsh has been unhelpful")',
      draft: aDraft().from(cllr.hussain).to(resident.btinternet).subject('Your repairs')
        .body(toResident(["As your ward councillor I have looked into this, and I don't agree that Zoe Marsh has been unhelpful; she has chased the contractor three times."])).build() },
    { name: 'an officer reports that the weather was dreadful',
      draft: aDraft().from(cllr.hussain).to(resident.btinternet).subject('Gritting')
        .body(toResident(['As your ward councillor I asked about the gritting. Rob Ellis told me the weather on Sunday was dreadful and the crews were out all night.'])).build() },
    { name: 'the member takes the blame and praises the officer',
      draft: aDraft().from(cllr.hussain).to(resident.btinternet).subject('Your council tax')
        .body(toResident(["As your ward councillor I wanted to update you. Please don't blame Rob Ellis for the delay: the mistake was mine, and he has been very helpful throughout."])).build() },
    { name: '"I don\'t think he is free on Tuesday" is no criticism',
      draft: aDraft().from(cllr.hussain).to(resident.btinternet).subject('Visit')
        .body(toResident(['As your ward councillor I have asked Rob Ellis to visit. I don\'t think he is free on Tuesday, so it may be Wednesday.'])).build() },
    { name: 'doubt about a date, not a person ("not sure Zoe Marsh is free on Tuesday")',
      draft: aDraft().from(cllr.hussain).to(resident.btinternet).subject('Visit')
        .body(toResident(['As your ward councillor I have asked for a visit. I am not sure Zoe Marsh is free on Tuesday, so it may be Wednesday.'])).build() },
    { name: 'a report, not a person, is "not the most exciting read"',
      draft: aDraft().from(cllr.hussain).to(resident.btinternet).subject('Report')
        .body(toResident(['As your ward councillor I have read it. The housing report is not the most exciting read, but Zoe Marsh explained it well.'])).build() },
    { name: 'praise through a relative clause ("Zoe Marsh, who runs allocations, has been brilliant")',
      draft: aDraft().from(cllr.hussain).to(resident.btinternet).subject('Your transfer')
        .body(toResident(['As your ward councillor I am pleased. Zoe Marsh, who runs the allocations team, has been brilliant on it.'])).build() },
    { name: "a resident's account passed back (\"you told me he was rude\") is not the member's own criticism",
      draft: aDraft().from(cllr.hussain).to(resident.btinternet).subject('Your complaint')
        .body(toResident(['As your ward councillor I have passed this on. You told me Zoe Marsh was rude on the phone, and I have asked her Director to look into it.'])).build() },
    { name: 'a service and a decision criticised, with ward colleagues copied',
      draft: aDraft().from(cllr.hussain).to(officer.ellis).cc(cllr.price, cllr.holloway).subject('Garden waste')
        .body(letter('Dear Rob,', ['The garden waste service has been a shambles since the rounds changed, and the decision to cut the summer collections was the wrong call.', 'What is the recovery plan?', 'I have copied Cllr Price and Cllr Holloway.'], 'Kamal', [])).build() },
    { name: 'praise of a named officer to a resident',
      draft: aDraft().from(cllr.hussain).to(resident.btinternet).subject('Your fence')
        .body(toResident(['As your ward councillor I am glad this is sorted. Zoe Marsh has been brilliant - she visited twice and never once kept you waiting.'])).build() },
    { name: "a complaint about an officer's conduct to the Director alone",
      draft: aDraft().from(cllr.hussain).to(officer.cho).subject('In confidence')
        .body(letter('Dear Amanda,', ['I want to raise this with you privately. Zoe Marsh was abrupt with a tenant of mine on the phone and put the phone down on her.', 'Could you look into it?'], 'Regards,', ['Kamal'])).build() },
    { name: "the same complaint to the Director with the officer's manager copied",
      draft: aDraft().from(cllr.hussain).to(officer.cho).cc(officer.rudd).subject('In confidence')
        .body(letter('Dear Amanda,', ['Zoe Marsh was rude to a tenant of mine and has not returned her calls since.'], 'Regards,', ['Kamal'])).build() },
    { name: "Cllr Fraser (a member) criticised, not the officer Fraser Lyle",
      draft: aDraft().from(cllr.quinn).to(mailbox.allMembers).subject('Riverside walk')
        .body(letter('Colleagues,', ['Cllr Fraser has been hopeless at getting answers on the riverside walk, frankly.'], 'Sarah', [])).build(),
      context: { directory: withFraser } },
    { name: 'a first name shared with a member is not read as the officer ("Fraser" alone)',
      draft: aDraft().from(cllr.quinn).to(mailbox.allMembers).subject('Riverside walk')
        .body(letter('Colleagues,', ['Fraser has been hopeless at getting answers on the riverside walk.'], 'Sarah', [])).build(),
      context: { directory: withFraser } },
    { name: "an officer's decision criticised (not their capability)",
      draft: aDraft().from(cllr.carver).to(resident.gmail).subject('Planning application')
        .body(letter('Dear Pat,', ["Ravi Patel's recommendation to approve the extension was, in my view, appalling, and I will speak against it at committee."], 'Regards,', ['Hugh Carver'])).build() },
    { name: 'an officer quoted about someone else',
      draft: aDraft().from(cllr.carver).to(resident.gmail).subject('Skips')
        .body(letter('Dear Pat,', ['Tom Baines tells me the skip contractor was useless and has lost the contract.'], 'Regards,', ['Hugh Carver'])).build() },
    { name: 'a denial of criticism ("never rude")',
      draft: aDraft().from(cllr.hussain).to(resident.btinternet).cc(cllr.price).subject('Your call')
        .body(toResident(['I have spoken to Zoe Marsh, and from what you describe she was never rude, just firm about the rules.'])).build() },
    { name: "the resident's own words in the quoted thread",
      draft: aDraft().from(cllr.hussain).to(resident.btinternet).composeType('reply').subject('Re: Repairs')
        .body(`Dear Mr Morgan,\n\nThank you - I have asked the Director of Housing to look into it.\n\nKamal\n\nOn Mon, 11 Jan 2027 at 19:02, Alex Morgan <a.morgan@btinternet.com> wrote:\n> Zoe Marsh is useless and rude.`).build() },
    { name: "a resident's complaint passed back to them ('your complaint that…')",
      draft: aDraft().from(cllr.hussain).to(resident.btinternet).cc(cllr.price).subject('Your complaint')
        .body(toResident(['I have passed your complaint that Zoe Marsh was rude to you on to the Director of Housing, who will reply by Friday.'])).build() },
    { name: 'an officer writing about a colleague',
      draft: aDraft().from(officer.rudd).to(cllr.hussain).cc(cllr.price).subject('Repairs')
        .body(letter('Dear Cllr Hussain,', ['I am sorry Zoe Marsh was abrupt; I have spoken to her.'], 'Regards,', ['Helen'])).build() },
    { name: '"he" after a woman named by title and a man named by title is the man, not the officer',
      draft: aDraft().from(cllr.hussain).to(resident.btinternet).cc(cllr.price).subject('Flat 4')
        .body(toResident(['Mr Okafor met Ms Marsh at the flat on Monday. He has been hopeless about keeping his own appointments since.'])).build() },
    { name: 'confidence in an officer, stated politely, is not a loss of it',
      draft: aDraft().from(cllr.hussain).to(cllr.price).subject('Flat 4')
        .body(letter('Alan,', ['Zoe Marsh has the Flat 4 transfer now, and I have every confidence that she will see it through.'], 'Kamal', [])).build() },
    { name: 'doubts about a scheme, not about the officer who explained it',
      draft: aDraft().from(cllr.carver).to(resident.gmail).cc(cllr.blake).subject('Parking scheme')
        .body(letter('Dear Pat,', ['Ravi Patel explained the parking scheme clearly. Residents are not confident that it will work, and I share their doubts.'], 'Regards,', ['Hugh Carver'])).build() },
    { name: "a resident's evasive answers, not the officer's",
      draft: aDraft().from(cllr.hussain).to(cllr.price).subject('Arrears')
        .body(letter('Alan,', ['Zoe Marsh and I met Mr Okafor about the arrears. His answers about the missing payments were evasive, so the case stays open.'], 'Kamal', [])).build() },
    { name: "a contractor's answers criticised in front of members",
      draft: aDraft().from(cllr.quinn).to(mailbox.allMembers).subject('Grounds contract')
        .body(letter('Colleagues,', ['Tom Baines chaired the review. The contractor\'s answers on the missed cuts were evasive.'], 'Sarah', [])).build() },
  ],
  invalid: [
    { name: 'a duty plainly not done ("Zoe Marsh did not go into the back bedroom"), resident in Bcc',
      draft: aDraft().from(cllr.hussain).to(officer.cho).bcc(resident.btinternet).subject('Inspection')
        .body(letter('Dear Amanda,', ['As ward councillor I have read the report. Zoe Marsh did not go into the back bedroom at all, and she still hasn\'t replied to the tenant.'], 'Kamal', [])).build(),
      findings: [{ severity: 'warning' }] },
    { name: 'understatement: "not been at his most reliable… not, perhaps, his greatest strength", to a resident',
      draft: aDraft().from(cllr.hussain).to(resident.btinternet).subject('Your extension')
        .body(toResident(["As your ward councillor I have chased this. Let's just say Zoe Marsh has not been at her most reliable this year, and attention to detail is not, perhaps, her greatest strength."])).build(),
      findings: [{ severity: 'warning' }], output: { to: [{ name: 'Amanda Cho', email: officer.cho.email }] } },
    { name: 'a plain character word ("Zoe Marsh has been officious and unhelpful"), to a resident',
      draft: aDraft().from(cllr.hussain).to(resident.btinternet).subject('Your licence')
        .body(toResident(['As your ward councillor I have raised this. Zoe Marsh has been officious and unhelpful from the start.'])).build(),
      findings: [{ severity: 'warning' }], output: { to: [{ name: 'Amanda Cho', email: officer.cho.email }] } },
    { name: 'a paragraph-long story in "she" ends in the criticism ("She seems to make it up as she goes along")',
      draft: aDraft().from(cllr.hussain).to(officer.cho).cc(cllr.price).subject('Conditions')
        .body(letter('Dear Amanda,', ['On 2 February I asked Zoe Marsh for the conditions. She said she would send them that afternoon. She didn\'t. When I chased, she said it was not her case. She seems to make it up as she goes along.', 'I am copying Cllr Price.'], 'Kamal', [])).build(),
      findings: [{ severity: 'warning' }] },
    { name: 'Welsh: "mae e\'n gwbl anobeithiol" after the officer is named, to a ward colleague',
      draft: aDraft().from(cllr.hussain).to(cllr.price).subject('Hagg Wood')
        .body(letter('Alan,', ["Mae Rob Ellis wedi addo clirio'r coed ers mis Tachwedd. A bod yn onest, mae e'n gwbl anobeithiol."], 'Kamal', [])).build(),
      findings: [{ severity: 'warning' }] },
    { name: '"He\'s simply not up to the job", to a journalist',
      draft: aDraft().from(cllr.hussain).to({ name: 'Lauren', email: 'lauren@harburyvalegazette.co.uk' }).subject('Sough Lane')
        .body(letter('Hi Lauren,', ['Happy for you to quote me as ward councillor. Zoe Marsh has had two years to sort it. She\'s simply not up to the job.'], 'Kamal', [])).build(),
      findings: [{ severity: 'warning' }] },
    { name: 'doubt about a named officer\'s grasp ("not entirely convinced Zoe Marsh has got hold of this")',
      draft: aDraft().from(cllr.hussain).to(officer.cho).cc(cllr.price).subject('Transfers')
        .body(letter('Dear Amanda,', ['I am not entirely convinced Zoe Marsh has quite got hold of this one.', 'I am copying Cllr Price.'], 'Kamal', [])).build(),
      findings: [{ severity: 'warning' }] },
    { name: '"I don\'t think he is fit to be running it", to all members',
      draft: aDraft().from(cllr.hussain).to(mailbox.allMembers).subject('Call-ins')
        .body(letter('Hi all,', ['For all members\' information: the call-in was never logged by Rob Ellis. Frankly I don\'t think he is fit to be running the process.'], 'Kamal', [])).build(),
      findings: [{ severity: 'warning' }] },
    { name: 'doubt about an officer\'s grasp, to residents ("not convinced she has actually read your letter")',
      draft: aDraft().from(cllr.hussain).to(resident.btinternet).subject('Your letter')
        .body(toResident(['As your ward councillor I have chased this. Zoe Marsh replied, but I am not convinced she has actually read your joint letter.'])).build(),
      findings: [{ severity: 'warning' }], output: { to: [amandaCho] } },
    { name: 'the officer written to, told "you have been wrong at every stage", ward colleagues in Cc',
      draft: aDraft().from(cllr.hussain).to(officer.zoe).cc(cllr.price).subject('Transfer')
        .body(letter('Zoe,', ['You have been wrong at every stage of this case, and you should not be advising vulnerable tenants.', 'I have copied Cllr Price.'], 'Kamal', [])).build(),
      findings: [{ severity: 'warning' }] },
    { name: 'Welsh: "I don\'t believe she can do the job", to a ward colleague',
      draft: aDraft().from(cllr.hussain).to(cllr.price).subject('Achos')
        .body(letter('Alan,', ["Mae Zoe Marsh wedi cau'r achos heb ymweld â'r safle, a dw i ddim yn credu ei bod hi'n gallu gwneud y swydd."], 'Kamal', [])).build(),
      findings: [{ severity: 'warning' }] },
    { name: 'a determiner "her" between the conduct noun and the words ("Mr Ellis\'s handling of her claim has been careless")',
      draft: aDraft().from(cllr.hussain).to(officer.zoe).bcc(resident.btinternet).subject('Claim')
        .body(letter('Zoe,', ["I'm sorry to say that Rob Ellis's handling of her claim has been careless from start to finish."], 'Kamal', [])).build(),
      findings: [{ severity: 'warning', spans: ['careless'] }] },
    { name: 'understatement about a named officer to an outside body',
      draft: aDraft().from(cllr.hussain).to(resident.btinternet).subject('Your fence')
        .body(toResident(["As your ward councillor I share your concern. Zoe Marsh is perhaps not the most experienced officer we have, and it rather shows."])).build(),
      findings: [{ severity: 'warning' }], output: { to: [amandaCho] } },
    { name: 'insinuation about honesty to a resident ("I wouldn\'t take her word for it")',
      draft: aDraft().from(cllr.hussain).to(resident.btinternet).subject('Your transfer')
        .body(toResident(['As your ward councillor I have asked again. You could ask Zoe Marsh what happened, but I wouldn\'t take her version on trust.'])).build(),
      findings: [{ severity: 'warning' }], output: { to: [amandaCho] } },
    { name: 'a relative clause between the officer and the words ("Zoe Marsh, who runs allocations, has been hopeless")',
      draft: aDraft().from(cllr.hussain).to(resident.btinternet).subject('Your transfer')
        .body(toResident(['As your ward councillor I have chased this. Zoe Marsh, who runs the allocations team, has been frankly hopeless on it.'])).build(),
      findings: [{ severity: 'warning', spans: ['hopeless'] }], output: { to: [amandaCho] } },
    { name: "the officer written to accused of untruth, with a resident in Bcc",
      draft: aDraft().from(cllr.hussain).to(officer.zoe).bcc(resident.btinternet).subject('Transfer')
        .body(letter('Zoe,', ['On Monday you told me the offer had gone out. It had not: you told me something you knew was not true.'], 'Kamal', [])).build(),
      findings: [{ severity: 'warning', spans: ['knew was not true'] }] },
    { name: "a junior officer's capability attacked in a reply to a resident",
      draft: aDraft().from(cllr.hussain).to(resident.btinternet).composeType('reply').subject('Re: Transfer')
        .body(toResident(['As your ward councillor I share your frustration. Zoe Marsh has been hopeless on your transfer - she hasn\'t even looked at the medical evidence.'])).build(),
      findings: [{ severity: 'warning', recipients: [resident.btinternet.email], spans: ['hopeless', "hasn't even looked"], message: ['Zoe Marsh', 'Amanda Cho'] }],
      output: { to: [amandaCho] } },
    { name: 'conduct criticised to the Director with ward colleagues in Cc',
      draft: aDraft().from(cllr.hussain).to(officer.cho).cc(cllr.price, cllr.holloway).subject('Complaint')
        .body(letter('Dear Amanda,', ['Zoe Marsh was rude and dismissive to Mrs Adams on Monday and frankly is not up to the job.', 'I have copied my Riverside colleagues.'], 'Kamal', [])).build(),
      findings: [{ recipients: [cllr.price.email, cllr.holloway.email], spans: ['rude', 'dismissive', 'is not up to the job'] }],
      output: { to: [officer.cho], cc: [] } },
    { name: 'a journalist in Bcc',
      draft: aDraft().from(cllr.carver).to(officer.ware).bcc(resident.journalist).subject('Quarry Way application')
        .body(letter('Colin,', ['Ravi Patel has made a complete mess of the Quarry Way application and obviously never visited the site.'], 'Hugh', [])).build(),
      findings: [{ recipients: [resident.journalist.email], message: ['(press)'] }],
      output: { bcc: [] } },
    { name: 'the officer addressed directly ("you") with a member copied',
      draft: aDraft().from(cllr.hussain).to(officer.zoe).cc(cllr.price).subject('Flat 4')
        .body(letter('Zoe,', ['You clearly have no idea what you are doing with this case, and you never return calls.'], 'Kamal', [])).build(),
      findings: [{ message: ['Zoe Marsh'] }],
      output: { to: [officer.zoe, amandaCho], cc: [] } },
    { name: '"Mr Baines" by title, to the all-members list; no Director in his team, so the Chief Executive first',
      draft: aDraft().from(cllr.quinn).to(mailbox.allMembers).subject('Enforcement')
        .body(letter('Colleagues,', ['Has anyone else had trouble with enforcement? Mr Baines was arrogant with my residents on Tanyard Lane and ignored my emails.'], 'Sarah', [])).build(),
      findings: [{ recipients: [mailbox.allMembers.email], message: ['Tom Baines'] }],
      output: { to: [julia] } },
    { name: 'a first name with a job word ("the planning officer, Ravi,") and "he" in the next sentence',
      draft: aDraft().from(cllr.carver).to(resident.gmail).cc(cllr.blake).subject('Extension')
        .body(letter('Dear Pat,', ['I rang the planning officer, Ravi, on Monday.', 'Frankly he is out of his depth with an application this size.'], 'Regards,', ['Hugh Carver'])).build(),
      findings: [{ message: ['Ravi Patel'], spans: ['out of his depth'] }],
      fixIndex: 0 },
    { name: 'Fraser Lyle (an officer) criticised to members, with a Cllr Fraser in the same council',
      draft: aDraft().from(cllr.quinn).to(mailbox.allMembers).subject('Lettings')
        .body(letter('Colleagues,', ['Fraser Lyle in lettings has been useless with my residents, and Cllr Fraser agrees.'], 'Sarah', [])).build(),
      context: { directory: withFraser },
      findings: [{ message: ['Fraser Lyle', 'Amanda Cho'] }] },
    { name: '"no confidence in" a named officer, and a possessive with a conduct word',
      draft: aDraft().from(cllr.carver).to(officer.ware).cc(cllr.blake, cllr.rahman).subject('Quarry Way')
        .body(letter('Colin,', ["Ravi Patel's handling of the Quarry Way file has been shocking, and I have no confidence in Ravi Patel on this case."], 'Hugh', [])).build(),
      findings: [{ spans: ['shocking', 'no confidence in'] }],
      fixIndex: 0 },
    { name: 'a first name no one else in the directory bears ("Zoe")',
      draft: aDraft().from(cllr.hussain).to(officer.cho).cc(cllr.holloway).subject('Flat 4')
        .body(letter('Amanda,', ['Zoe has been useless on the Flat 4 transfer.'], 'Kamal', [])).build(),
      findings: [{ message: ['Zoe Marsh'] }],
      output: { to: [officer.cho], cc: [] } },
    { name: 'Welsh: "Mae Zoe Marsh wedi gwneud llanast" to a resident',
      draft: aDraft().from(cllr.hussain).to(resident.btinternet).subject('Trosglwyddo')
        .body(letter('Annwyl Mr Morgan,', ["Mae Zoe Marsh wedi gwneud llanast o'ch cais, a dydy hi ddim yn gymwys."], 'Cofion,', ['Kamal'])).build(),
      findings: [{ spans: ['llanast', 'ddim yn gymwys'] }],
      output: { to: [amandaCho] } },
    { name: '"he" passes over a woman named by title to reach the officer named before her',
      draft: aDraft().from(cllr.carver).to(resident.gmail).cc(cllr.blake).subject('Extension')
        .body(letter('Dear Pat,', ['Ravi Patel finally met Mrs Okafor at the site on Tuesday.', 'He is plainly incompetent with an application of this kind.'], 'Regards,', ['Hugh Carver'])).build(),
      findings: [{ message: ['Ravi Patel'], spans: ['incompetent'] }],
      fixIndex: 0 },
    { name: 'a polite loss of confidence ("no longer have much confidence that she…") to a ward colleague',
      draft: aDraft().from(cllr.hussain).to(cllr.price).subject('Flat 4')
        .body(letter('Alan,', ['I say this with regret about Zoe Marsh: I no longer have much confidence that she can manage the Flat 4 transfer.'], 'Kamal', [])).build(),
      findings: [{ recipients: [cllr.price.email], message: ['Zoe Marsh'] }],
      output: { to: [amandaCho] } },
    { name: '"his answers … were evasive" after the officer is named',
      draft: aDraft().from(cllr.quinn).to(cllr.doyle).subject('Enforcement')
        .body(letter('Ian,', ['Tom Baines came to the residents\' meeting last night. His answers on the Tanyard Lane breach were evasive from start to finish.'], 'Sarah', [])).build(),
      findings: [{ message: ['Tom Baines'], spans: ['evasive'] }],
      fixIndex: 0 },
    { name: 'a contracted "what he\'s doing" and unreturned messages, to the all-members list',
      draft: aDraft().from(cllr.quinn).to(mailbox.allMembers).subject('Enforcement')
        .body(letter('Colleagues,', ["Tom Baines doesn't seem to know what he's doing, and he hasn't returned my messages in a fortnight."], 'Sarah', [])).build(),
      findings: [{ recipients: [mailbox.allMembers.email], message: ['Tom Baines'] }],
      fixIndex: 0 },
  ],
});

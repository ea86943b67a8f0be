// check()'s language options: messages in `lang`, sentences fixes write in the e-mail's language
// (or Welsh then English with bilingualInsertions), the council's clause in both languages.
import { check, CATALOGUES, DEFAULT_POLICY, loadPolicy, type Edit, type Finding } from '../../../src/engine';
import { sampleDirectory } from '../../../src/sample-council';
import { aDraft } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';

const welshBody = "Annwyl Gynghorydd Doyle,\n\nDiolch am eich neges. Mae'r tîm wedi clirio'r sbwriel ac rydym yn cadw llygad ar y safle.\n\nCofion,\nEmily Stone";
const englishBody = 'Dear Cllr Doyle,\n\nThank you for your message. The team has cleared the rubbish and we are keeping an eye on the site.\n\nKind regards,\nEmily Stone';

function blindCopy(body: string) {
  return aDraft().from(officer.stone).to(cllr.doyle).bcc(cllr.quinn).body(body).build();
}

function inserted(finding: Finding | undefined): string {
  const edit = finding?.fixes[0]?.edits.find((e): e is Extract<Edit, { op: 'insertText' }> => e.op === 'insertText');
  return edit?.text ?? '';
}

const blind = (findings: Finding[]) => findings.find((f) => f.ruleId === 'no-blind-copy');

describe('check() languages', () => {
  it('writes the copy sentence in the e-mail\'s language, whatever the user\'s', () => {
    const welshMail = check(blindCopy(welshBody), { directory: sampleDirectory, lang: 'en', catalogues: CATALOGUES });
    expect(inserted(blind(welshMail))).toBe("Rwyf wedi anfon copi o'r e-bost hwn at y Cynghorydd Sarah Quinn.");
    expect(blind(welshMail)!.message).toMatch(/^Cllr Sarah Quinn is a blind copy/);
    const englishMail = check(blindCopy(englishBody), { directory: sampleDirectory, lang: 'cy', catalogues: CATALOGUES });
    expect(inserted(blind(englishMail))).toBe('I have copied this email to Cllr Sarah Quinn.');
    expect(blind(englishMail)!.message).toMatch(/^Mae Cyng. Sarah Quinn yn cael copi dall/);
  });

  it('writes Welsh then English when the policy asks for bilingual insertions', () => {
    const policy = { ...DEFAULT_POLICY, bilingualInsertions: true };
    const findings = check(blindCopy(englishBody), { directory: sampleDirectory, policy, catalogues: CATALOGUES });
    expect(inserted(blind(findings))).toBe("Rwyf wedi anfon copi o'r e-bost hwn at y Cynghorydd Sarah Quinn. I have copied this email to Cllr Sarah Quinn.");
  });

  it('takes the language from the policy, and falls back to English when the catalogue is not loaded', () => {
    const policy = { ...DEFAULT_POLICY, language: 'cy' as const };
    expect(blind(check(blindCopy(englishBody), { directory: sampleDirectory, policy, catalogues: CATALOGUES }))!.message).toMatch(/^Mae /);
    expect(blind(check(blindCopy(englishBody), { directory: sampleDirectory, policy }))!.message).toMatch(/^Cllr Sarah Quinn is a blind copy/);
  });

  it('shows the council\'s clause in the user\'s language, and validates the two-language form', () => {
    const loaded = loadPolicy({ rules: { 'no-blind-copy': { citation: { en: 'Protocol 5.2: no blind copies', cy: 'Protocol 5.2: dim copïau dall' } } } });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const options = { directory: sampleDirectory, policy: loaded.value, catalogues: CATALOGUES };
    expect(blind(check(blindCopy(englishBody), { ...options, lang: 'cy' }))!.citation).toBe('Protocol 5.2: dim copïau dall');
    expect(blind(check(blindCopy(englishBody), { ...options, lang: 'en' }))!.citation).toBe('Protocol 5.2: no blind copies');
    const englishOnly = loadPolicy({ rules: { 'no-blind-copy': { citation: { en: 'Protocol 5.2' } } } });
    expect(englishOnly.ok).toBe(true);
    const empty = loadPolicy({ rules: { 'no-blind-copy': { citation: {} } } });
    expect(empty.ok ? [] : empty.errors.join('\n')).toMatch(/give the clause in English \("en"\), Welsh \("cy"\) or both/);
    const wrongLanguage = loadPolicy({ language: 'fr' });
    expect(wrongLanguage.ok).toBe(false);
  });

  it('applies a council\'s correction to one message', () => {
    const overrides = { cy: { 'no-blind-copy.message.member': 'Mae {name} mewn copi dall.' } };
    const findings = check(blindCopy(englishBody), { directory: sampleDirectory, lang: 'cy', catalogues: CATALOGUES, overrides });
    expect(blind(findings)!.message).toBe('Mae Cyng. Sarah Quinn mewn copi dall.');
  });
});

// Welsh grammar for lists and names, and the e-mail language detector.
import { detectLanguage } from '../../../src/engine/i18n/detect-welsh';
import { langOfLocale } from '../../../src/engine/i18n/lang';
import { welshList, welshMailNames, welshShortTitle } from '../../../src/engine/i18n/welsh';

describe('Welsh lists and names', () => {
  it('joins with "a", "ac" before a vowel, "a\'r" before "y", and mutates c/p/t after "a"', () => {
    expect(welshList(['Siân', 'Tomos'])).toBe('Siân a Thomos');
    expect(welshList(['Siân', 'Carys', 'Aled'])).toBe('Siân, Carys ac Aled');
    expect(welshList(['Siân', 'Pat'])).toBe('Siân a Phat');
    expect(welshList(['Siân', 'Rhys'])).toBe('Siân a Rhys');
    expect(welshList(['y Cynghorydd Lloyd', 'y Cynghorydd Pike'])).toBe("y Cynghorydd Lloyd a'r Cynghorydd Pike");
    expect(welshList(['Siân', 'Wyn'])).toBe('Siân a Wyn');
  });

  it('writes councillors as "Cyng." in running text and "y Cynghorydd" after "at", never a bare name after "at"', () => {
    expect(welshShortTitle('Cllr Jane Smith, Cllr Tom Pike')).toBe('Cyng. Jane Smith, Cyng. Tom Pike');
    expect(welshMailNames(['Cllr Jane Smith', 'Cllr Tom Pike'])).toBe("y Cynghorydd Jane Smith a'r Cynghorydd Tom Pike");
    expect(welshMailNames(['Martin Cole', 'Cllr Tom Pike'])).toBe("y canlynol: Martin Cole a'r Cynghorydd Tom Pike");
  });
});

describe('detectLanguage', () => {
  it('tells a Welsh e-mail from an English one, and says nothing about a line too short', () => {
    expect(detectLanguage("Annwyl Gynghorydd Pike,\n\nDiolch am eich neges. Mae'r tîm wedi edrych ar y mater ac rydym yn gobeithio ei drwsio yr wythnos nesaf.")).toBe('cy');
    expect(detectLanguage('Dear Cllr Pike,\n\nThank you for your message. The team has looked at the matter and we hope to fix it next week.')).toBe('en');
    expect(detectLanguage('I am a councillor in Ward A and I have been to the site.')).toBe('en');
    expect(detectLanguage('Diolch')).toBeUndefined();
  });

  it('maps host locales to a language', () => {
    expect(['cy-GB', 'cy_GB.UTF-8', 'CY', 'en-GB', 'fr-FR', undefined].map(langOfLocale)).toEqual(['cy', 'cy', 'cy', 'en', undefined, undefined]);
  });
});

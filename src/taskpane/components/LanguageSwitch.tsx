// English / Cymraeg: each language named in itself (and marked with its lang, so a screen reader
// says "Cymraeg" in Welsh inside an English pane); the pressed one is the pane's language.
import * as React from 'react';
import { Button } from '@fluentui/react-components';
import type { Lang } from '../../engine/i18n/lang';
import { useWords } from '../i18n/WordsContext';
import { usePaneStyles } from './Pane.styles';

const NAMES: ReadonlyArray<{ lang: Lang; name: string }> = [{ lang: 'en', name: 'English' }, { lang: 'cy', name: 'Cymraeg' }];

export function LanguageSwitch({ onLanguage }: { onLanguage(lang: Lang): void }): React.ReactElement {
  const styles = usePaneStyles();
  const words = useWords();
  return (
    <div role="group" aria-label={words.t('pane.language')} className={styles.languages}>
      {NAMES.map(({ lang, name }) => (
        <Button key={lang} lang={lang} appearance={words.lang === lang ? 'primary' : 'subtle'} size="small" aria-pressed={words.lang === lang}
          onClick={() => onLanguage(lang)}>{name}</Button>
      ))}
    </div>
  );
}

// Council and policy detail, for whoever looks after the add-in: behind "About", not in the header.
import * as React from 'react';
import type { CouncilConfig } from '../council-config';
import { useWords } from '../i18n/WordsContext';
import { protocolName } from '../strings';
import { usePaneStyles } from './Pane.styles';

export function AboutPanel({ config, id }: { config: CouncilConfig | undefined; id: string }): React.ReactElement {
  const styles = usePaneStyles();
  const words = useWords();
  const periods = config?.policy.preElectionPeriods.length ?? 0;
  return (
    <div className={styles.about} id={id}>
      {config ? (
        <ul className={styles.aboutList}>
          <li>{config.directoryLoaded
            ? words.t('pane.about.council', { council: config.directory.council.name, members: config.directory.members.length, wards: config.directory.wards.length })
            : words.t('pane.about.noDirectory')}</li>
          <li>{words.t(config.policyLoaded ? 'pane.about.policyLoaded' : 'pane.about.defaultPolicy')}: {protocolName(config.policy.protocolName, words)}</li>
          {periods > 0 && <li>{words.t('pane.about.periods', { count: periods })}</li>}
        </ul>
      ) : words.t('pane.about.loading')}
      <p className={styles.aboutNote}>{words.t('pane.about.note')}</p>
    </div>
  );
}

// Council and policy detail, for whoever looks after the add-in: behind "About", not in the header.
import * as React from 'react';
import type { CouncilConfig } from '../council-config';
import { usePaneStyles } from './Pane.styles';

export function AboutPanel({ config, id }: { config: CouncilConfig | undefined; id: string }): React.ReactElement {
  const styles = usePaneStyles();
  const periods = config?.policy.preElectionPeriods.length ?? 0;
  return (
    <div className={styles.about} id={id}>
      {config ? (
        <ul className={styles.aboutList}>
          <li>{config.directoryLoaded ? `${config.directory.council.name}: ${config.directory.members.length} members, ${config.directory.wards.length} wards` : 'No council directory loaded'}</li>
          <li>{config.policyLoaded ? 'Council policy loaded' : 'Default policy'}: {config.policy.protocolName}</li>
          {periods > 0 && <li>{`${periods} pre-election period${periods > 1 ? 's' : ''}`}</li>}
        </ul>
      ) : 'Loading the council directory…'}
      <p className={styles.aboutNote}>The checks run inside Outlook; your email is not sent anywhere. Questions about the protocol go to your Monitoring Officer.</p>
    </div>
  );
}

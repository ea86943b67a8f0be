// Outlook's Smart Alerts dialog as the on-send handler would have it: the message, "Send anyway"
// (for warnings) and "Review" (opens the pane); or, when nothing stops it, that the email would go.
import * as React from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text } from '@fluentui/react-components';
import { AUDIT_HEADER } from '../launchevent/on-send';
import { useWords } from '../taskpane/i18n/WordsContext';
import type { SendPreview } from './send-preview';

export interface SendDialogProps {
  preview: SendPreview | undefined;
  onClose(): void;
  /** "Review": back to the task pane. */
  onReview(): void;
}

export function SendDialog({ preview, onClose, onReview }: SendDialogProps): React.ReactElement {
  const words = useWords();
  const answer = preview?.answer;
  const blocked = answer ? !answer.allowEvent : false;
  return (
    <Dialog open={preview !== undefined} onOpenChange={(_e, data) => { if (!data.open) onClose(); }} modalType={blocked ? 'alert' : 'modal'}>
      <DialogSurface aria-describedby="send-message">
        <DialogBody>
          <DialogTitle>{words.t(blocked ? 'sim.alertTitle' : 'sim.wouldSend')}</DialogTitle>
          <DialogContent>
            <Text as="p" id="send-message" data-testid="smart-alert-message">{blocked ? answer?.errorMessage : words.t('sim.nothingStops')}</Text>
            <Text as="p" size={200}>{words.t('sim.headerStamped')} <code data-testid="audit-header">{`${AUDIT_HEADER}: ${preview?.header ?? words.t('sim.noHeader')}`}</code></Text>
          </DialogContent>
          <DialogActions>
            {blocked && answer?.sendModeOverride === 'promptUser' && <Button appearance="secondary" onClick={onClose}>{words.t('sim.sendAnyway')}</Button>}
            {blocked && <Button appearance="primary" onClick={onReview}>{answer?.cancelLabel ?? words.t('sim.dontSend')}</Button>}
            {!blocked && <Button appearance="primary" onClick={onClose}>{words.t('sim.close')}</Button>}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

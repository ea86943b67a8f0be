// Outlook's Smart Alerts dialog as the on-send handler would have it: the message, "Send anyway"
// (for warnings) and "Review" (opens the pane); or, when nothing stops it, that the email would go.
import * as React from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text } from '@fluentui/react-components';
import { AUDIT_HEADER } from '../launchevent/on-send';
import type { SendPreview } from './send-preview';

export interface SendDialogProps {
  preview: SendPreview | undefined;
  onClose(): void;
  /** "Review": back to the task pane. */
  onReview(): void;
}

export function SendDialog({ preview, onClose, onReview }: SendDialogProps): React.ReactElement {
  const answer = preview?.answer;
  const blocked = answer ? !answer.allowEvent : false;
  return (
    <Dialog open={preview !== undefined} onOpenChange={(_e, data) => { if (!data.open) onClose(); }} modalType={blocked ? 'alert' : 'modal'}>
      <DialogSurface aria-describedby="send-message">
        <DialogBody>
          <DialogTitle>{blocked ? 'Protocol Check (Smart Alerts)' : 'The email would be sent'}</DialogTitle>
          <DialogContent>
            <Text as="p" id="send-message" data-testid="smart-alert-message">{blocked ? answer?.errorMessage : 'Nothing stops this email on Send.'}</Text>
            <Text as="p" size={200}>Header stamped: <code data-testid="audit-header">{`${AUDIT_HEADER}: ${preview?.header ?? '(none)'}`}</code></Text>
          </DialogContent>
          <DialogActions>
            {blocked && answer?.sendModeOverride === 'promptUser' && <Button appearance="secondary" onClick={onClose}>Send anyway</Button>}
            {blocked && <Button appearance="primary" onClick={onReview}>{answer?.cancelLabel ?? "Don't send"}</Button>}
            {!blocked && <Button appearance="primary" onClick={onClose}>Close</Button>}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

// Entry of simulator.html: wait for Office.js (from the package) as the task pane does in Outlook;
// outside Outlook Office.onReady resolves with no host, and the fake item stands in for one.
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { Simulator } from './Simulator';

const render = (): void => createRoot(document.getElementById('root')!).render(<Simulator />);

if (typeof Office !== 'undefined') void Office.onReady(render);
else render();

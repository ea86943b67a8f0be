// Entry of simulator.html.
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { Simulator } from './Simulator';

createRoot(document.getElementById('root')!).render(<Simulator />);

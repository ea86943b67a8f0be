// The pane's words reach every component through context, so a language switch re-renders them.
import * as React from 'react';
import { ENGLISH, type Words } from './words';

export const WordsContext = React.createContext<Words>(ENGLISH);

export function useWords(): Words {
  return React.useContext(WordsContext);
}

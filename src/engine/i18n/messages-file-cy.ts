// Problemau yn messages.json: problems in the council's corrections file, in Welsh (key for key
// with messages-file-en.ts).
import type { MessagesFileKey } from './messages-file-en';

export const messagesFileCy: Record<MessagesFileKey, string> = {
  'messagesFile.messagesShape': 'disgwyl gwrthrych fel {example}',
  'messagesFile.keyPlaceholder': 'allwedd neges',
  'messagesFile.wordingPlaceholder': 'geiriad',
  'messagesFile.unknownLanguage': 'iaith anhysbys — defnyddiwch "en" neu "cy"',
  'messagesFile.messagesOfLanguage': 'disgwyl gwrthrych o "<{key}>": "<{wording}>"',
  'messagesFile.unknownMessage': 'neges anhysbys{hint}',
  'messagesFile.emptyMessage': 'disgwyl y neges fel testun nad yw’n wag',
  'messagesFile.unknownParameter': 'paramedr anhysbys {used} — gall y neges hon ddefnyddio {allowed, select, none {dim paramedrau} other {{allowed}}}',
  'messagesFile.badMessage': 'ni ellir darllen y neges ({detail})',};

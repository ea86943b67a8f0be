// Problems in messages.json (the council's corrections to the wording), English. Apart from
// config-en.ts because only the CLI and the build read that file, never the task pane. No braces in
// these strings (they would read as parameters): the example object is the {example} parameter.
export const messagesFileEn = {
  'messagesFile.messagesShape': 'expected an object such as {example}',
  'messagesFile.keyPlaceholder': 'message key',
  'messagesFile.wordingPlaceholder': 'wording',
  'messagesFile.unknownLanguage': 'unknown language — use "en" or "cy"',
  'messagesFile.messagesOfLanguage': 'expected an object of "<{key}>": "<{wording}>"',
  'messagesFile.unknownMessage': 'unknown message{hint}',
  'messagesFile.emptyMessage': 'expected the message as a non-empty string',
  'messagesFile.unknownParameter': 'unknown parameter {used} — this message can use {allowed, select, none {no parameters} other {{allowed}}}',
  'messagesFile.badMessage': '{detail}',} as const;

export type MessagesFileKey = keyof typeof messagesFileEn;

// Text from a file can carry control bytes (a binary file named .json ends up quoted in the
// parser's message); printed raw they garble the terminal. Line breaks and tabs stay.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

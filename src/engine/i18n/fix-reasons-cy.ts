// Pam y gadawyd newid allan: why a fix's edit was left out, in Welsh (key for key with
// fix-reasons-en.ts). Field names (To, Cc, Bcc) are Outlook's own labels and stay as they are.
import type { FixReasonCatalogue } from './fix-reasons-en';

export const fixReasonsCy: FixReasonCatalogue = {
  'skip.stale': 'mae’r testun wedi newid ers y gwiriad; gwiriwch eto',
  'skip.protected': 'dim i’w ddileu: mae’r geiriau hynny’n rhan o’r cyfarchiad, y cloi neu’r llofnod, ac nid yw cywiriadau’n eu newid',
  'skip.conflict': 'mae’n gorgyffwrdd â newid arall i’r un geiriau',
  'skip.htmlOverlap': 'byddai’n newid yr un rhan o’r e-bost â newid arall; gwiriwch eto ar ôl gwneud y lleill',
  'skip.notInField': 'nid yw {email} yn {field}',
  'skip.noLongerIn': 'nid yw {email} yn {field} bellach',
  'skip.noDelay': 'ni all y fersiwn hon o Outlook ohirio danfon o ychwanegyn (mae angen Mailbox 1.13)',
  'skip.onSend': 'mae cywiriadau’n cael eu gwneud o’r cwarel tasgau, byth wrth anfon',
  'skip.officeFailed': 'ni allai Outlook wneud hyn ({detail})',
  'skip.unexpected': 'gwall annisgwyl: {detail}',
  'skip.other': 'aeth rhywbeth o’i le ({detail})',
  'step.move': 'Symud {name} o {from} i {to}',
  'step.remove': 'Tynnu {name} o {field}',
  'step.add': 'Ychwanegu at {field}: {name}',
  'step.delay': 'Oedi anfon tan {time}',
  'step.insert': 'Ychwanegu {text}',
  'step.delete': 'Dileu {text}',
  'step.change': 'Newid {from} i {to}',
};

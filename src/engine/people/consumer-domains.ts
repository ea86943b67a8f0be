// Personal mail providers: a member writing to one of these is writing to a resident.
export const CONSUMER_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.co.uk', 'outlook.com', 'live.com', 'live.co.uk', 'msn.com', 'yahoo.com',
  'yahoo.co.uk', 'ymail.com', 'btinternet.com', 'btopenworld.com', 'talktalk.net', 'sky.com', 'aol.com', 'aol.co.uk', 'icloud.com',
  'me.com', 'mac.com', 'virginmedia.com', 'ntlworld.com', 'blueyonder.co.uk', 'tiscali.co.uk', 'plus.net', 'protonmail.com', 'proton.me',
  'gmx.com', 'gmx.co.uk', 'mail.com', 'zoho.com',
]);

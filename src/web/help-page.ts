// The help page `npm start` serves at `/`: the brand's header and Microsoft's Web Chat, loaded from the
// installed botframework-webchat package (no CDN). The page script gets a Direct Line token from
// /api/directline/token and keeps the conversation in sessionStorage, so a reload carries on the same
// chat while its token is valid.
import fs from 'node:fs';
import { inProject } from '../project-root.js';

export type PageBrand = { brand: string; color: string; helpCenterUrl: string; supportEmail: string };

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The full bundle: the minimal one does not render cards. */
const webChatBundlePath = inProject('node_modules', 'botframework-webchat', 'dist', 'webchat.js');

export const loadWebChatBundle = (): Buffer => fs.readFileSync(webChatBundlePath);

export function helpPageHtml(brand: PageBrand): string {
  const name = escapeHtml(brand.brand);
  const color = /^#[0-9a-f]{6}$/i.test(brand.color) ? brand.color : '#1F5F99';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name} help: chat with us</title>
<style>
  :root { --brand: ${color}; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; background: #f4f6f8; display: flex; flex-direction: column; min-height: 100vh; }
  header { background: var(--brand); color: #fff; padding: 0.9rem 1.25rem; }
  header h1 { margin: 0; font-size: 1.25rem; }
  header p { margin: 0.2rem 0 0; opacity: 0.9; font-size: 0.95rem; }
  main { flex: 1; display: flex; justify-content: center; padding: 1rem; }
  #chat { width: 100%; max-width: 46rem; height: calc(100vh - 9rem); min-height: 28rem; background: #fff; border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.15); overflow: hidden; }
  #chat-status { padding: 1rem; }
  footer { text-align: center; font-size: 0.85rem; padding: 0 1rem 1rem; }
  footer a { color: var(--brand); }
  .skip { position: absolute; left: -999px; }
  .skip:focus { left: 1rem; top: 1rem; background: #fff; color: var(--brand); padding: 0.5rem; z-index: 10; }
</style>
</head>
<body>
<a class="skip" href="#chat">Skip to the chat</a>
<header>
  <h1>${name} certificate help</h1>
  <p>Ask about access to your certificates, your account, your password or user name.</p>
</header>
<main>
  <section id="chat" role="region" aria-label="Chat with the ${name} assistant" data-brand-color="${color}">
    <p id="chat-status" role="status">Connecting to the assistant…</p>
  </section>
</main>
<footer>Prefer email? Write to <a href="mailto:${escapeHtml(brand.supportEmail)}">${escapeHtml(brand.supportEmail)}</a> · <a href="${escapeHtml(brand.helpCenterUrl)}">Help center</a></footer>
<script src="/webchat/webchat.js"></script>
<script src="/help-page.js"></script>
</body>
</html>
`;
}

/**
 * The page's script, served as a file so the page's Content-Security-Policy needs no inline script.
 * The conversation id and its token are kept in sessionStorage: a reload reconnects to the same
 * conversation, whose history the stream replays from the start, so the customer sees the chat again.
 */
export const helpPageScript = `(function () {
  'use strict';
  var KEY = 'certSupportBot.chat';
  var chat = document.getElementById('chat');
  var status = document.getElementById('chat-status');
  function saved() {
    try {
      var value = JSON.parse(window.sessionStorage.getItem(KEY) || 'null');
      return value && value.expiresAt > Date.now() + 60000 ? value : null;
    } catch (e) { return null; }
  }
  function save(value) { window.sessionStorage.setItem(KEY, JSON.stringify(value)); }
  function fail(message) { status.textContent = message; }

  var session = saved();
  var ready = session ? Promise.resolve(session) : fetch('/api/directline/token', { method: 'POST' }).then(function (response) {
    if (!response.ok) throw new Error('token ' + response.status);
    return response.json();
  }).then(function (issued) {
    return { token: issued.token, conversationId: issued.conversationId, domain: issued.domain, expiresAt: Date.now() + issued.expires_in * 1000, started: false };
  });

  ready.then(function (session) {
    var directLine = window.WebChat.createDirectLine({
      domain: session.domain || (location.origin + '/v3/directline'),
      token: session.token,
      // Only a started conversation is rejoined; a new one is started, so the bot greets the customer.
      conversationId: session.started ? session.conversationId : undefined,
      // ?transport=polling for networks that block WebSockets.
      webSocket: new URLSearchParams(location.search).get('transport') !== 'polling'
    });
    directLine.connectionStatus$.subscribe(function (state) {
      if (state === 2) save({ token: directLine.token, conversationId: directLine.conversationId, domain: session.domain, expiresAt: session.expiresAt, started: true });
    });
    var color = chat.getAttribute('data-brand-color');
    chat.removeChild(status);
    window.WebChat.renderWebChat({
      directLine: directLine,
      styleOptions: {
        accent: color,
        bubbleFromUserBackground: color,
        bubbleFromUserTextColor: '#ffffff',
        suggestedActionLayout: 'flow',
        hideUploadButton: true,
        botAvatarInitials: 'CA',
        userAvatarInitials: 'You'
      },
      locale: document.documentElement.lang || 'en-US'
    }, chat);
  }).catch(function () {
    fail('Sorry, the chat is not available right now. Please try again in a moment.');
  });
})();
`;

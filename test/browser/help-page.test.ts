// The help page in a real browser: Debian's Chromium driven by playwright-core, the real bot process
// serving the page, Web Chat from the installed package and the bot's own Direct Line. Customers reach
// a reset outcome by clicking and by typing, a reload carries on the conversation, and an agent's reply
// (sent as Teams activities to the bot) appears under the agent's name. Each test's end state is saved
// as a screenshot in test-artifacts/browser/, named after the test.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { send } from '../support/channel-activities.js';
import { startLocalConnector, type LocalConnector } from '../support/local-connector.js';
import { AGENTS_CHANNEL_ID, TENANT_ID, agent, cardAction, customerWordsIn, threadMessage } from '../support/teams-activities.js';
import { choiceLabel, testCatalog } from '../support/runner.js';

const CHROMIUM = '/usr/bin/chromium';
const TIMEOUT = 60_000;
const ARTIFACTS = path.resolve('test-artifacts/browser');
const catalog = testCatalog();
const firstSentence = (key: string) => catalog.render(key).text.split(/(?<=\.)\s/)[0]!;

/** Web Chat typesets quotes and apostrophes; compare text with them made plain. */
const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

let browser: Browser;
let bot: BotProcess;
let connector: LocalConnector;
/** The page of the running test, photographed when it ends, passed or failed. */
let current: Page | undefined;

if (!fs.existsSync(CHROMIUM)) console.warn(`browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

describe.skipIf(!fs.existsSync(CHROMIUM))(`help page in Chromium (${fs.existsSync(CHROMIUM) ? CHROMIUM : 'skipped: apt-get install -y chromium'})`, () => {
  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    connector = await startLocalConnector();
    [browser, bot] = await Promise.all([
      chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      }),
      startBotProcess({
        dataDir: makeTempDir('browser-'),
        env: { TEAMS_AGENTS_CHANNEL_ID: AGENTS_CHANNEL_ID, TEAMS_SERVICE_URL: connector.url, TEAMS_TENANT_ID: TENANT_ID },
      }),
    ]);
  }, TIMEOUT);
  afterEach(async (context) => {
    if (!current) return;
    const name = context.task.name
      .replace(/[^a-z0-9]+/gi, '-')
      .toLowerCase()
      .slice(0, 80);
    await current.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
    await current.context().close();
    current = undefined;
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.kill().catch(() => undefined);
    await connector?.close();
  });

  /** The visible transcript only: Web Chat also keeps a hidden copy for screen readers. */
  const transcriptText = async (page: Page) => plain(await page.locator('.webchat__basic-transcript__transcript').innerText());

  const waitForText = (page: Page, text: string) =>
    expect.poll(() => transcriptText(page), { timeout: 15_000, message: `the transcript shows "${text}"` }).toContain(plain(text));

  const click = async (page: Page, buttonLabel: string) => {
    const button = page.locator('.webchat__suggested-actions button', { hasText: buttonLabel });
    await button.waitFor({ state: 'visible', timeout: 15_000 });
    await button.click();
  };

  const type = async (page: Page, text: string) => {
    const input = page.locator('.webchat__send-box-text-box__input');
    await input.fill(text);
    await input.press('Enter');
  };

  /** Opens the help page and waits for the greeting; `watch` sees the page before it loads. */
  async function openPage(query = '', watch: (page: Page) => void = () => {}): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage();
    current = page;
    watch(page);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${bot.url}/${query}`);
    await waitForText(page, "Hi, I'm the Example CA certificate assistant");
    expect(problems).toEqual([]);
    return page;
  }

  it('a customer reaches a reset outcome by clicking buttons', { timeout: TIMEOUT }, async () => {
    const page = await openPage();
    expect(await page.locator('h1').innerText()).toBe('Example CA certificate help');
    // Keyboard first: the first Tab offers to skip to the chat.
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('Skip to the chat');

    await click(page, choiceLabel('triage.askNeed', 'reset_password'));
    await waitForText(page, 'How was the certificate bought?');
    await click(page, choiceLabel('reset.askCustomerType', 'web_host'));
    await waitForText(page, firstSentence('reset.webHost'));
    await waitForText(page, 'Did that solve it?');
  });

  it('a customer reaches a reset outcome by typing', { timeout: TIMEOUT }, async () => {
    const page = await openPage();

    await type(page, 'I bought my certificate through a reseller and need to reset my password');
    await waitForText(page, firstSentence('reset.reseller'));
  });

  it('chats over polling where WebSockets are blocked', { timeout: TIMEOUT }, async () => {
    const sockets: string[] = [];
    const polls: string[] = [];
    const page = await openPage('?transport=polling', (page) => {
      page.on('websocket', (socket) => sockets.push(socket.url()));
      page.on('request', (request) => request.method() === 'GET' && request.url().includes('/activities?watermark=') && polls.push(request.url()));
    });

    await type(page, 'I forgot my user name');
    await waitForText(page, firstSentence('triage.usernameRecovery'));
    expect(sockets).toEqual([]);
    expect(polls.length).toBeGreaterThan(0);
  });

  it('a reload of the page carries on the same conversation', { timeout: TIMEOUT }, async () => {
    const page = await openPage();
    await click(page, choiceLabel('triage.askNeed', 'reset_password'));
    await waitForText(page, 'How was the certificate bought?');
    const stored = "window.sessionStorage.getItem('certSupportBot.chat')";
    const conversation = await page.evaluate<string | null>(stored);

    await page.reload();
    await waitForText(page, 'How was the certificate bought?');
    expect(await page.evaluate<string | null>(stored)).toBe(conversation);
    await click(page, choiceLabel('reset.askCustomerType', 'web_host'));
    await waitForText(page, firstSentence('reset.webHost'));
    // The greeting was said once: the reload rejoined the conversation rather than starting another.
    expect(await page.locator('.webchat__basic-transcript__transcript .webchat__bubble__content', { hasText: 'certificate assistant' }).count()).toBe(1);
  });

  it("a handoff: the agent's reply, sent from Teams, shows in the page under the agent's name", { timeout: TIMEOUT }, async () => {
    const page = await openPage();
    const threads = connector.createdThreads.length;
    await type(page, 'I need to talk to a person');
    await waitForText(page, 'number 1 in the queue');

    const { threadId } = await connector.waitForThread(threads);
    const caseId = /Case (C-[A-Z0-9]{6})/.exec(JSON.stringify(connector.received(threadId)[0]))![1]!;
    const anna = agent('Anna Schmidt');
    connector.addMember(AGENTS_CHANNEL_ID, anna);
    expect((await send(bot.url, cardAction(connector.url, threadId, anna, 'accept', caseId))).status).toBe(200);
    await waitForText(page, 'Anna from our support team has joined the chat.');

    await type(page, 'Hello, are you there?');
    await expect.poll(() => connector.received(threadId).map((a) => customerWordsIn(a.text)), { timeout: 15_000 }).toContain('Hello, are you there?');
    await send(bot.url, threadMessage(connector.url, threadId, anna, 'Yes, I can see your case. Let me check your order.'));
    await waitForText(page, 'Anna: Yes, I can see your case. Let me check your order.');

    await send(bot.url, threadMessage(connector.url, threadId, anna, 'end'));
    await waitForText(page, "Anna has ended the chat. You're back with the assistant.");
  });
});

// The handoff with two real clients on one bot process: the customer in the help page's Web Chat, the
// agent in Microsoft's Agents Playground (a local Teams: its web UI renders the case card with the
// Adaptive Cards renderer and its connector carries the bot's posts), both in Debian's Chromium. The
// customer asks for a person → the Playground shows the card in the agents' channel → Accept → five
// messages each way, in order → End chat → the customer is back with the bot. Nobody here wrote the
// Playground, so it checks what our own Teams stand-in (test/support/local-connector.ts and
// teams-connector.ts) agrees with us on. Screenshots of both sides at every step go to
// test-artifacts/agents-playground/.
//
// Where the Playground differs from Teams (README, Human handoff): it reads no app manifest, so a
// channel message reaches the bot only when it @mentions the bot (Teams, with the manifest's
// resource-specific consent, sends them all): the agent here @mentions it, as the UI offers.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { PLAYGROUND_CLI, PLAYGROUND_TEAMS, botEnvFor, freePort, startPlayground, type Playground } from '../support/agents-playground.js';
import { testCatalog } from '../support/runner.js';

const CHROMIUM = '/usr/bin/chromium';
const TIMEOUT = 90_000;
const ARTIFACTS = path.resolve('test-artifacts/agents-playground');
const SECRET = 'Tr0ub4dor&3!';
const catalog = testCatalog();
const firstSentence = (key: string) => catalog.render(key).text.split(/(?<=\.)\s/)[0]!;
/** Web Chat typesets quotes and apostrophes; compare text with them made plain. */
const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

const skipReason = !fs.existsSync(CHROMIUM)
  ? `${CHROMIUM} is missing (apt-get install -y chromium)`
  : !fs.existsSync(PLAYGROUND_CLI)
    ? `the Agents Playground is not installed (${path.relative(process.cwd(), PLAYGROUND_CLI)}; npm install)`
    : undefined;
if (skipReason) console.warn(`Agents Playground test skipped: ${skipReason}`);

describe.skipIf(skipReason !== undefined)(
  `the handoff with the agent in the Microsoft 365 Agents Playground${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let browser: Browser;
    let playground: Playground | undefined;
    let bot: BotProcess | undefined;
    /** Set when the Playground could not start here: the test is then skipped, saying why. */
    let unavailable: string | undefined;
    /** What the Playground's page asked of the internet, which this test does not let it reach. */
    const offline: string[] = [];

    beforeAll(async () => {
      fs.rmSync(ARTIFACTS, { recursive: true, force: true });
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const botPort = await freePort();
      try {
        playground = await startPlayground({ botEndpoint: `http://127.0.0.1:${botPort}/api/messages`, dir: makeTempDir('playground-') });
      } catch (error) {
        unavailable = (error as Error).message;
        console.warn(`Agents Playground test skipped: ${unavailable}`);
        return;
      }
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
        startBotProcess({ dataDir: makeTempDir('playground-bot-'), env: { PORT: String(botPort), ...botEnvFor(playground) } }),
      ]);
    }, TIMEOUT);
    afterAll(async () => {
      await browser?.close();
      await bot?.kill().catch(() => undefined);
      await playground?.stop();
    });

    let step = 0;
    /** Both sides as they stand, numbered in order, each scrolled to its latest message; and the card. */
    async function photograph(name: string, customer: Page, agent: Page, card: Locator): Promise<void> {
      step++;
      const prefix = `${String(step).padStart(2, '0')}-${name}`;
      // The channel scrolls inside the page, so the card is photographed from its top, where its status is.
      // This project's lib has no DOM types: the elements are typed by what is used of them.
      await card.evaluate((element: { scrollIntoView(options: { block: 'start' }): void }) => element.scrollIntoView({ block: 'start' }));
      await agent.screenshot({ path: path.join(ARTIFACTS, `${prefix}-card.png`) });
      await agent.locator('[data-lexical-editor="true"]').last().scrollIntoViewIfNeeded();
      await customer
        .locator('.webchat__basic-transcript__scrollable')
        .evaluate((element: { scrollTo(x: number, y: number): void; scrollHeight: number }) => element.scrollTo(0, element.scrollHeight));
      await customer.screenshot({ path: path.join(ARTIFACTS, `${prefix}-customer.png`) });
      await agent.screenshot({ path: path.join(ARTIFACTS, `${prefix}-agent.png`) });
    }

    const transcriptText = async (page: Page) => plain(await page.locator('.webchat__basic-transcript__transcript').innerText());
    const customerSees = (page: Page, text: string) =>
      expect.poll(() => transcriptText(page), { timeout: 15_000, message: `the customer sees "${text}"` }).toContain(plain(text));
    const customerTypes = async (page: Page, text: string) => {
      const input = page.locator('.webchat__send-box-text-box__input');
      await input.fill(text);
      await input.press('Enter');
    };

    /**
     * The agent writes in the case's thread. The Playground passes a channel message to the bot only
     * when it @mentions the bot, so the agent picks the bot from the mention menu first, as a person would.
     */
    async function agentWrites(agent: Page, text: string): Promise<void> {
      const box = agent.locator('[data-lexical-editor="true"]').last();
      await box.click();
      await agent.keyboard.type(`@${PLAYGROUND_TEAMS.bot.name.slice(0, 4)}`);
      await agent.locator('#typeahead-menu [role=menuitem]', { hasText: PLAYGROUND_TEAMS.bot.name }).click();
      await agent.keyboard.type(` ${text}`);
      await agent.keyboard.press('Enter');
    }

    const openContext = async (viewport: { width: number; height: number }): Promise<BrowserContext> => {
      const context = await browser.newContext({ viewport });
      // Offline: only this machine is reachable (the Playground's page asks a CDN for its Segoe UI fonts).
      await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/]|localhost[:/])/, (route) => {
        offline.push(route.request().url());
        return route.abort('internetdisconnected');
      });
      return context;
    };

    it(
      'customer asks for a person → card in the Playground → Accept → five messages each way → End chat → back with the bot',
      { timeout: TIMEOUT },
      async (context) => {
        if (unavailable) return context.skip();
        const problems: string[] = [];
        const customer = await (await openContext({ width: 900, height: 900 })).newPage();
        customer.on('pageerror', (error) => problems.push(`customer: ${error.message}`));
        await customer.goto(`${bot!.url}/`);
        await customerSees(customer, "Hi, I'm the Example CA certificate assistant");

        const agent = await (await openContext({ width: 1400, height: 1000 })).newPage();
        agent.on('pageerror', (error) => problems.push(`agent: ${error.message}`));
        await agent.goto(playground!.url);
        await agent.getByText(PLAYGROUND_TEAMS.channelName, { exact: true }).click();

        // The customer gives a secret, then asks for a person.
        await customerTypes(customer, `I'm a reseller, my password is ${SECRET}`);
        await customerSees(customer, firstSentence('common.secretWarning'));
        await customerTypes(customer, 'I need to talk to a person');
        await customerSees(customer, 'number 1 in the queue');

        // The card, as the Playground renders it: facts, the masked transcript, Accept.
        const posted = agent
          .locator('.ac-adaptiveCard')
          .filter({ hasText: /Case C-[A-Z0-9]{6}/ })
          .first();
        await posted.waitFor({ state: 'visible', timeout: 15_000 });
        const caseId = /Case (C-[A-Z0-9]{6})/.exec(await posted.innerText())![1]!;
        // The card as the Playground shows it now: the invoke's answer and the bot's update replace it.
        const card: Locator = agent.locator('.ac-adaptiveCard').filter({ hasText: `Case ${caseId}` });
        await expect.poll(() => card.innerText()).toContain('Waiting for an agent');
        const cardText = plain(await card.innerText());
        for (const fact of [
          'Reason',
          'Asked for a person',
          'Customer type',
          'reseller',
          'Transcript (secrets removed)',
          'Customer wrote:',
          '"I need to talk to a person"',
        ]) {
          expect(cardText).toContain(fact);
        }
        expect(cardText).not.toContain(SECRET);
        await expect.poll(() => card.getByRole('button').allInnerTexts()).toEqual(['Accept']);
        await photograph('card-in-channel', customer, agent, card);

        // Accept: the customer is told, and the card (replaced by the invoke's answer, then for everyone) says who.
        await card.getByRole('button', { name: 'Accept' }).click();
        await customerSees(customer, 'Anna from our support team has joined the chat.');
        await expect.poll(() => card.innerText(), { timeout: 15_000 }).toContain(`Accepted by ${PLAYGROUND_TEAMS.agent.name}`);
        await expect.poll(() => card.getByRole('button').allInnerTexts()).toEqual(['End chat', 'Put back in queue']);
        await expect.poll(() => agent.getByText('Anna Schmidt accepted the case.').count(), { timeout: 15_000 }).toBe(1);
        await photograph('accepted', customer, agent, card);

        // Five messages each way, taking turns; each arrives before the next is written.
        const fromCustomer = [
          '1st: my order is for example.org',
          '2nd: it was bought in 2021',
          `3rd: my password is ${SECRET}`,
          '4th: the reseller is Acme',
          '5th: thanks',
        ];
        const fromAgent = [
          'A1: I can see your case.',
          'A2: Let me look up the order.',
          'A3: Please never send passwords here.',
          'A4: A reset email is on its way.',
          'A5: Anything else?',
        ];
        for (let index = 0; index < 5; index++) {
          await customerTypes(customer, fromCustomer[index]!);
          const quoted = index === 2 ? '3rd: my password is' : fromCustomer[index]!;
          await agent.getByText(quoted).last().waitFor({ state: 'visible', timeout: 15_000 });
          await agentWrites(agent, fromAgent[index]!);
          await customerSees(customer, `Anna: ${fromAgent[index]!}`);
        }
        await photograph('five-each-way', customer, agent, card);

        // In order on both sides; the customer's secret never reached the channel.
        const agentSide = plain(await agent.locator('body').innerText());
        const positions = fromCustomer.map((text) => agentSide.indexOf(`"${text.startsWith('3rd') ? '3rd: my password is' : text}`));
        expect(
          positions.every((position) => position >= 0),
          agentSide,
        ).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
        expect(agentSide).not.toContain(SECRET);
        const customerSide = await transcriptText(customer);
        const replies = fromAgent.map((text) => customerSide.indexOf(`Anna: ${text}`));
        expect([...replies].sort((a, b) => a - b)).toEqual(replies);

        // End chat: the customer is back with the bot, and the card says who ended it.
        await card.getByRole('button', { name: 'End chat' }).click();
        await customerSees(customer, "Anna has ended the chat. You're back with the assistant.");
        await expect.poll(() => card.innerText(), { timeout: 15_000 }).toContain(`Ended by ${PLAYGROUND_TEAMS.agent.name}`);
        await expect.poll(() => card.getByRole('button').count()).toBe(0);
        await customerTypes(customer, 'I forgot my user name');
        await customerSees(customer, firstSentence('triage.usernameRecovery'));
        await photograph('ended-back-with-bot', customer, agent, card);

        expect(problems).toEqual([]);
        // What the Playground wanted from the internet (its fonts) is all it missed; nothing else left the machine.
        expect(offline.filter((url) => !/^https:\/\/res(-1)?\.cdn\.office\.net\/.*\.woff2?$/.test(url))).toEqual([]);
        expect(bot!.logs.filter((line) => (line.level ?? 0) >= 50)).toEqual([]);
      },
    );
  },
);

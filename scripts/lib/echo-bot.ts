// The plain echo bot of the Bot Framework samples, on the same botbuilder + restify stack as the real
// bot: a CloudAdapter with no app id (unauthenticated, as the bot runs locally), restify's body parser,
// one reply per message with the text, and a welcome when a customer joins. No state, no logic: what
// the stack costs per turn, against which `npm run bench` measures the bot.
//
// Run as its own process (`tsx scripts/lib/echo-bot.ts`, started by test/support/bot-process.ts as the
// bot is): listens on PORT (0: any free port) and HOST, and prints a pino-shaped JSON "listening" line
// naming the port, which is what bot-process.ts waits for.
import restify from 'restify';
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  MessageFactory,
} from 'botbuilder';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const text = context.activity.text ?? '';
      await context.sendActivity(MessageFactory.text(text, text));
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient.id) await context.sendActivity(MessageFactory.text('Hello and welcome!'));
      }
      await next();
    });
  }
}

const credentials = { MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' };
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(credentials, new ConfigurationServiceClientCredentialFactory(credentials)));
adapter.onTurnError = async (context, error) => {
  process.stderr.write(`echo bot turn failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  await context.sendActivity('The echo bot failed.');
};
const bot = new EchoBot();

const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ mapParams: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});

const log = (fields: Record<string, unknown>, msg: string) =>
  process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), service: 'echo-bot', ...fields, msg })}\n`);

server.listen(Number(process.env.PORT ?? 3979), process.env.HOST ?? '127.0.0.1', () => {
  log({ port: server.address().port }, 'listening');
});

// bot-process.ts stops a process with SIGTERM and expects it to exit on its own.
const stop = () => void server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

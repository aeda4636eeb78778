// The CloudAdapter with an explicit auth configuration built from Config. With no app id it accepts
// unauthenticated requests (Emulator, local development); with one, every request must carry a valid
// Bot Framework token.
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
import type { Config } from '../config.js';

export function createAdapter(auth: Config['auth']): CloudAdapter {
  const options = {
    MicrosoftAppId: auth.appId ?? '',
    MicrosoftAppPassword: auth.appPassword ?? '',
    MicrosoftAppType: auth.appType,
    MicrosoftAppTenantId: auth.tenantId ?? '',
  };
  const credentials = new ConfigurationServiceClientCredentialFactory(options);
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options, credentials));
}

export const isAuthenticated = (auth: Config['auth']): boolean => Boolean(auth.appId);

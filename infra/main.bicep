// What a Bot Framework team deploys for this bot, in one resource group:
// - a user-assigned managed identity: the bot's Microsoft App identity (no client secret to rotate);
// - Azure Database for PostgreSQL (flexible server): state, handoff cases, transcripts, rate limits;
// - App Service (Linux) running the container image built from the repository's Dockerfile;
// - the Azure Bot resource (UserAssignedMSI) with its Microsoft Teams and Direct Line channels.
// The web app's settings are wired from these resources' outputs: the variable names are the ones
// .env.example documents (test/deploy/infra.test.ts checks it).
//
//   az deployment group create -g <group> -f infra/main.bicep -p infra/main.bicepparam
targetScope = 'resourceGroup'

@description('Short name used in every resource name (lower-case letters and digits).')
@minLength(3)
@maxLength(16)
param name string

param location string = resourceGroup().location

@description('The container image to run, built from the Dockerfile and pushed to a registry the web app can pull from.')
param containerImage string

@description('Administrator login of the PostgreSQL server.')
param postgresAdminLogin string = 'botadmin'

@secure()
@description('Administrator password of the PostgreSQL server.')
param postgresAdminPassword string

@description('Brand name the bot speaks for (BRAND_NAME).')
param brandName string

@description('The help page origins allowed to use Direct Line tokens, e.g. https://help.example.com.')
param helpPageOrigins array = []

@description('The agents\' Teams channel id (19:…@thread.tacv2), once the Teams app is installed; empty: no live agents yet.')
param teamsAgentsChannelId string = ''

@description('Instances of the web app: two or more share everything through PostgreSQL.')
@minValue(1)
param instances int = 2

var suffix = uniqueString(resourceGroup().id, name)

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-bot-identity'
  location: location
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2022-12-01' = {
  name: '${name}-pg-${suffix}'
  location: location
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: 32
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2022-12-01' = {
  parent: postgres
  name: 'bot'
}

// Lets Azure services (the web app) reach the server; narrow it with VNet integration in production.
resource allowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2022-12-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-01-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: 'B1'
    capacity: instances
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2023-01-01' = {
  name: '${name}-bot-${suffix}'
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOCKER|${containerImage}'
      alwaysOn: true
      webSocketsEnabled: true
      healthCheckPath: '/readyz'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'S1'
  }
  properties: {
    displayName: brandName
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'help page'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: length(helpPageOrigins) > 0
          trustedOrigins: helpPageOrigins
        }
      ]
    }
  }
}

// The web app's configuration, from the resources above. Names as in .env.example.
resource appSettings 'Microsoft.Web/sites/config@2023-01-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    WEBSITES_PORT: '3978'
    PORT: '3978'
    HOST: '0.0.0.0'
    MicrosoftAppType: 'UserAssignedMSI'
    MicrosoftAppId: identity.properties.clientId
    MicrosoftAppTenantId: identity.properties.tenantId
    DATABASE_URL: 'postgres://${postgresAdminLogin}:${uriComponent(postgresAdminPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${database.name}?sslmode=require'
    DIRECT_LINE_SECRET: directLine.listChannelWithKeys().setting.sites[0].key
    DIRECT_LINE_TRUSTED_ORIGINS: join(helpPageOrigins, ',')
    // One proxy (App Service's front end) adds X-Forwarded-For.
    TRUSTED_PROXY_HOPS: '1'
    BRAND_NAME: brandName
    TEAMS_AGENTS_CHANNEL_ID: teamsAgentsChannelId
    TEAMS_TENANT_ID: empty(teamsAgentsChannelId) ? '' : identity.properties.tenantId
    LOG_LEVEL: 'info'
  }
}

output botMessagingEndpoint string = bot.properties.endpoint
output botAppId string = identity.properties.clientId
output tenantId string = identity.properties.tenantId
output webAppHostName string = site.properties.defaultHostName
output postgresHost string = postgres.properties.fullyQualifiedDomainName

// Example parameters: copy, fill in, and pass with -p. The password comes from the environment
// (az deployment group create … -p infra/main.bicepparam), never from this file.
using './main.bicep'

param name = 'certbot'
param containerImage = 'myregistry.azurecr.io/cert-support-bot:1.0.0'
param brandName = 'Example CA'
param helpPageOrigins = ['https://help.example.com']
param postgresAdminPassword = readEnvironmentVariable('POSTGRES_ADMIN_PASSWORD')
param teamsAgentsChannelId = ''
param instances = 2

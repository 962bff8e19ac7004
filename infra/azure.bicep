// Azure resources for "Ambassadors for Microsoft Teams".
//
// One Linux App Service runs the restify server (tab at /tab, bot at /api/messages, health at
// /healthz). Everything authenticates with ONE user-assigned managed identity: the Azure Bot
// (msaAppType UserAssignedMSI, so no bot secret exists) and Cosmos DB (data-plane RBAC, local
// keys disabled). Logs and telemetry go to Application Insights on a Log Analytics workspace.
// No secret is created, read (no listKeys) or output anywhere in this template.
//
// Deploy with the Agents Toolkit (m365agents.yml → arm/deploy, which writes every output below
// to env/.env.<env> by its name) or by hand:
//   az deployment group create -g <rg> -f infra/azure.bicep -p infra/azure.parameters.json \
//     -p resourceBaseName=ambassadors-xyz aadAppClientId=<guid> aadAppTenantId=<guid>

@maxLength(30)
@minLength(4)
@description('Prefix of every resource name; add a short unique suffix (web app and Cosmos names are global).')
param resourceBaseName string

@description('Azure region for all regional resources (the Azure Bot itself is global).')
param location string = resourceGroup().location

@description('App Service plan SKU. B1 is the smallest that supports Always On; use P0v3 or larger for production load.')
param webAppSku string = 'B1'

@description('Client id of the Entra ID app registration used for the tab\'s single sign-on (aadApp/create).')
param aadAppClientId string

@description('Tenant id of that app registration.')
param aadAppTenantId string

@description('Sign-in authority host for token validation.')
param aadAppOauthAuthorityHost string = 'https://login.microsoftonline.com'

@description('Comma-separated tenant ids allowed to use the API; empty = only the tenant of the app registration.')
param allowedTenants string = ''

@description('The Teams app id (manifest id, teamsApp/create): links in bot cards then open the tab inside Teams.')
param teamsAppId string = ''

@description('Display name of the Azure Bot (shown in the Azure portal only).')
param botDisplayName string = 'Ambassadors'

@allowed([
  'Serverless'
  'Autoscale'
])
@description('Cosmos DB capacity: Serverless (pay per request, default) or Autoscale (provisioned throughput shared by the database).')
param cosmosCapacityMode string = 'Serverless'

@minValue(1000)
@maxValue(1000000)
@description('Autoscale only: the most RU/s the shared database throughput may scale to (it scales down to 10 %).')
param cosmosAutoscaleMaxThroughput int = 1000

@allowed([
  'Continuous7Days'
  'Continuous30Days'
])
@description('Cosmos DB continuous backup: point-in-time restore window (7 days is free; 30 days is billed per GB).')
param backupTier string = 'Continuous7Days'

@minValue(30)
@maxValue(730)
@description('How long Log Analytics keeps logs, in days.')
param logRetentionDays int = 30

@description('Tags put on every resource.')
param tags object = {
  app: 'ambassadors-for-teams'
}

var databaseName = 'ambassadors'
// Known before the site exists, so its own settings can contain its public URL.
var webAppName = '${resourceBaseName}-web'
var isServerless = cosmosCapacityMode == 'Serverless'
// Built-in "Cosmos DB Built-in Data Contributor" data-plane role (read/write items, no keys).
var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    IngestionMode: 'LogAnalytics'
  }
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-identity'
  location: location
  tags: tags
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: '${resourceBaseName}-cosmos'
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    capabilities: isServerless
      ? [
          {
            name: 'EnableServerless'
          }
        ]
      : []
    // Only Entra ID (managed identity) may read or write data; account keys cannot be used.
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
    // Point-in-time restore to any second of the last 7 days (free tier of continuous backup,
    // available for serverless and provisioned accounts); the restore steps are in
    // docs/admin-guide.md. Restoring creates a new account, so a mistake can be undone.
    backupPolicy: {
      type: 'Continuous'
      continuousModeProperties: {
        tier: backupTier
      }
    }
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: cosmos
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
    // Autoscale: throughput shared by both containers; serverless accounts take no throughput.
    options: isServerless
      ? {}
      : {
          autoscaleSettings: {
            maxThroughput: cosmosAutoscaleMaxThroughput
          }
        }
  }
}

// Programme documents (programme, ambassadorship, check-in, schedule state …) partitioned by
// tenant and programme: loading a board is one single-partition query. defaultTtl -1 turns TTL
// on without expiring anything by default, so check-in documents can carry their own `ttl`.
resource programmesContainer 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = {
  parent: database
  name: 'programmes'
  properties: {
    resource: {
      id: 'programmes'
      partitionKey: {
        paths: [
          '/tenantId'
          '/programmeId'
        ]
        kind: 'MultiHash'
        version: 2
      }
      defaultTtl: -1
      indexingPolicy: {
        indexingMode: 'consistent'
        automatic: true
        // The same narrow policy as bot/src/storage/cosmos-client.ts (PROGRAMMES_CONTAINER): only
        // what queries filter or sort on is indexed, so large programme documents stay cheap to write.
        includedPaths: [
          {
            path: '/type/?'
          }
          {
            path: '/tenantId/?'
          }
          {
            path: '/programmeId/?'
          }
          {
            path: '/nextCheckAt/?'
          }
        ]
        excludedPaths: [
          {
            path: '/*'
          }
          {
            path: '/"_etag"/?'
          }
        ]
        // The same composite indexes as the code's container definitions: a query that filters
        // by type and sorts by time reads only what it returns.
        compositeIndexes: [
          [
            {
              path: '/type'
              order: 'ascending'
            }
            {
              path: '/nextCheckAt'
              order: 'ascending'
            }
          ]
        ]
      }
    }
  }
}

// Delivery state of the bot's proactive messages, per tenant; TTL on so records may carry a `ttl`.
resource deliveryContainer 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = {
  parent: database
  name: 'delivery'
  properties: {
    resource: {
      id: 'delivery'
      partitionKey: {
        paths: [
          '/tenantId'
        ]
        kind: 'Hash'
        version: 2
      }
      defaultTtl: -1
      indexingPolicy: {
        indexingMode: 'consistent'
        automatic: true
        includedPaths: [
          {
            path: '/*'
          }
        ]
        excludedPaths: [
          {
            path: '/"_etag"/?'
          }
        ]
        // The same composite indexes as the code's container definitions: a query that filters
        // by type and sorts by time reads only what it returns.
        compositeIndexes: [
          [
            {
              path: '/type'
              order: 'ascending'
            }
            {
              path: '/nextAttemptAt'
              order: 'ascending'
            }
          ]
        ]
      }
    }
  }
}

// The app's identity may read and write items in this account (data plane only).
resource cosmosDataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: cosmos
  name: guid(cosmos.id, identity.id, cosmosDataContributorRoleId)
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosDataContributorRoleId}'
    principalId: identity.properties.principalId
    scope: cosmos.id
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2024-04-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/healthz'
      // The deployed folder is `npm run build`'s dist/: the bundled server on production
      // dependencies only, read-only (run from package), so nothing is built at start.
      appCommandLine: 'node server.js'
      appSettings: [
        {
          name: 'NODE_ENV'
          value: 'production'
        }
        {
          name: 'HOST'
          value: '0.0.0.0'
        }
        {
          // The Toolkit deploys a ready-built folder (zipDeploy); run it as a read-only package.
          name: 'WEBSITE_RUN_FROM_PACKAGE'
          value: '1'
        }
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'false'
        }
        {
          name: 'COSMOS_ENDPOINT'
          value: cosmos.properties.documentEndpoint
        }
        {
          name: 'COSMOS_DATABASE'
          value: databaseName
        }
        {
          // DefaultAzureCredential picks the user-assigned identity by this client id.
          name: 'AZURE_CLIENT_ID'
          value: identity.properties.clientId
        }
        {
          name: 'MicrosoftAppType'
          value: 'UserAssignedMSI'
        }
        {
          name: 'MicrosoftAppId'
          value: identity.properties.clientId
        }
        {
          name: 'MicrosoftAppTenantId'
          value: identity.properties.tenantId
        }
        {
          name: 'AAD_APP_CLIENT_ID'
          value: aadAppClientId
        }
        {
          name: 'AAD_APP_TENANT_ID'
          value: aadAppTenantId
        }
        {
          name: 'AAD_APP_OAUTH_AUTHORITY_HOST'
          value: aadAppOauthAuthorityHost
        }
        {
          // The server treats an empty list as "all tenants"; default to our own tenant instead.
          name: 'ALLOWED_TENANTS'
          value: empty(allowedTenants) ? aadAppTenantId : allowedTenants
        }
        {
          // Base URL for links in bot cards (deep links back to the tab).
          name: 'PUBLIC_URL'
          value: 'https://${webAppName}.azurewebsites.net'
        }
        {
          // Deep links from cards to the personal tab at the right step.
          name: 'TEAMS_APP_ID'
          value: teamsAppId
        }
        {
          // Not a secret (it only allows sending telemetry), so it is a plain setting.
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsights.properties.ConnectionString
        }
      ]
    }
  }
}

// FTP publishing credentials off (deployments use Entra ID via the Toolkit or az CLI).
resource ftpPolicy 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: webApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

// Console and HTTP logs of the App Service into the same workspace, for troubleshooting.
resource webAppDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: logs.id
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${resourceBaseName}-bot'
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
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

// Read by m365agents.yml (arm/deploy writes each output to env/.env.<env> under its name).
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output WEB_APP_NAME string = webApp.name
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output TAB_DOMAIN string = webApp.properties.defaultHostName
output TAB_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output COSMOS_ENDPOINT string = cosmos.properties.documentEndpoint
// People search: the Entra app trusts this identity as its federated credential (docs/admin-guide.md).
output MANAGED_IDENTITY_PRINCIPAL_ID string = identity.properties.principalId
output MANAGED_IDENTITY_TENANT_ID string = identity.properties.tenantId

(function () {
  'use strict';
  const params = new URLSearchParams(window.location.search);
  const state = {
    theme: params.get('theme') || 'default',
    locale: params.get('locale') || 'en-us',
    frameContext: params.get('frameContext') || 'content',
    subEntityId: params.get('subEntityId') || '',
    entityId: params.get('entityId') || 'board',
    // A meeting around the tab (side panel, stage, meeting chat or details, its settings frame).
    meetingId: params.get('meetingId') || '',
    chatId: params.get('chatId') || '',
    // Whether this person may share to the stage (a presenter in a meeting that allows it).
    canShareToStage: params.get('canShareToStage') !== 'false',
  };
  const frame = document.getElementById('tab');
  const origin = window.location.origin;
  const log = [];
  const openedLinks = [];
  const savedSettings = [];
  /** The URLs shared to the stage, in order (the last one is on the stage). */
  const sharedToStage = [];
  let saveHandlerRegistered = false;
  let validity = false;

  // What the SDK gets from `initialize`: the frame context, the client type and the host's
  // runtime capabilities (what a Teams web client declares for a tab).
  const runtimeConfig = {
    apiVersion: 4,
    isLegacyTeams: false,
    supports: {
      app: {},
      appEntity: {},
      appInstallDialog: {},
      chat: {},
      dialog: { card: { bot: {} }, url: { bot: {} }, update: {} },
      pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} },
      teams: { fullTrust: { joinedTeams: {} } },
      teamsCore: {},
      meeting: {},
    },
  };

  function reply(source, request, args) {
    source.postMessage({ id: request.id, uuidAsString: request.uuidAsString, args: args }, origin);
  }

  function context() {
    return {
      locale: state.locale,
      theme: state.theme,
      frameContext: state.frameContext,
      entityId: state.entityId,
      subEntityId: state.subEntityId,
      tid: window.__testUser ? window.__testUser.tenantId : undefined,
      userObjectId: window.__testUser ? window.__testUser.oid : undefined,
      userPrincipalName: window.__testUser ? window.__testUser.upn : undefined,
      hostClientType: 'web',
      hostName: 'Teams',
      appSessionId: 'test-session',
      isFullScreen: false,
      ...(state.meetingId ? { meetingId: state.meetingId, chatId: state.chatId || undefined } : {}),
    };
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    const request = event.data || {};
    if (typeof request.func !== 'string') return;
    log.push({ func: request.func, args: request.args });
    switch (request.func) {
      case 'initialize':
        reply(event.source, request, [state.frameContext, 'web', JSON.stringify(runtimeConfig), '2.58.0']);
        break;
      case 'getContext':
        reply(event.source, request, [context()]);
        break;
      case 'authentication.getAuthToken':
        Promise.resolve(window.__getTestToken ? window.__getTestToken() : null).then(
          function (token) {
            reply(event.source, request, token ? [true, token] : [false, 'no token configured']);
          },
          function (error) {
            reply(event.source, request, [false, String(error)]);
          },
        );
        break;
      case 'executeDeepLink':
        openedLinks.push(request.args && request.args[0]);
        reply(event.source, request, [true]);
        break;
      case 'settings.setValidityState':
        validity = !!(request.args && request.args[0]);
        break;
      case 'registerHandler':
        if (request.args && request.args[0] === 'save') saveHandlerRegistered = true;
        break;
      case 'settings.setSettings':
        savedSettings.push(request.args && request.args[0]);
        reply(event.source, request, [true]);
        break;
      case 'meeting.getAppContentStageSharingCapabilities':
        reply(event.source, request, [null, { doesAppHaveSharePermission: state.canShareToStage }]);
        break;
      case 'meeting.getAppContentStageSharingState':
        reply(event.source, request, [null, { isAppSharing: sharedToStage.length > 0 }]);
        break;
      case 'meeting.shareAppContentToStage':
        if (!state.meetingId || !state.canShareToStage) {
          reply(event.source, request, [
            { errorCode: 1000, message: 'sharing to the stage is not allowed here' },
            null,
          ]);
        } else {
          sharedToStage.push(request.args && request.args[0]);
          reply(event.source, request, [null, true]);
        }
        break;
      default:
        // appInitialization.* and other notifications need no answer.
        break;
    }
  });

  /** Test API (page.evaluate): what Teams would do from its side. */
  window.teamsHost = {
    log: log,
    openedLinks: openedLinks,
    savedSettings: savedSettings,
    sharedToStage: sharedToStage,
    isValid: function () {
      return validity;
    },
    hasSaveHandler: function () {
      return saveHandlerRegistered;
    },
    setTheme: function (theme) {
      state.theme = theme;
      frame.contentWindow.postMessage({ func: 'themeChange', args: [theme] }, origin);
    },
    /** The user pressed "Save" on the channel tab's configuration dialog. */
    save: function () {
      frame.contentWindow.postMessage({ func: 'settings.save', args: [{}] }, origin);
    },
  };

  const tabPath = params.get('tab') || '/tab/';
  frame.src = tabPath;
})();

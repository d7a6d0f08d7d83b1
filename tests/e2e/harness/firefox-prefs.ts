/**
 * The prefs of the throwaway Firefox profile the end-to-end tests use: the add-on's
 * moz-extension UUID pinned, and every service that would reach the network at start or in the
 * background switched off, so a run is offline, quiet and repeatable. Firefox's remote agent adds
 * its own "recommended" prefs on top when it starts; these hold from the first instant.
 */

export type PrefValue = boolean | number | string;

export interface ProfilePrefsOptions {
  /** The add-on id of browser_specific_settings.gecko.id. */
  addonId: string;
  /** The UUID its pages get (`moz-extension://UUID/`). */
  extensionUuid: string;
  /**
   * A local HTTP proxy that receives every request not for 127.0.0.1 or localhost (Firefox never
   * proxies those), so a test can see and refuse anything that tries to leave the machine.
   */
  outsideTrafficProxyPort?: number;
  extra?: Record<string, PrefValue>;
}

/** First run, default-browser, session-restore and crash prompts: none of them in a test. */
const QUIET_START: Record<string, PrefValue> = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'browser.startup.homepage': 'about:blank',
  'startup.homepage_welcome_url': 'about:blank',
  'startup.homepage_welcome_url.additional': '',
  'browser.aboutwelcome.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.newtab.preload': false,
  'browser.sessionstore.resume_from_crash': false,
  'browser.tabs.warnOnClose': false,
  'browser.warnOnQuit': false,
  'toolkit.startup.max_resumed_crashes': -1,
  'datareporting.policy.dataSubmissionPolicyBypassNotification': true,
};

/** Telemetry, studies, experiments and crash reports. */
const NO_REPORTING: Record<string, PrefValue> = {
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.usage.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.updatePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'browser.ping-centre.telemetry': false,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'nimbus.rollouts.enabled': false,
  'browser.crashReports.unsubmittedCheck.autoSubmit2': false,
  'breakpad.reportURL': '',
};

/** Updates of Firefox, add-ons, blocklists, search engines, plugins and remote settings. */
const NO_UPDATES: Record<string, PrefValue> = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.update.checkInstallTime': false,
  'app.update.disabledForTesting': true,
  'extensions.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.getAddons.discovery.api_url': '',
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  // Media plugins (Widevine, OpenH264) update from update.googleapis.com on their own schedule.
  'media.gmp-manager.updateEnabled': false,
  'browser.discovery.enabled': false,
  'browser.search.update': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'media.gmp-manager.url': '',
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-widevinecdm.enabled': false,
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'browser.translations.enable': false,
};

/** Background connections: safe browsing, push, captive portal, prefetch, DNS over HTTPS, OCSP. */
const NO_BACKGROUND_NETWORK: Record<string, PrefValue> = {
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'network.captive-portal-service.enabled': false,
  'captivedetect.canonicalURL': '',
  'network.connectivity-service.enabled': false,
  'network.dns.disableIPv6': true,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'network.trr.mode': 5,
  'security.OCSP.enabled': 0,
  'geo.provider.network.url': '',
  'identity.fxaccounts.enabled': false,
  'browser.topsites.contile.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.newtabpage.activity-stream.default.sites': '',
  'browser.urlbar.quicksuggest.enabled': false,
  // The demo pages are plain http on 127.0.0.1; never upgrade or warn.
  'dom.security.https_first': false,
  'dom.security.https_only_mode': false,
};

function proxyPrefs(port: number): Record<string, PrefValue> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.no_proxies_on': '',
  };
}

export function profilePrefs(options: ProfilePrefsOptions): Record<string, PrefValue> {
  return {
    ...QUIET_START,
    ...NO_REPORTING,
    ...NO_UPDATES,
    ...NO_BACKGROUND_NETWORK,
    ...(options.outsideTrafficProxyPort === undefined ? {} : proxyPrefs(options.outsideTrafficProxyPort)),
    // The add-on's pages get a known address, before it is even installed.
    'extensions.webextensions.uuids': JSON.stringify({ [options.addonId]: options.extensionUuid }),
    // Add-ons in the profile or application folders start enabled (ours comes through BiDi anyway).
    'extensions.autoDisableScopes': 0,
    // Honoured by ESR and unbranded builds; BiDi installs are temporary and unsigned regardless.
    'xpinstall.signatures.required': false,
    ...options.extra,
  };
}

/** The prefs as a profile's user.js, which Firefox reads at every start. */
export function userJs(prefs: Record<string, PrefValue>): string {
  return `${Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n')}\n`;
}

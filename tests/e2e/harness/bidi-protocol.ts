/**
 * The slice of the WebDriver BiDi protocol the Firefox end-to-end tests speak: commands with their
 * parameters and results, and the values scripts exchange with pages.
 * https://w3c.github.io/webdriver-bidi/
 */

/** A JSON value a test passes into or reads back from a page. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A reference to a node the browser serialized (its `sharedId`), usable as a script argument. */
export interface SharedReference {
  sharedId: string;
}

/** BiDi LocalValue: how script arguments travel to the page. */
export type LocalValue =
  | SharedReference
  | { type: 'undefined' | 'null' }
  | { type: 'string'; value: string }
  | { type: 'number'; value: number | 'NaN' | '-0' | 'Infinity' | '-Infinity' }
  | { type: 'boolean'; value: boolean }
  | { type: 'array'; value: LocalValue[] }
  | { type: 'object'; value: [string, LocalValue][] };

/** BiDi RemoteValue, narrowed to the fields the tests read. */
export interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
  handle?: string;
}

/** A serialized DOM node; `shadowRoot` is present when asked for with `includeShadowTree`. */
export interface NodeRemoteValue extends RemoteValue {
  type: 'node';
  sharedId: string;
  value?: {
    nodeType: number;
    localName?: string;
    mode?: 'open' | 'closed';
    shadowRoot?: NodeRemoteValue | null;
  };
}

export interface SerializationOptions {
  maxDomDepth?: number | null;
  maxObjectDepth?: number | null;
  /** 'all' also serializes closed shadow roots, which page scripts cannot reach. */
  includeShadowTree?: 'none' | 'open' | 'all';
}

export type ScriptTarget = { context: string; sandbox?: string } | { realm: string };

export type EvaluateResult =
  | { type: 'success'; result: RemoteValue; realm: string }
  | {
      type: 'exception';
      exceptionDetails: { text: string; lineNumber: number; columnNumber: number };
      realm: string;
    };

export interface BrowsingContextInfo {
  context: string;
  url: string;
  parent: string | null;
  children: BrowsingContextInfo[] | null;
}

/** One step of an `input.performActions` pointer source. */
export type PointerAction =
  | { type: 'pointerMove'; x: number; y: number; origin?: 'viewport' | 'pointer'; duration?: number }
  | { type: 'pointerDown' | 'pointerUp'; button: number }
  | { type: 'pause'; duration: number };

export interface KeyAction {
  type: 'keyDown' | 'keyUp';
  value: string;
}

export type InputSource =
  | {
      type: 'pointer';
      id: string;
      parameters?: { pointerType: 'mouse' | 'pen' | 'touch' };
      actions: PointerAction[];
    }
  | { type: 'key'; id: string; actions: KeyAction[] };

/** The commands used, with their parameters and results. */
export interface BidiCommands {
  'session.new': {
    params: { capabilities: Record<string, unknown> };
    result: { sessionId: string; capabilities: Record<string, unknown> };
  };
  'browser.close': { params: Record<string, never>; result: Record<string, never> };
  'webExtension.install': {
    params: {
      extensionData: { type: 'path' | 'archivePath'; path: string };
      'moz:allowPrivateBrowsing'?: boolean;
    };
    result: { extension: string };
  };
  'browsingContext.getTree': {
    params: { maxDepth?: number; root?: string };
    result: { contexts: BrowsingContextInfo[] };
  };
  'browsingContext.create': {
    params: { type: 'tab' | 'window'; background?: boolean };
    result: { context: string };
  };
  'browsingContext.close': { params: { context: string }; result: Record<string, never> };
  'browsingContext.navigate': {
    params: { context: string; url: string; wait?: 'none' | 'interactive' | 'complete' };
    result: { navigation: string | null; url: string };
  };
  'browsingContext.setViewport': {
    params: { context: string; viewport: { width: number; height: number } | null };
    result: Record<string, never>;
  };
  'browsingContext.captureScreenshot': {
    params: { context: string; origin?: 'viewport' | 'document' };
    result: { data: string };
  };
  'script.evaluate': {
    params: {
      expression: string;
      target: ScriptTarget;
      awaitPromise: boolean;
      resultOwnership?: 'root' | 'none';
      serializationOptions?: SerializationOptions;
      userActivation?: boolean;
    };
    result: EvaluateResult;
  };
  'script.callFunction': {
    params: {
      functionDeclaration: string;
      target: ScriptTarget;
      awaitPromise: boolean;
      arguments?: LocalValue[];
      this?: LocalValue;
      resultOwnership?: 'root' | 'none';
      serializationOptions?: SerializationOptions;
      userActivation?: boolean;
    };
    result: EvaluateResult;
  };
  'input.performActions': {
    params: { context: string; actions: InputSource[] };
    result: Record<string, never>;
  };
  'input.releaseActions': { params: { context: string }; result: Record<string, never> };
}

export type BidiMethod = keyof BidiCommands;

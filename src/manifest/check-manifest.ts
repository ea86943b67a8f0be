// An offline structural check of manifest.xml (Microsoft's validator needs the internet): the
// event wiring, resource ids, URLs, icon files and sizes that Outlook depends on.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface ManifestFacts {
  /** Handler names the on-send bundle associates with Office.actions.associate. */
  associatedHandlers: readonly string[];
  /** The task-pane button id that Smart Alerts' "Review" opens. */
  taskpaneCommandId: string;
  /** Files the build publishes (paths relative to the base URL, e.g. "taskpane.html"). */
  publishedFiles: readonly string[];
  /** PNG size of a published asset, or undefined when there is no such file. */
  imageSize(path: string): { width: number; height: number } | undefined;
}

type Node = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: false, isArray: (name) =>
  ['bt:Image', 'bt:Url', 'bt:String', 'LaunchEvent', 'Control', 'ExtensionPoint', 'Group', 'AppDomain', 'Runtime'].includes(name) });

function list(value: unknown): Node[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as Node[];
}

/** Every attribute called `name` anywhere below node, with where it was found. */
function attributes(node: unknown, name: string, path = ''): { value: string; path: string }[] {
  if (typeof node !== 'object' || node === null) return [];
  const found: { value: string; path: string }[] = [];
  for (const [key, child] of Object.entries(node)) {
    if (key === `@${name}` && typeof child === 'string') found.push({ value: child, path });
    else found.push(...attributes(child, name, `${path}/${key}`));
  }
  return found;
}

export function checkManifest(xml: string, facts: ManifestFacts): string[] {
  const errors: string[] = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`manifest.xml is not well-formed XML: line ${valid.err.line}: ${valid.err.msg}`];
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (error) {
    return [`manifest.xml is not well-formed XML: ${String(error)}`];
  }
  const app = doc.OfficeApp as Node | undefined;
  if (!app) return ['manifest.xml: the root element must be <OfficeApp>'];
  if (app['@xsi:type'] !== 'MailApp') errors.push('OfficeApp: xsi:type must be "MailApp"');
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(String(app.Id ?? ''))) errors.push('Id: must be a GUID');
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(String(app.Version ?? ''))) errors.push('Version: must be four numbers, e.g. 1.0.0.0');

  const outer = app.VersionOverrides as Node | undefined;
  const v11 = outer?.VersionOverrides as Node | undefined;
  if (!v11 || v11['@xsi:type'] !== 'VersionOverridesV1_1') return [...errors, 'VersionOverrides: a VersionOverridesV1_1 element is required inside VersionOverridesV1_0'];
  const sets = (v11.Requirements as Node | undefined)?.['bt:Sets'] as Node | undefined;
  if (sets?.['@DefaultMinVersion'] !== '1.12') errors.push(`Requirements: DefaultMinVersion must be "1.12" (found "${String(sets?.['@DefaultMinVersion'])}"); higher hides every command on clients without it`);

  // Resources: ids, lengths, URLs.
  const resources = v11.Resources as Node | undefined;
  const ids = new Map<string, string>();
  for (const group of ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']) {
    const tag = group === 'bt:Images' ? 'bt:Image' : group === 'bt:Urls' ? 'bt:Url' : 'bt:String';
    for (const item of list((resources?.[group] as Node | undefined)?.[tag])) {
      const id = String(item['@id']);
      if (id.length > 32) errors.push(`Resources: id "${id}" is longer than 32 characters`);
      if (ids.has(id)) errors.push(`Resources: id "${id}" is defined twice`);
      ids.set(id, String(item['@DefaultValue'] ?? ''));
    }
  }
  errors.push(...localeProblems(app, resources));
  for (const { value, path } of attributes(v11.Hosts, 'resid')) {
    if (value.length > 32) errors.push(`${path}: resid "${value}" is longer than 32 characters`);
    if (!ids.has(value)) errors.push(`${path}: resid "${value}" is not defined in Resources`);
  }

  // URLs: https, one base, and a file the build publishes.
  const urls = [...ids.entries()].filter(([id]) => /Url$|^Icon/.test(id)).map(([, url]) => url);
  urls.push(...['IconUrl', 'HighResolutionIconUrl', 'SupportUrl'].map((k) => String((app[k] as Node | undefined)?.['@DefaultValue'] ?? '')));
  const taskpane = String(((((app.FormSettings as Node)?.Form as Node)?.DesktopSettings as Node)?.SourceLocation as Node)?.['@DefaultValue'] ?? '');
  urls.push(taskpane);
  const base = /^https:\/\/[^/]+\/(?:[^?#]*\/)?/.exec(taskpane)?.[0];
  if (!base) errors.push(`FormSettings: the task pane URL "${taskpane}" must be https`);
  for (const url of urls) {
    if (!url.startsWith('https://')) errors.push(`URL "${url}" must use https`);
    else if (base && !url.startsWith(base)) errors.push(`URL "${url}" is not under the add-in's base URL ${base}`);
    else if (base) {
      const file = url.slice(base.length).split(/[?#]/)[0]!;
      if (!facts.publishedFiles.includes(file)) errors.push(`URL "${url}": the build publishes no file "${file}"`);
    }
  }
  const domains = list((app.AppDomains as Node | undefined)?.AppDomain).map(String);
  if (base && !domains.some((d) => base.startsWith(d))) errors.push(`AppDomains: add ${new URL(base).origin}`);

  // Icons: the declared size is the file's size.
  const checkImage = (url: string, size: number, where: string): void => {
    if (!base || !url.startsWith(base)) return;
    const actual = facts.imageSize(url.slice(base.length));
    if (!actual) errors.push(`${where}: no image at ${url}`);
    else if (actual.width !== size || actual.height !== size) errors.push(`${where}: ${url} is ${actual.width}×${actual.height}, expected ${size}×${size}`);
  };
  checkImage(String((app.IconUrl as Node)?.['@DefaultValue']), 64, 'IconUrl');
  checkImage(String((app.HighResolutionIconUrl as Node)?.['@DefaultValue']), 128, 'HighResolutionIconUrl');

  // Hosts: runtime, launch events, the task-pane button.
  const host = ((v11.Hosts as Node | undefined)?.Host ?? {}) as Node;
  const runtimes = list((host.Runtimes as Node | undefined)?.Runtime);
  const desktop = (host.DesktopFormFactor ?? {}) as Node;
  const points = list(desktop.ExtensionPoint);
  const launch = points.find((p) => p['@xsi:type'] === 'LaunchEvent');
  const compose = points.find((p) => p['@xsi:type'] === 'MessageComposeCommandSurface');
  if (!launch) errors.push('DesktopFormFactor: a LaunchEvent extension point is required');
  if (!compose) errors.push('DesktopFormFactor: a MessageComposeCommandSurface extension point is required');
  if (launch) {
    const source = String((launch.SourceLocation as Node | undefined)?.['@resid']);
    const runtime = runtimes.find((r) => r['@resid'] === source);
    if (!runtime) errors.push(`LaunchEvent: SourceLocation resid "${source}" must equal a Runtime's resid`);
    const override = runtime?.Override as Node | undefined;
    if (!override || override['@type'] !== 'javascript') errors.push('Runtime: an <Override type="javascript"> is required for classic Outlook on Windows');
    else if (!/\.js$/.test(ids.get(String(override['@resid'])) ?? '')) errors.push('Runtime: the javascript Override must point at a .js file');
    const events = list((launch.LaunchEvents as Node | undefined)?.LaunchEvent);
    const byType = new Map(events.map((e) => [String(e['@Type']), e]));
    for (const type of ['OnMessageSend', 'OnMessageRecipientsChanged', 'OnMessageFromChanged']) {
      if (!byType.has(type)) errors.push(`LaunchEvents: ${type} is missing`);
    }
    for (const event of events) {
      const name = String(event['@FunctionName']);
      if (!facts.associatedHandlers.includes(name)) errors.push(`LaunchEvent ${String(event['@Type'])}: FunctionName "${name}" is not associated in the on-send bundle (Office.actions.associate)`);
    }
    const sendMode = byType.get('OnMessageSend')?.['@SendMode'];
    if (!['PromptUser', 'SoftBlock', 'Block'].includes(String(sendMode))) errors.push(`OnMessageSend: SendMode "${String(sendMode)}" must be PromptUser, SoftBlock or Block`);
  }
  if (compose) {
    const controls = list((compose.OfficeTab as Node | undefined)?.Group).flatMap((g) => list(g.Control));
    const button = controls.find((c) => c['@id'] === facts.taskpaneCommandId);
    if (!button) errors.push(`MessageComposeCommandSurface: no Control id "${facts.taskpaneCommandId}" (Smart Alerts' Review button opens it)`);
    else if ((button.Action as Node | undefined)?.['@xsi:type'] !== 'ShowTaskpane') errors.push(`Control ${facts.taskpaneCommandId}: the action must be ShowTaskpane`);
    for (const image of list(((button?.Icon as Node | undefined)?.['bt:Image']))) {
      checkImage(ids.get(String(image['@resid'])) ?? '', Number(image['@size']), `Control icon ${String(image['@resid'])}`);
    }
  }
  return errors;
}

/** Locales the add-in speaks besides its default English (issue 12: Welsh councils). */
export const MANIFEST_LOCALES = ['cy-GB'];

/**
 * What Outlook shows (name, description, button labels and tooltips) has an <Override> for every
 * locale, within Outlook's limits: 125 characters for names and labels, 250 for the rest.
 */
function localeProblems(app: Node, resources: Node | undefined): string[] {
  const problems: string[] = [];
  const texts: Array<{ path: string; node: Node | undefined; max: number; tag: string }> = [
    { path: 'DisplayName', node: app.DisplayName as Node | undefined, max: 125, tag: 'Override' },
    { path: 'Description', node: app.Description as Node | undefined, max: 250, tag: 'Override' },
    ...list((resources?.['bt:ShortStrings'] as Node | undefined)?.['bt:String']).map((node) => ({ path: `bt:String "${String(node['@id'])}"`, node, max: 125, tag: 'bt:Override' })),
    ...list((resources?.['bt:LongStrings'] as Node | undefined)?.['bt:String']).map((node) => ({ path: `bt:String "${String(node['@id'])}"`, node, max: 250, tag: 'bt:Override' })),
  ];
  for (const { path, node, max, tag } of texts) {
    const overrides = list(node?.[tag] as Node | Node[] | undefined);
    for (const locale of MANIFEST_LOCALES) {
      const value = overrides.find((o) => o['@Locale'] === locale)?.['@Value'];
      if (typeof value !== 'string' || value.trim() === '') problems.push(`${path}: no <${tag} Locale="${locale}" Value="…"/> (what Outlook shows in that language)`);
      else if (value.length > max) problems.push(`${path}: the ${locale} text is longer than ${max} characters`);
    }
  }
  return problems;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || bytes[0] !== 0x89 || bytes[1] !== 0x50) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * What the built extension uses, read from the built files, and whether MDN's browser-compat-data
 * says each browser the manifests claim supports it from the version they state.
 *
 * The scripts are minified, so `browser.tabs.create` reads `c.default.tabs.create`: the scan
 * therefore recognises an API by its shape — a property chain through a WebExtension namespace
 * to a member the compat data knows — not by the receiver's name. It follows the two indirections
 * the code has: a namespace kept in a variable (`const action = browser.action ?? …`) and the
 * storage wrapper's computed area (`browser.storage[area]`, resolved from the `area:key` strings
 * in the build).
 *
 * webextension-polyfill's own internals add nothing to check: its table of every API's argument
 * counts is an object literal (keys, not property accesses), and its Proxy reads `target[name]`
 * only for what the project's code asks for, which is scanned where the code asks. What it reads
 * itself by name (`runtime.lastError`, `runtime.id`) is checked like any other use. Not followed:
 * a namespace passed whole to a function, or read with a computed name other than the storage
 * area; the built code has neither (the scan's own test pins what it must see).
 */
import bcdData from "@mdn/browser-compat-data";
import type { CompatStatement, Identifier, SimpleSupportStatement } from "@mdn/browser-compat-data/types";
import { parseAst } from "vite";

/** The compat data, as a tree of identifiers (typed loosely enough to walk by path). */
const BCD = bcdData as unknown as { [area: string]: Identifier };
const API = BCD.webextensions?.api as Identifier;
const NAMESPACES = new Set(Object.keys(API).filter((key) => key !== "__compat"));

export type Browser = "chrome" | "edge" | "firefox" | "firefox_android";

/** One build and the browsers that install it, each from the version its manifest states. */
export interface Target {
	build: "chrome-mv3" | "firefox-mv2";
	manifestVersion: 2 | 3;
	browsers: Partial<Record<Browser, number>>;
	/** Top-level manifest keys, for APIs that exist only where the manifest declares them. */
	manifestKeys: ReadonlySet<string>;
}

/** A feature the build uses: a compat-data path such as `webextensions.api.tabs.create.index`. */
export interface Use {
	feature: string;
	file: string;
	/** A short excerpt of the built code, for the failure message. */
	excerpt: string;
}

export interface Problem {
	feature: string;
	browser: Browser;
	version: number;
	why: string;
	files: string[];
}

interface Node {
	type: string;
	start: number;
	end: number;
	[key: string]: unknown;
}

function children(node: Node): Node[] {
	const found: Node[] = [];
	for (const [key, value] of Object.entries(node)) {
		if (key === "parent") continue;
		for (const child of Array.isArray(value) ? value : [value])
			if (child && typeof child === "object" && typeof (child as Node).type === "string") found.push(child as Node);
	}
	return found;
}

/** Every node of the parsed file with its parent. */
function parse(code: string): { nodes: Node[]; parentOf: Map<Node, Node> } {
	const root = parseAst(code) as unknown as Node;
	const nodes: Node[] = [];
	const parentOf = new Map<Node, Node>();
	const stack = [root];
	while (stack.length > 0) {
		const node = stack.pop() as Node;
		nodes.push(node);
		for (const child of children(node)) {
			parentOf.set(child, node);
			stack.push(child);
		}
	}
	return { nodes, parentOf };
}

/** The property name of a member expression (`a.b` or `a["b"]`), or undefined where it is computed. */
function propertyName(node: Node): string | undefined {
	if (node.type !== "MemberExpression") return undefined;
	const property = node.property as Node;
	if (!node.computed && property.type === "Identifier") return property.name as string;
	return node.computed ? stringValue(property) : undefined;
}

/** A string literal's value; the minifier writes strings as template literals without expressions. */
function stringValue(node: Node | undefined): string | undefined {
	if (node?.type === "Literal" && typeof node.value === "string") return node.value;
	if (node?.type === "TemplateLiteral" && (node.expressions as Node[]).length === 0)
		return ((node.quasis as Node[])[0]?.value as { cooked?: string } | undefined)?.cooked;
	return undefined;
}

function child(identifier: Identifier, key: string): Identifier | undefined {
	return key === "__compat" ? undefined : (identifier[key] as Identifier | undefined);
}

/** The keys an options object names, also inside spreads like `...(tab && { index })`. */
function objectKeys(node: Node | undefined): string[] {
	if (!node) return [];
	switch (node.type) {
		case "ObjectExpression":
			return (node.properties as Node[]).flatMap((property) =>
				property.type === "SpreadElement"
					? objectKeys(property.argument as Node)
					: property.computed
						? []
						: [String((property.key as Node).name ?? (property.key as Node).value)],
			);
		case "LogicalExpression":
			return [...objectKeys(node.left as Node), ...objectKeys(node.right as Node)];
		case "ConditionalExpression":
			return [...objectKeys(node.consequent as Node), ...objectKeys(node.alternate as Node)];
		case "ParenthesizedExpression":
			return objectKeys(node.expression as Node);
		default:
			return [];
	}
}

/** What a listener can return: anything but `undefined` or a boolean counts as a returned promise. */
function returnsValues(fn: Node, parentOf: Map<Node, Node>): boolean {
	if (fn.type !== "ArrowFunctionExpression" && fn.type !== "FunctionExpression") return false;
	if (fn.async) return true;
	const body = fn.body as Node;
	if (body.type !== "BlockStatement") return !isVoid(body);
	const stack = [body];
	while (stack.length > 0) {
		const node = stack.pop() as Node;
		if (node.type === "ReturnStatement" && node.argument && !isVoid(node.argument as Node)) {
			// Only the listener's own returns, not those of functions inside it.
			let owner = parentOf.get(node);
			while (owner && !owner.type.includes("Function")) owner = parentOf.get(owner);
			if (owner === fn) return true;
		}
		stack.push(...children(node));
	}
	return false;
}

function isVoid(node: Node): boolean {
	if (node.type === "Literal") return typeof node.value === "boolean";
	if (node.type === "UnaryExpression") return node.operator === "void" || node.operator === "!";
	return node.type === "Identifier" && node.name === "undefined";
}

/**
 * The WebExtension API uses in one built file. `storageAreas` are the areas the build's
 * `area:key` strings name, which the storage wrapper's `browser.storage[area]` resolves to.
 */
export function extensionApiUses(file: string, code: string, storageAreas: readonly string[]): Use[] {
	const { nodes, parentOf } = parse(code);
	const uses: Use[] = [];
	const excerpt = (node: Node) => code.slice(Math.max(0, node.start - 20), node.end + 40);
	const record = (path: string[], node: Node) =>
		uses.push({ feature: `webextensions.api.${path.join(".")}`, file, excerpt: excerpt(node) });

	/** From `namespace` (already matched at `node`), follow `.member.sub…` and the call's options. */
	function follow(namespace: string, node: Node) {
		let identifier = API[namespace] as Identifier;
		const path = [namespace];
		let current = node;
		for (;;) {
			const parent = parentOf.get(current);
			const name = parent && parent.object === current ? propertyName(parent) : undefined;
			const next = name === undefined ? undefined : child(identifier, name);
			if (!parent || name === undefined) break;
			if (!next) {
				// `runtime.onMessage.addListener(listener)`: a listener that returns a promise.
				const call = parentOf.get(parent);
				if (
					path.join(".") === "runtime.onMessage" &&
					name === "addListener" &&
					call?.type === "CallExpression" &&
					call.callee === parent &&
					returnsValues((call.arguments as Node[])[0] as Node, parentOf)
				)
					record([...path, "return_promise"], call);
				break;
			}
			identifier = next;
			path.push(name);
			current = parent;
		}
		record(path, current);
		const call = parentOf.get(current);
		if (call?.type === "CallExpression" && call.callee === current) {
			for (const key of objectKeys((call.arguments as Node[])[0]))
				if (child(identifier, key)) record([...path, key], call);
		}
	}

	for (const node of nodes) {
		const namespace = propertyName(node);
		if (namespace === undefined || !NAMESPACES.has(namespace)) continue;
		const parent = parentOf.get(node);
		// `list.find(…)`, `obj.privacy = {…}`: ordinary code that shares a namespace's name.
		if (parent?.type === "CallExpression" && parent.callee === node) continue;
		if (parent?.type === "AssignmentExpression" && parent.left === node) continue;
		const member = parent && parent.object === node ? propertyName(parent) : undefined;
		if (member !== undefined) {
			// A namespace's member the compat data knows; anything else (`events.filter`) is not this API.
			if (child(API[namespace] as Identifier, member)) follow(namespace, node);
			continue;
		}
		if (namespace === "storage" && parent?.type === "MemberExpression" && parent.object === node) {
			// `browser.storage[area]`: the wrapper's areas are those the keys name.
			for (const area of storageAreas) record(["storage", area], parent);
			continue;
		}
		// A namespace kept in a variable: `let t = c.default.action ?? c.default.browserAction`.
		let holder = parent;
		while (holder && ["LogicalExpression", "ConditionalExpression", "ParenthesizedExpression"].includes(holder.type))
			holder = parentOf.get(holder);
		const alias =
			holder?.type === "VariableDeclarator" && (holder.id as Node).type === "Identifier"
				? (holder.id as Node).name
				: holder?.type === "AssignmentExpression" && (holder.left as Node).type === "Identifier"
					? (holder.left as Node).name
					: undefined;
		if (alias === undefined) continue;
		record([namespace], node);
		let scope = parentOf.get(holder as Node);
		while (scope && !scope.type.includes("Function") && scope.type !== "Program") scope = parentOf.get(scope);
		for (const use of nodes) {
			if (use.start < (scope as Node).start || use.end > (scope as Node).end) continue;
			if (use.type !== "Identifier" || use.name !== alias) continue;
			const access = parentOf.get(use);
			const name = access?.object === use ? propertyName(access) : undefined;
			if (name !== undefined && child(API[namespace] as Identifier, name)) follow(namespace, use);
		}
	}
	return uses;
}

/**
 * The option keys of every `namespace.member(options)` call made inside a `catch` block: what the
 * code retries with when the first call was refused.
 */
export function callsInCatch(code: string, namespace: string, member: string): string[][] {
	const { nodes, parentOf } = parse(code);
	const found: string[][] = [];
	for (const node of nodes) {
		if (node.type !== "CallExpression") continue;
		const callee = node.callee as Node;
		if (propertyName(callee) !== member || propertyName(callee.object as Node) !== namespace) continue;
		let ancestor = parentOf.get(node);
		while (ancestor && ancestor.type !== "CatchClause" && !ancestor.type.includes("Function"))
			ancestor = parentOf.get(ancestor);
		if (ancestor?.type === "CatchClause") found.push(objectKeys((node.arguments as Node[])[0]));
	}
	return found;
}

/**
 * The storage areas a built file's `@wxt-dev/storage` keys name: the start of every string or
 * template literal written `area:key` (`\`local:${key}\``).
 */
export function storageAreasIn(code: string): string[] {
	const areas = new Set<string>();
	for (const node of parse(code).nodes) {
		const text =
			node.type === "TemplateLiteral"
				? ((node.quasis as Node[])[0]?.value as { cooked?: string } | undefined)?.cooked
				: stringValue(node);
		const area = text?.match(/^(local|session|sync|managed):/)?.[1];
		if (area) areas.add(area);
	}
	return [...areas];
}

/** Interfaces the banner touches on the page; a member name is looked up in each. */
const DOM_INTERFACES = [
	"HTMLElement",
	"Element",
	"Node",
	"ShadowRoot",
	"DocumentFragment",
	"Document",
	"EventTarget",
	"CSSStyleSheet",
	"MutationObserver",
	"Performance",
	"Navigator",
	"KeyboardEvent",
	"Event",
];

/**
 * The web platform the banner's built script uses: every member it reads or calls that one of
 * the DOM interfaces it works with defines, every constructor, every HTML attribute it sets, the
 * options of `attachShadow`, and the CSS in its style sheets (properties, keyword values,
 * selectors, media features).
 */
export function webPlatformUses(file: string, code: string): Use[] {
	const { nodes, parentOf } = parse(code);
	const uses: Use[] = [];
	const api = BCD.api as Identifier;
	const add = (feature: string, node: Node) =>
		uses.push({ feature, file, excerpt: code.slice(Math.max(0, node.start - 20), node.end + 40) });
	for (const node of nodes) {
		const name = propertyName(node);
		if (name !== undefined) {
			for (const iface of DOM_INTERFACES) if (child(api[iface] as Identifier, name)) add(`api.${iface}.${name}`, node);
			const call = parentOf.get(node);
			if (name === "attachShadow" && call?.type === "CallExpression" && call.callee === node)
				for (const key of objectKeys((call.arguments as Node[])[0]))
					if (child(api.Element?.attachShadow as Identifier, `options_${key}_parameter`))
						add(`api.Element.attachShadow.options_${key}_parameter`, call);
			if (name === "setAttribute" && call?.type === "CallExpression" && call.callee === node) {
				const attribute = stringValue((call.arguments as Node[])[0]);
				if (attribute !== undefined && child(BCD.html?.global_attributes as Identifier, attribute))
					add(`html.global_attributes.${attribute}`, call);
			}
		}
		if (node.type === "NewExpression" && (node.callee as Node).type === "Identifier") {
			const name = (node.callee as Node).name as string;
			if (child(child(api, name) ?? {}, name)) add(`api.${name}.${name}`, node);
			else if (child(api, name)) add(`api.${name}`, node);
		}
		// The style sheets are string literals holding minified CSS.
		const text = stringValue(node);
		if (typeof text === "string" && /[{;][a-z-]+:[^;{}]+[;}]/.test(text) && text.includes("{")) {
			for (const feature of cssFeatures(text)) add(feature, node);
		}
	}
	return uses;
}

/** The CSS features a minified style sheet uses, as compat-data paths. */
export function cssFeatures(css: string): string[] {
	const features = new Set<string>();
	const properties = BCD.css?.properties as Identifier;
	for (const [, property, value] of css.matchAll(/(?<=[{;])\s*([a-z-]+)\s*:\s*([^;{}]+)/g) as IterableIterator<
		[string, string, string]
	>) {
		const entry = child(properties, property);
		if (!entry) continue;
		features.add(`css.properties.${property}`);
		for (const word of value.match(/[a-z-]+/g) ?? [])
			if (child(entry, word)) features.add(`css.properties.${property}.${word}`);
	}
	// Pseudo-classes and -elements live in selectors, not in declarations (`float:left` is no `:left`).
	const selectors = BCD.css?.selectors as Identifier;
	const preludes = css.replace(/\{[^{}]*\}/g, "{}");
	for (const [, pseudo] of preludes.matchAll(/::?([a-z-]+)/g) as IterableIterator<[string, string]>)
		if (child(selectors, pseudo)) features.add(`css.selectors.${pseudo}`);
	const media = (BCD.css?.["at-rules"] as Identifier | undefined)?.media as Identifier;
	for (const [, feature] of css.matchAll(/@media[^{]*\(([a-z-]+)/g) as IterableIterator<[string, string]>)
		if (child(media, feature)) features.add(`css.at-rules.media.${feature}`);
	return [...features];
}

/** Manifest keys as compat-data paths: every key the data describes, and the permissions. */
export function manifestUses(manifest: Record<string, unknown>): { uses: Use[]; undocumented: string[] } {
	const uses: Use[] = [];
	const undocumented: string[] = [];
	const manifestData = BCD.webextensions?.manifest as Identifier;
	const visit = (value: unknown, identifier: Identifier, path: string[]) => {
		if (Array.isArray(value)) {
			for (const item of value) visit(item, identifier, path);
			return;
		}
		if (typeof value !== "object" || value === null) return;
		for (const [key, inner] of Object.entries(value)) {
			const next = child(identifier, key);
			if (next) {
				uses.push({ feature: ["webextensions.manifest", ...path, key].join("."), file: "manifest.json", excerpt: key });
				visit(inner, next, [...path, key]);
			} else if (path.length === 0) undocumented.push(key);
		}
	};
	visit(manifest, manifestData, []);
	for (const permission of (manifest.permissions as string[] | undefined) ?? []) {
		if (child(child(manifestData, "permissions") as Identifier, permission))
			uses.push({
				feature: `webextensions.manifest.permissions.${permission}`,
				file: "manifest.json",
				excerpt: permission,
			});
		else undocumented.push(`permissions.${permission}`);
	}
	return { uses, undocumented };
}

export function compatAt(feature: string): CompatStatement | undefined {
	let node: Identifier | undefined = BCD as unknown as Identifier;
	for (const key of feature.split(".")) node = node ? child(node, key) : undefined;
	return node?.__compat;
}

/** A version as a number (`"≤79"` is taken as 79, the latest it may have arrived). */
function versionNumber(version: string): number {
	return Number.parseFloat(version.replace("≤", ""));
}

/**
 * Why `browser` at `version` (and every later one) lacks the feature, or undefined where it has
 * it. A flag, a prefix, another name, a removal or a partial implementation counts as missing;
 * so does a note that limits it to the other manifest version, or an API whose manifest key the
 * build does not declare (`action` in an MV2 build).
 */
export function missingWhy(feature: string, browser: Browser, version: number, target: Target): string | undefined {
	const compat = compatAt(feature);
	if (!compat) return "not in the compat data";
	const ownKey = { "webextensions.api.action": "action", "webextensions.api.browserAction": "browser_action" }[
		feature.split(".").slice(0, 3).join(".")
	];
	if (ownKey && !target.manifestKeys.has(ownKey)) return `only where the manifest declares "${ownKey}"`;
	const support = compat.support[browser];
	const statements = (Array.isArray(support) ? support : [support]).filter(
		(statement): statement is SimpleSupportStatement => statement !== undefined,
	);
	let why = statements.length === 0 ? "no data" : "";
	for (const statement of statements) {
		if (statement.flags || statement.prefix || statement.alternative_name) continue;
		const added = statement.version_added;
		if (typeof added !== "string" || added === "preview") {
			why ||= added === false ? "not supported" : "support unknown";
			continue;
		}
		if (versionNumber(added) > version) {
			why = `from ${added}`;
			continue;
		}
		if (statement.version_removed) {
			why = `removed in ${statement.version_removed}`;
			continue;
		}
		const notes = [statement.notes ?? []].flat().join(" ");
		if (target.manifestVersion === 3 && /Manifest V2 only/.test(notes)) {
			why = "Manifest V2 only";
			continue;
		}
		if (target.manifestVersion === 2 && /Manifest V3 or later/.test(notes)) {
			why = "Manifest V3 or later";
			continue;
		}
		if (statement.partial_implementation) {
			why = `partial: ${notes || "see the compat data"}`;
			continue;
		}
		return undefined;
	}
	return why || "not supported";
}

/** Every (feature, browser) the target lacks, grouped over the files that use it. */
export function problems(uses: readonly Use[], target: Target): Problem[] {
	const found = new Map<string, Problem>();
	for (const use of uses) {
		for (const [browser, version] of Object.entries(target.browsers) as [Browser, number][]) {
			const why = missingWhy(use.feature, browser, version, target);
			if (why === undefined) continue;
			const key = `${use.feature} ${browser}`;
			const problem = found.get(key) ?? { feature: use.feature, browser, version, why, files: [] };
			if (!problem.files.includes(use.file)) problem.files.push(use.file);
			found.set(key, problem);
		}
	}
	return [...found.values()];
}

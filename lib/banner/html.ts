/**
 * HTML written as text, for the banner: its closed markup is written at build time and its
 * details by the background, so a vendor's page parses one string instead of running code that
 * builds each node. Every text and attribute value goes through `escapeHtml`.
 */
const ESCAPES: Readonly<Record<string, string>> = {
	"&": "&amp;",
	"<": "&lt;",
	">": "&gt;",
	'"': "&quot;",
	"'": "&#39;",
};

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => ESCAPES[character] as string);
}

/** Markup that is already safe: what `html` returns, so it is never escaped twice. */
export interface Markup {
	readonly html: string;
}

export type Child = Markup | string | false | null | undefined;

const VOID_OR_RAW = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|script|style|template)$/;
const NAME = /^[a-z][a-z0-9-]*$/;

/**
 * One element: the tag and attribute names are checked, values and texts escaped. An attribute
 * whose value is `true` is written bare (`hidden`); `false` leaves it out.
 * @example html("p", { class: "from" }, "A & B").html // '<p class="from">A &amp; B</p>'
 */
export function html(
	tag: string,
	attributes: Readonly<Record<string, string | boolean>> = {},
	...children: Child[]
): Markup {
	if (!NAME.test(tag) || VOID_OR_RAW.test(tag)) throw new Error(`html: no <${tag}> here`);
	let open = `<${tag}`;
	for (const [name, value] of Object.entries(attributes)) {
		if (!NAME.test(name) || /^on/.test(name)) throw new Error(`html: no attribute ${name}`);
		if (value === false) continue;
		open += value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
	}
	return { html: `${open}>${fragment(...children).html}</${tag}>` };
}

/** Children side by side, without an element around them. */
export function fragment(...children: Child[]): Markup {
	return {
		html: children.map((child) => (typeof child === "string" ? escapeHtml(child) : child ? child.html : "")).join(""),
	};
}

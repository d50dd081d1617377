// @vitest-environment happy-dom
import { render } from "preact";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { CheckerApp } from "./CheckerApp";
import { CheckerPageExtras } from "./CheckerPageExtras";
import { firstScreens } from "./first-screen";

/** Set by the app's layout effect from what the page measures, whatever the markup says. */
const MEASURED = ["data-fits"];

/**
 * An element tree as a person and the app meet it: names, attributes, text (adjacent texts as
 * one, as HTML parses them; the app splits them as it takes over, with the same words), and the
 * live state of the controls (checked, selected, value, open), from an attribute or a property.
 */
function describeTree(node: Node): string {
	if (!(node instanceof Element)) return "";
	const attributes = [...node.attributes]
		.filter((attribute) => ![...MEASURED, "checked", "selected", "open", "value"].includes(attribute.name))
		.map((attribute) => `${attribute.name}=${JSON.stringify(attribute.value)}`)
		.sort();
	const state: string[] = [];
	if (node instanceof HTMLInputElement) state.push(`checked:${node.checked}`, `value:${node.value}`);
	if (node instanceof HTMLSelectElement) state.push(`value:${node.value}`);
	if (node instanceof HTMLDetailsElement) state.push(`open:${node.open}`);
	const children: string[] = [];
	let text = "";
	for (const child of node.childNodes) {
		if (child.nodeType === Node.TEXT_NODE) {
			text += child.textContent;
			continue;
		}
		if (text) children.push(JSON.stringify(text));
		text = "";
		children.push(describeTree(child));
	}
	if (text) children.push(JSON.stringify(text));
	return `<${node.localName} ${[...attributes, ...state].join(" ")}>${children.join("")}</${node.localName}>`;
}

let container: HTMLElement;
beforeEach(() => {
	fakeBrowser.reset();
	localStorage.clear();
	container = document.createElement("div");
	document.body.append(container);
});
afterEach(() => {
	render(null, container);
	container.remove();
});

describe("the first screen written at build time", () => {
	for (const variant of ["popup", "page"] as const)
		for (const locale of ["ja", "en"] as const)
			test(`is what the app first renders: ${variant}, ${locale}`, () => {
				Object.defineProperty(navigator, "languages", { value: [locale], configurable: true });
				const written = document.createElement("div");
				written.innerHTML = firstScreens[variant][locale].markup;
				render(
					<CheckerApp
						variant={variant}
						Extras={variant === "page" ? CheckerPageExtras : undefined}
						stored={{ remembered: undefined, session: undefined }}
					/>,
					container,
				);
				expect(describeTree(written)).toBe(describeTree(container).replace(/^<div [^>]*>/, "<div >"));
				expect(document.documentElement.lang).toBe(locale);
				expect(document.title).toBe(firstScreens[variant][locale].title);
			});
});

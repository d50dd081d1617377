import { describe, expect, test } from "vitest";
import { escapeHtml, fragment, html } from "./html";

describe("escapeHtml", () => {
	test.each([
		["A & B", "A &amp; B"],
		["<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"],
		[`"quoted" and 'single'`, "&quot;quoted&quot; and &#39;single&#39;"],
		["テレコムスクエア(Wi-Ho!)", "テレコムスクエア(Wi-Ho!)"],
		["&amp;", "&amp;amp;"],
	])("%s", (text, escaped) => {
		expect(escapeHtml(text)).toBe(escaped);
	});
});

describe("html", () => {
	test("texts and attribute values are escaped; true is bare, false is left out", () => {
		expect(html("p", { class: 'a"b', hidden: true, "aria-busy": false }, "<b>", html("span", {}, "x")).html).toBe(
			'<p class="a&quot;b" hidden>&lt;b&gt;<span>x</span></p>',
		);
	});

	test("markup is never escaped twice; empty children write nothing", () => {
		const inner = html("em", {}, "&");
		expect(fragment(inner, false, null, undefined, "!").html).toBe("<em>&amp;</em>!");
	});

	test.each(["script", "style", "img", "x y", "P"])("refuses the tag %s", (tag) => {
		expect(() => html(tag)).toThrow(/no </);
	});

	test.each(["onclick", "on-load", "a b", "A"])("refuses the attribute %s", (name) => {
		expect(() => html("p", { [name]: "x" })).toThrow(/no attribute/);
	});
});

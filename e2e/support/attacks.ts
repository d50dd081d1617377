/**
 * Vendor pages that fight the banner (issue "a warning the vendor cannot silence"), served by the
 * fixture server at `/attack/<name>`. Each is the ordinary shop page with the attack's style or
 * script added; scripts that need the banner wait for it with `onBanner`, as a page would.
 */
export interface Attack {
	head?: string;
	body?: string;
}

/** A page's way to wait for the banner's host: it can find the element, never what is inside. */
const ON_BANNER = `<script>window.onBanner=(f)=>{const g=()=>{const h=document.querySelector('[data-wifi-breach-banner]');if(h&&h.isConnected&&h.matches(':popover-open')){f(h);return true}};if(!g()){const o=new MutationObserver(()=>{if(g())o.disconnect()});o.observe(document,{childList:true,subtree:true})}}</script>`;

const style = (css: string) => `<style>${css}</style>`;
const onHost = (declarations: string) =>
	style(`wifi-breach-banner,[data-wifi-breach-banner]{${declarations.replace(/;/g, " !important;")} !important}`);
const script = (code: string) => `<script>${code}</script>`;
const later = (code: string, ms = 200) => script(`onBanner(h=>setTimeout(()=>{${code}},${ms}))`);

const BLANK_SVG =
	"data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A//www.w3.org/2000/svg%22%20width%3D%221%22%20height%3D%221%22/%3E";
/**
 * Clicks a page script sends over every point of the banner, where its buttons must be, and to
 * every button it can reach in the root (none, the root being closed; an open one gave it all).
 */
const SYNTHETIC_CLICKS = `const press=()=>{for(const b of h.shadowRoot?h.shadowRoot.querySelectorAll('button'):[])b.click()};press();setTimeout(press,300);const r=h.getBoundingClientRect();for(let y=r.top+4;y<r.bottom;y+=12)for(let x=r.left+4;x<r.right;x+=24){const o={bubbles:true,composed:true,cancelable:true,clientX:x,clientY:y,detail:1,view:window};for(const t of[h,document.elementFromPoint(x,y)])if(t){t.dispatchEvent(new PointerEvent('pointerdown',o));t.dispatchEvent(new MouseEvent('mousedown',o));t.dispatchEvent(new PointerEvent('pointerup',o));t.dispatchEvent(new MouseEvent('mouseup',o));t.dispatchEvent(new MouseEvent('click',o))}}h.click();`;

/** The host's own CSS, with `!important` (the page can select the host, nothing inside it). */
export const CSS_ATTACKS: Record<string, Attack> = {
	"clip-path": { head: onHost("clip-path: inset(50%)") },
	translate: { head: onHost("translate: 0 200vh") },
	scale: { head: onHost("scale: 0") },
	rotate: { head: onHost("rotate: 180deg") },
	zoom: { head: onHost("zoom: 0.05") },
	"max-width": { head: onHost("max-width: 0; overflow: hidden") },
	contain: { head: onHost("contain: strict") },
	"content-visibility": { head: onHost("content-visibility: hidden") },
	"writing-mode": { head: onHost("writing-mode: vertical-rl") },
	"filter-opacity": { head: onHost("filter: opacity(0)") },
	mask: { head: onHost("mask: linear-gradient(transparent, transparent)") },
	"mix-blend-mode": { head: onHost("mix-blend-mode: difference") },
	animation: {
		head:
			style("@keyframes wifi-away{to{opacity:0;transform:translateY(100vh)}}") +
			onHost("animation: wifi-away 1ms forwards"),
	},
	"content-image": { head: onHost(`content: url("${BLANK_SVG}")`) },
	// Inherited from <html>: unreadable text in a box that looks fine.
	"text-fill-color": { head: style("html{-webkit-text-fill-color:transparent !important}") },
	"text-security": { head: style("html{-webkit-text-security:disc !important}") },
	"letter-spacing": { head: style("html{letter-spacing:-1em !important}") },
	"text-indent": { head: style("html{text-indent:-9999px !important}") },
	"page-zoom": { head: style("html{zoom:.05 !important}body{zoom:20 !important}") },
	"hidden-until-found": { head: ON_BANNER, body: later("h.setAttribute('hidden','until-found')", 50) },
	"script-animation": {
		head: ON_BANNER,
		body: later("h.animate([{opacity:0,transform:'translateY(100vh)'}],{duration:1e9,fill:'forwards'})", 50),
	},
};

/** Where the page puts the host instead of <html>. */
export const MOVE_ATTACKS: Record<string, Attack> = {
	"into-head": { head: ON_BANNER, body: later("document.head.append(h)") },
	"into-hidden-element": {
		head: ON_BANNER,
		body: later("const d=document.createElement('div');d.hidden=true;document.body.append(d);d.append(h)"),
	},
	"into-closed-root": {
		head: ON_BANNER,
		body: later(
			"const d=document.createElement('div');document.body.append(d);d.attachShadow({mode:'closed'}).append(h)",
		),
	},
};

/** Clicks swallowed or stolen: the banner must still answer a person's click. */
export const CLICK_ATTACKS: Record<string, Attack> = {
	// The banner's popover closed, and a transparent full-screen link after it, over everything.
	"closed-popover-and-link": {
		head: ON_BANNER,
		body: later(
			"h.hidePopover();const a=document.createElement('a');a.href='/stolen';a.style.cssText='position:fixed;inset:0;z-index:2147483647;opacity:0;display:block';document.documentElement.append(a)",
		),
	},
	// The page's own transparent popover, opened over the banner in the top layer.
	"page-popover-over-banner": {
		head: ON_BANNER,
		body: later(
			"const p=document.createElement('a');p.href='/stolen';p.popover='manual';p.style.cssText='position:fixed;inset:0;width:100vw;height:100vh;margin:0;padding:0;border:0;opacity:0;display:block';document.body.append(p);p.showPopover()",
		),
	},
	inert: { head: ON_BANNER, body: later("h.inert=true") },
	// Registered in <head>, before the shop's own scripts, but after the content script.
	"window-capture-stopper": {
		head: script(
			"for(const t of['click','mousedown','mouseup','pointerdown','pointerup','keydown'])addEventListener(t,e=>{e.stopImmediatePropagation();e.preventDefault()},true)",
		),
	},
	// Rewrites the document: every event listener on the window and its nodes is erased.
	"document-open": {
		head: ON_BANNER,
		body: later(
			`document.open();document.write('<!doctype html><html lang="ja"><head><title>rewritten</title></head><body><h1>rewritten</h1></body></html>');document.close()`,
			300,
		),
	},
};

/** Pages that keep at it: the banner may stop fighting, and the toolbar must then warn. */
export const RELENTLESS_ATTACKS: Record<string, Attack> = {
	"keeps-moving": {
		head: script(
			"new MutationObserver(()=>{const h=document.querySelector('[data-wifi-breach-banner]');if(h&&h.parentNode===document.documentElement)document.head.append(h)}).observe(document.documentElement,{childList:true})",
		),
	},
	"keeps-a-popover-over-it": {
		head: ON_BANNER,
		body: later(
			"const p=document.createElement('a');p.href='/stolen';p.popover='manual';p.style.cssText='position:fixed;inset:0;width:100vw;height:100vh;margin:0;padding:0;border:0;opacity:0;display:block';document.body.append(p);p.showPopover();addEventListener('toggle',e=>{if(e.target!==p){p.hidePopover();p.showPopover()}},true)",
		),
	},
	// document.open(), and the new document stops clicks before the banner can listen again.
	"document-open-with-stopper": {
		head: ON_BANNER,
		body: later(
			`document.open();document.write('<!doctype html><html lang="ja"><head><title>rewritten</title><script>addEventListener("click",e=>{e.stopImmediatePropagation()},true)<\\/script></head><body><h1>rewritten</h1></body></html>');document.close()`,
			300,
		),
	},
	// Firefox draws a filter on <html> over the top layer too.
	"page-filter": { head: style("html{filter:opacity(0) !important}") },
};

/** Page scripts that try to act for the person. */
export const SCRIPT_ATTACKS: Record<string, Attack> = {
	// Five rounds of clicks over every point of the banner: "check" must open no tab.
	"tab-spam": { head: ON_BANNER, body: later(`for(let i=0;i<5;i++){${SYNTHETIC_CLICKS}}`, 300) },
	// Clicks everywhere, Enter and Escape at the host: nothing may be stored or opened.
	"untrusted-input": {
		head: ON_BANNER,
		body: later(
			`${SYNTHETIC_CLICKS}for(const key of['Enter',' ','Escape'])for(const type of['keydown','keypress','keyup'])h.dispatchEvent(new KeyboardEvent(type,{key,bubbles:true,composed:true}));window.__done=true`,
			300,
		),
	},
	// What a page can try on a closed root; it records what it got.
	"closed-root": {
		head: ON_BANNER,
		body: later(
			`const r=h.getBoundingClientRect(),x=r.left+r.width/2,y=r.top+r.height/2,got={};got.shadowRoot=h.shadowRoot;try{h.attachShadow({mode:'open'});got.attach='attached'}catch(e){got.attach=e.name}got.html=h.getHTML?h.getHTML({serializableShadowRoots:true}):'';const c=document.caretPositionFromPoint?document.caretPositionFromPoint(x,y):null;got.caret=c&&c.offsetNode?(c.offsetNode.getRootNode()===document?'page':'inside'):'none';h.innerHTML='<p class="headline">このサイトは対象外です</p>';addEventListener('click',e=>{got.clickPath=e.composedPath().length},true);window.__probe=got`,
			100,
		),
	},
};

export const ATTACKS: Record<string, Attack> = {
	...CSS_ATTACKS,
	...MOVE_ATTACKS,
	...CLICK_ATTACKS,
	...RELENTLESS_ATTACKS,
	...SCRIPT_ATTACKS,
};

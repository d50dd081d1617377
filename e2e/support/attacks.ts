/**
 * Vendor pages that fight the banner (issue "a warning the vendor cannot silence"), served by the
 * fixture server at `/attack/<name>`. Each is the ordinary shop page with the attack's style or
 * script added; scripts that need the banner wait for it with `onBanner`, as a page would.
 */
export interface Attack {
	head?: string;
	body?: string;
	/** The page's viewport meta (`content`); `""` leaves it out, as a desktop-only shop does. */
	viewport?: string;
	/** The whole document instead of the shop page, served as `type`. */
	document?: { type: string; body: string };
	/** Served without `no-store`, so the browser may keep it in its back/forward cache. */
	cacheable?: boolean;
}

/** A page's way to wait for the banner's host: it can find the element, never what is inside. */
const ON_BANNER = `<script>window.onBanner=(f)=>{const g=()=>{const h=document.querySelector('[data-wifi-breach-banner]');if(h&&h.isConnected&&h.matches(':popover-open')){f(h);return true}};if(!g()){const o=new MutationObserver(()=>{if(g())o.disconnect()});o.observe(document,{childList:true,subtree:true})}}</script>`;

const style = (css: string) => `<style>${css}</style>`;
const onHost = (declarations: string) =>
	style(`wifi-breach-banner,[data-wifi-breach-banner]{${declarations.replace(/;/g, " !important;")} !important}`);
const script = (code: string) => `<script>${code}</script>`;
const later = (code: string, ms = 200) => script(`onBanner(h=>setTimeout(()=>{${code}},${ms}))`);

/** What a page's own look-alike says. */
export const NOT_AFFECTED = "このサイトは2013年の流出の対象外です。";

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

/**
 * Round two (issue "the vendor's page, round two"): what a person sees, not what hit testing
 * finds. Covers the page paints over the banner while clicks pass through them
 * (`pointer-events: none`), or with holes where the guard looks.
 */
export const COVER_ATTACKS: Record<string, Attack> = {
	// An opaque look-alike saying the opposite, over the whole banner.
	"look-alike-popover": {
		head: ON_BANNER,
		body: later(
			`const p=document.createElement('div');p.popover='manual';p.style.cssText='position:fixed;inset:auto 0 0 0;height:'+Math.ceil(h.getBoundingClientRect().height)+'px;margin:0;border:0;padding:12px;box-sizing:border-box;background:#e8f5e9;color:#1b5e20;font:16px sans-serif;pointer-events:none';p.textContent='${NOT_AFFECTED}';document.body.append(p);p.showPopover()`,
		),
	},
	// The same look-alike, inside a closed shadow root of the page's: its toggle event never
	// leaves that root, so only occlusion tracking (Chromium) can tell it is there.
	"look-alike-in-closed-root": {
		head: ON_BANNER,
		body: later(
			`const d=document.createElement('div');document.body.append(d);const p=document.createElement('div');d.attachShadow({mode:'closed'}).append(p);p.popover='manual';p.style.cssText='position:fixed;inset:auto 0 0 0;height:'+Math.ceil(h.getBoundingClientRect().height)+'px;margin:0;border:0;padding:12px;box-sizing:border-box;background:#e8f5e9;color:#1b5e20;font:16px sans-serif;pointer-events:none';p.textContent='${NOT_AFFECTED}';p.showPopover()`,
		),
	},
	// The same, painted by a popover's ::backdrop; the popover itself is a pixel off screen.
	backdrop: {
		head:
			ON_BANNER +
			style(
				".bd{position:fixed;top:-2px;left:-2px;width:1px;height:1px;margin:0;padding:0;border:0;pointer-events:none}.bd::backdrop{background:#fff;pointer-events:none}",
			),
		body: later(
			"const p=document.createElement('div');p.className='bd';p.popover='manual';document.body.append(p);p.showPopover()",
		),
	},
	// A transparent link over everything, with 2×2 px holes where the guard asks the page what is
	// on top (the middles of the parts it checks, which the page knows from the banner's layout:
	// the test passes them as ?holes=x,y;x,y…).
	"pinhole-link": {
		head: ON_BANNER,
		body: later(
			"const w=innerWidth,v=innerHeight;let d='M0 0H'+w+'V'+v+'H0Z';for(const [x,y] of new URLSearchParams(location.search).get('holes').split(';').map(p=>p.split(',').map(Number)))d+=' M'+(x-1)+' '+(y-1)+'h2v2h-2z';const a=document.createElement('a');a.href='/stolen';a.popover='manual';a.style.cssText='position:fixed;inset:0;width:100vw;height:100vh;margin:0;padding:0;border:0;opacity:0;display:block;clip-path:path(evenodd,\\''+d+'\\')';document.body.append(a);a.showPopover()",
		),
	},
};

/**
 * Clickjacking: a look-alike cookie notice that clicks pass through, over "Details" (?at=x,y,w,h);
 * once the page sees the host grow, over "Hide for this company" (?then=…). It climbs back on top
 * whenever the banner's popover opens again.
 */
export const CLICKJACK: Attack = {
	head: ON_BANNER,
	body: later(
		"const q=new URLSearchParams(location.search),at=(k)=>{const [x,y,w,hh]=q.get(k).split(',').map(Number);p.style.left=x+'px';p.style.top=y+'px';p.style.width=w+'px';p.style.height=hh+'px'};const p=document.createElement('div');p.popover='manual';p.style.cssText='position:fixed;margin:0;padding:0;border:0;box-sizing:border-box;background:#0b57d0;color:#fff;font:14px sans-serif;display:flex;align-items:center;justify-content:center;pointer-events:none';p.textContent='続ける';at('at');document.body.append(p);p.showPopover();let first=0;new ResizeObserver(()=>{const r=h.getBoundingClientRect().height;if(!first)first=r;else if(r>first+40){p.textContent='すべてのCookieを許可';at('then')}}).observe(h);addEventListener('toggle',(e)=>{if(e.target===h&&e.newState==='open'){p.hidePopover();p.showPopover()}},true)",
	),
};

const SHOP_IN_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%"><foreignObject width="100%" height="100%"><html xmlns="http://www.w3.org/1999/xhtml"><body><h1>Rent a router</h1><p>A shop drawn as SVG.</p></body></html></foreignObject></svg>`;
const SHOP_AS_XHTML = `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" lang="ja"><head><title>shop</title></head><body><h1>Rent a router</h1><p>A shop served as XML.</p></body></html>`;
const SHOP_MARKUP =
	"<!doctype html><html lang=\\'ja\\'><head><meta charset=\\'utf-8\\'><title>checkout</title></head><body><h1>Checkout</h1></body></html>";

/** Documents the shop can become, where no content script used to run or no shadow root could be made. */
export const DOCUMENT_ATTACKS: Record<string, Attack> = {
	// The page moves itself into a blob: URL of its own origin (an empty location.hostname).
	"blob-document": {
		head: script(`location.replace(URL.createObjectURL(new Blob(['${SHOP_MARKUP}'],{type:'text/html'})))`),
	},
	// Its checkout opens in an about:blank window that it writes (on a person's click).
	"about-blank-window": {
		body: `<button id="checkout" style="position:fixed;top:80px;left:20px;width:200px;height:60px">お支払いへ</button>${script(
			`document.getElementById('checkout').addEventListener('click',()=>{const w=open();w.document.write('${SHOP_MARKUP}');w.document.close()})`,
		)}`,
	},
	// The shop as SVG, in a foreignObject; createElement there makes elements that hold no shadow root.
	"svg-document": { document: { type: "image/svg+xml", body: SHOP_IN_SVG } },
	// The shop as XHTML served as text/xml: the same, and innerHTML parses as XML.
	"xhtml-document": { document: { type: "text/xml", body: SHOP_AS_XHTML } },
};

/** The rest of round two, one page each. */
export const ROUND_TWO_ATTACKS: Record<string, Attack> = {
	// Defeats the guard (as keeps-moving does), and may be kept in the back/forward cache.
	"bfcache-defeated": { ...RELENTLESS_ATTACKS["keeps-moving"], cacheable: true },
	// Defines the banner's element name after the host is made: the upgrade's constructor takes
	// the host out of the accessibility tree through its ElementInternals, which sets no attribute.
	"custom-element-upgrade": {
		head: ON_BANNER,
		body: later(
			"customElements.define('wifi-breach-banner',class extends HTMLElement{constructor(){super();const i=this.attachInternals();i.ariaHidden='true';i.role='none';window.__upgraded=true}});window.__defined=true",
			50,
		),
	},
	// Shrinks <html> again each time its ResizeObserver sees the host back at full size.
	"zoom-war": {
		head: ON_BANNER,
		body: later(
			"new ResizeObserver(()=>{if(h.getBoundingClientRect().height>30){const s=document.documentElement.style;s.zoom=String((Number.parseFloat(s.zoom)||1)*0.2)}}).observe(h)",
			50,
		),
	},
	// Enter on a focused button is activated at keypress: a capture listener cancels it.
	"enter-swallowed": { head: script("addEventListener('keypress',e=>e.preventDefault(),true)") },
	// Phones: a page wider than the phone, drawn shrunk.
	"wide-viewport": { viewport: "width=3000" },
	"min-scale": {
		viewport: "width=device-width, minimum-scale=0.25, user-scalable=no",
		body: `<div style="width:1440px;height:20px;background:#eee">wide promotion</div>`,
	},
	"no-viewport": { viewport: "" },
	// A banner of the page's own at the top, saying the opposite; the real one is untouched.
	"look-alike-banner": {
		body: `<div style="position:fixed;top:0;left:0;right:0;z-index:10;background:#fff8db;border-bottom:3px solid #8a5a00;padding:6px 12px;font:14px/1.45 sans-serif">拡張機能「Wi-Fiレンタル 流出チェック」より<br>${NOT_AFFECTED}</div>`,
	},
};

export const ATTACKS: Record<string, Attack> = {
	...COVER_ATTACKS,
	clickjack: CLICKJACK,
	...DOCUMENT_ATTACKS,
	...ROUND_TWO_ATTACKS,
	...CSS_ATTACKS,
	...MOVE_ATTACKS,
	...CLICK_ATTACKS,
	...RELENTLESS_ATTACKS,
	...SCRIPT_ATTACKS,
};

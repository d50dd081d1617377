import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { ATTACKS } from "./attacks";

/**
 * The only server the browsers reach. It stands in for the vendor sites (a page that looks like a
 * rental shop, with a form, an image and a script) and, used as the browsers' proxy, it is also
 * the egress trap: every request for a host that is not a fixture is logged and refused.
 */
export interface Egress {
	method: string;
	target: string;
	host: string;
	at: number;
}

export interface FixtureServer {
	port: number;
	/** Requests that tried to leave: non-fixture hosts, CONNECT tunnels. */
	egress: Egress[];
	/** Every fixture request served, for tests that need to see what a page loaded. */
	served: { host: string; path: string; userAgent: string }[];
	close(): Promise<void>;
}

const SHOP_STYLE = `body{font-family:sans-serif;margin:0}header{background:#036;color:#fff;padding:12px}main{padding:16px}
form{display:grid;gap:8px;max-width:320px}footer{padding:16px;color:#555}`;

function shopPage(
	host: string,
	extraHead = "",
	extraBody = "",
	viewport = "width=device-width, initial-scale=1",
): string {
	const meta = viewport === "" ? "" : `<meta name="viewport" content="${viewport}">`;
	return `<!doctype html><html lang="ja"><head><meta charset="utf-8">${meta}<title>${host} — Wi-Fi rental</title>
<link rel="stylesheet" href="/shop.css">${extraHead}</head><body>
<header><img src="/logo.svg" alt="logo" width="32" height="32"> <strong>${host}</strong> 海外Wi-Fiレンタル</header>
<main><h1>Rent a router</h1>
<form id="order" action="/order" method="get"><label>Destination <select name="dest"><option>KR</option><option>US</option></select></label>
<label>Pick-up <input type="date" name="from"></label><label>Return <input type="date" name="to"></label>
<button type="submit">Order</button></form>
<p><a href="/spa" id="spa-link">More plans</a></p></main>
<footer>fixture page for tests</footer>${extraBody}<script src="/app.js"></script></body></html>`;
}

const HOSTILE_HEAD = `<style>*{all:unset !important} html{font-size:5px !important}
.overlay{display:block !important;position:fixed !important;inset:0 !important;z-index:2147483647 !important;background:rgba(0,0,0,.7) !important}
wifi-breach-banner,[data-wifi-breach-banner],html>div{display:none !important;opacity:0 !important}</style>`;

const PAGES: Record<string, (host: string) => { body: string; headers?: Record<string, string> }> = {
	"/": (host) => ({ body: shopPage(host) }),
	"/hostile": (host) => ({ body: shopPage(host, HOSTILE_HEAD, `<div class="overlay"></div>`) }),
	"/csp": (host) => ({
		body: shopPage(host),
		headers: { "content-security-policy": "default-src 'none'; img-src 'self'; style-src 'self'" },
	}),
	"/replace-body": (host) => ({
		body: shopPage(
			host,
			"",
			`<script>setTimeout(()=>{const b=document.createElement('body');b.innerHTML='<h1>replaced</h1>';document.documentElement.replaceChild(b,document.body);document.title='replaced'},400)</script>`,
		),
	}),
	"/rewrite-html": (host) => ({
		body: shopPage(
			host,
			"",
			`<script>setTimeout(()=>{document.documentElement.innerHTML='<head><title>rewritten</title></head><body><h1>rewritten</h1></body>'},400)</script>`,
		),
	}),
	// Some frameworks remove every node they did not create: this page removes any element added to
	// <html> but its <body> (from its first script on), and anything added to <body> after it
	// loaded, and counts it.
	"/cleaner": (host) => ({
		body: shopPage(
			host,
			`<script>window.__removed=0;const clean=(records)=>{for(const r of records)for(const n of r.addedNodes)if(n.nodeType===1&&n!==document.body&&(r.target===document.documentElement||document.readyState!=='loading')){n.remove();window.__removed++}};for(const n of [...document.documentElement.children])if(n!==document.head){n.remove();window.__removed++}new MutationObserver(clean).observe(document.documentElement,{childList:true,subtree:true})</script>`,
			"",
		),
	}),
	// A script at the end of <body> that never answers: the page looks complete, but never reaches
	// DOMContentLoaded, so never `document_idle`.
	"/never-idle": (host) => ({ body: shopPage(host, "", `<script src="${NEVER}"></script>`) }),
	// A page that defines the banner's element name first; its constructor claims the shadow root.
	"/squatter": (host) => ({
		body: shopPage(
			host,
			`<script>customElements.define('wifi-breach-banner',class extends HTMLElement{constructor(){super();this.attachShadow({mode:'closed'})}})</script>`,
			"",
		),
	}),
	"/spa": (host) => ({
		body: shopPage(
			host,
			"",
			`<script>for(let i=1;i<=3;i++)setTimeout(()=>{history.pushState({i},'', '/spa/step-'+i);document.querySelector('h1').textContent='step '+i;document.title='step '+i},150*i)</script>`,
		),
	}),
};

/** The script the never-idle page waits for; the server holds it open until it closes. */
const NEVER = "/never.js";

const ASSETS: Record<string, { type: string; body: string }> = {
	"/shop.css": { type: "text/css", body: SHOP_STYLE },
	"/app.js": { type: "text/javascript", body: "window.__shopReady = true;" },
	"/logo.svg": {
		type: "image/svg+xml",
		body: `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><circle cx="16" cy="16" r="14" fill="#fc0"/></svg>`,
	},
};

/** A fixed response the benchmark adds (its realistic vendor-like page), sent after a delay. */
export interface ExtraRoute {
	type: string;
	body: string | Buffer;
	delayMs?: number;
}

export async function startFixtureServer(
	fixtureHosts: readonly string[],
	port = 0,
	extraRoutes: Readonly<Record<string, ExtraRoute>> = {},
): Promise<FixtureServer> {
	const hosts = new Set(fixtureHosts.map((host) => host.toLowerCase()));
	const egress: Egress[] = [];
	const served: FixtureServer["served"] = [];
	const hanging = new Set<ServerResponse>();

	const handle = (request: IncomingMessage, response: ServerResponse) => {
		// Proxied requests arrive in absolute form; direct ones carry the Host header.
		const absolute = /^https?:\/\//i.test(request.url ?? "");
		const url = new URL(
			absolute ? (request.url as string) : `http://${request.headers.host ?? "localhost"}${request.url}`,
		);
		const host = url.hostname.toLowerCase();
		if (!hosts.has(host) && !(host === "127.0.0.1" || host === "localhost")) {
			egress.push({ method: request.method ?? "GET", target: url.href, host, at: Date.now() });
			response.writeHead(403, { "content-type": "text/plain" }).end("egress refused by the test trap");
			return;
		}
		served.push({ host, path: url.pathname, userAgent: request.headers["user-agent"] ?? "" });
		const extra = extraRoutes[url.pathname];
		if (extra) {
			setTimeout(
				() => response.writeHead(200, { "content-type": extra.type, "cache-control": "no-store" }).end(extra.body),
				extra.delayMs ?? 0,
			);
			return;
		}
		if (url.pathname === NEVER) {
			hanging.add(response);
			return;
		}
		const attack = url.pathname.startsWith("/attack/") ? ATTACKS[url.pathname.slice("/attack/".length)] : undefined;
		if (attack) {
			response
				.writeHead(200, {
					"content-type": attack.document?.type ?? "text/html; charset=utf-8",
					"cache-control": attack.cacheable ? "max-age=0" : "no-store",
				})
				.end(attack.document?.body ?? shopPage(host, attack.head, attack.body, attack.viewport));
			return;
		}
		const asset = ASSETS[url.pathname];
		if (asset) {
			response.writeHead(200, { "content-type": asset.type, "cache-control": "no-store" }).end(asset.body);
			return;
		}
		const page = (PAGES[url.pathname] ?? (url.pathname.startsWith("/spa") ? PAGES["/spa"] : PAGES["/"]))?.(host);
		response
			.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...page?.headers })
			.end(page?.body ?? "");
	};

	const server: Server = createServer(handle);
	server.on("connect", (request: IncomingMessage, socket: Socket) => {
		const [host] = (request.url ?? "").split(":");
		egress.push({ method: "CONNECT", target: request.url ?? "", host: (host ?? "").toLowerCase(), at: Date.now() });
		socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
	});
	await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
	return {
		port: (server.address() as AddressInfo).port,
		egress,
		served,
		close: () =>
			new Promise<void>((resolve) => {
				for (const response of hanging) response.destroy();
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

import type { Text } from "./text";

/**
 * The privacy page (entrypoints/privacy), in Japanese and English: what is kept, what never
 * leaves, what the banner does, and how that is tested, with the test details for experts last.
 * Plain words up front: the storage areas' and keys' names (what developer tools show) appear
 * only in the part for experts.
 * Every sentence must stay true of this repository: `components/privacy/privacy-page.test.ts`
 * checks the stored keys against the storage items, the policy against the build's, and each
 * button named here against the interface's own label. Text between backticks is shown as code.
 *
 * The page loads nothing the popup loads (not the interface's messages, not Preact), so adding
 * it splits no chunk out of the popup's start: the button labels are written out here.
 */

/** A button or choice as the interface names it, in quotes (the test compares it with messages.ts). */
function label(ja: string, en: string): Text {
	return { ja: `「${ja}」`, en: `“${en}”` };
}

const remember = label("このデバイスに回答を保存する", "Remember my answers on this device");
const forget = label("保存した回答を削除", "Delete saved answers");
const languageAuto = label("ブラウザに合わせる", "Same as the browser");
const resetBanners = label("非表示にしたバナーを元に戻す", "Show hidden banners again");
const hideSite = label("このサイトでは表示しない", "Hide on this site");
const hideCompany = label("この会社では表示しない", "Hide for this company");
const copySummary = label("結果をテキストでコピー", "Copy a plain-text summary");

/** The labels this page quotes, by their key in lib/i18n/messages.ts. */
export const QUOTED_LABELS = {
	remember,
	forget,
	languageAuto,
	resetBanners,
	bannerHideSite: hideSite,
	bannerHideCompany: hideCompany,
	copySummary,
} as const;

/** Where: the extension's two storage areas, or the extension pages' own localStorage. */
export type StorageArea = "storage.local" | "storage.session" | "window.localStorage";

/** One thing the extension keeps: its key as the browser's developer tools show it. */
export interface KeptItem {
	key: string;
	area: StorageArea;
	name: Text;
	what: Text;
	when: Text;
	removal: Text;
}

export interface ExpertPoint {
	title: Text;
	text: Text;
}

export const privacyPage = {
	appName: { ja: "Wi-Fiレンタル 流出チェック", en: "Wi-Fi Rental Breach Check" },
	documentTitle: {
		ja: "プライバシー — Wi-Fiレンタル 流出チェック",
		en: "Privacy — Wi-Fi Rental Breach Check",
	},
	heading: {
		ja: "プライバシー：保存するもの、外に出ないもの、その確認方法",
		en: "Privacy: what is kept, what never leaves, and how that is tested",
	},
	summary: {
		ja: "入力した内容も、閲覧したページのことも、この拡張機能がブラウザの外へ送ることはありません。サーバ、アクセス解析、エラー送信はなく、拡張機能のページにはどこかへ接続することそのものが許されていません。判定はすべて、このブラウザの中で行います。",
		en: "This extension sends nothing you type, and nothing about the pages you visit, out of your browser. It has no server, no analytics and no error reporting, and its own pages are not allowed to connect anywhere at all. Every check is worked out inside this browser.",
	},

	keptHeading: { ja: "保存するもの", en: "What is kept" },
	keptIntro: {
		ja: "使う権限は `storage`（ブラウザの中にデータを置く権限）ひとつだけです。置き場所はすべてこの端末のブラウザの中で、ほかの端末と同期することはありません。置くのは次の5つだけです。",
		en: "The only permission is `storage` (keeping data inside the browser). Everything is kept in this browser on this device; nothing is synced to your other devices. These five are all it keeps:",
	},
	keptLabels: {
		area: { ja: "置き場所", en: "Kept in" },
		when: { ja: "置くとき", en: "When" },
		removal: { ja: "消す・戻すには", en: "To remove or undo" },
	},
	areas: {
		"storage.local": {
			ja: "この端末の、拡張機能の保存領域。ブラウザを閉じても残ります。",
			en: "The extension's storage on this device; it stays when the browser closes.",
		},
		"storage.session": {
			ja: "ブラウザのメモリ。ディスクには書かれず、ブラウザを閉じると消えます。拡張機能のページだけが読み、会社のサイトのバナーは読みません。",
			en: "The browser's memory: never written to disk, gone when the browser closes. Only the extension's own pages read it; the banner on the companies' sites does not.",
		},
		"window.localStorage": {
			ja: "拡張機能のページ自身の小さな保存領域（この端末）。",
			en: "The extension pages' own small store, on this device.",
		},
	} satisfies Record<StorageArea, Text>,
	kept: [
		{
			key: "localePreference",
			area: "storage.local",
			name: { ja: "表示言語の選択", en: "Your language choice" },
			what: {
				ja: `${languageAuto.ja}「日本語」「English」のどれか（\`auto\`、\`ja\`、\`en\`）。バナーもこれに従います。`,
				en: `${languageAuto.en}, Japanese or English (\`auto\`, \`ja\`, \`en\`). The banner follows it too.`,
			},
			when: {
				ja: "ポップアップか、大きな画面の設定で言語を選んだとき。",
				en: "When you choose a language in the popup or in the full checker's settings.",
			},
			removal: {
				ja: `${languageAuto.ja}を選ぶと、ブラウザの言語に戻ります。`,
				en: `Choose ${languageAuto.en} to follow the browser again.`,
			},
		},
		{
			key: "hiddenBanners",
			area: "storage.local",
			name: { ja: "非表示にしたバナー", en: "Banners you hid" },
			what: {
				ja: "バナーを非表示にしたサイトと会社、それぞれ非表示にした時点の資料の版（資料が更新されると、バナーはまた表示されます）。",
				en: "The sites and companies whose banner you hid, each with the version of the facts it was hidden at (when the facts change, the banner shows again).",
			},
			when: {
				ja: `バナーの${hideSite.ja}か${hideCompany.ja}を押したとき。`,
				en: `When you press ${hideSite.en} or ${hideCompany.en} on the banner.`,
			},
			removal: {
				ja: `大きな画面の設定の${resetBanners.ja}。`,
				en: `${resetBanners.en} in the full checker's settings.`,
			},
		},
		{
			key: "rememberedAnswers",
			area: "storage.local",
			name: { ja: "保存を選んだ回答", en: "Answers you chose to remember" },
			what: {
				ja: "確認画面の回答：レンタルごとの会社、申し込みと返却の方法と日付、旅行の日程、精算の場所と時期、そして各社からのお知らせを受け取ったかどうか。",
				en: "Your checker answers: for each rental the company, how and when you ordered and returned it, your trip, where and when you paid; and whether each company's message reached you.",
			},
			when: {
				ja: `${remember.ja}にチェックしたときだけ。チェックしている間は、回答を変えるたびに上書きします。`,
				en: `Only if you tick ${remember.en}; while it is ticked, every change is kept.`,
			},
			removal: {
				ja: `チェックを外すか、${forget.ja}を押すと、すぐに消えます。`,
				en: `Untick it, or press ${forget.en}: they are removed at once.`,
			},
		},
		{
			key: "popupAnswers",
			area: "storage.session",
			name: { ja: "ポップアップの回答（一時的）", en: "The popup's answers, for now" },
			what: {
				ja: "ツールバーのポップアップで答えた内容（上と同じ種類の回答）。ポップアップはほかの場所をクリックすると閉じますが、開き直しても回答が残り、「大きな画面で開く」で開いた確認画面はこの回答から始まります。",
				en: "What you answered in the toolbar popup (the same kinds of answers as above). The popup closes whenever you click elsewhere; reopened, it still has your answers, and the full checker opened from the popup starts from them.",
			},
			when: {
				ja: `保存を選んでいないときに、ポップアップで答えるたび（${remember.ja}にチェックすると、回答は上の「保存を選んだ回答」に移り、こちらは消えます）。`,
				en: `Each time you answer in the popup without choosing to remember (ticking ${remember.en} moves the answers to “Answers you chose to remember” above and removes this copy).`,
			},
			removal: {
				ja: `ブラウザを閉じると消えます。${forget.ja}を押すと、すぐに消えます。`,
				en: `Gone when the browser closes; ${forget.en} removes it at once.`,
			},
		},
		{
			key: "localePreference",
			area: "window.localStorage",
			name: { ja: "表示言語の写し", en: "A copy of the language choice" },
			what: {
				ja: "表示言語の選択と同じ値。拡張機能のページが、最初から正しい言語で開くためのものです（食い違うときは、常に上の選択が優先されます）。",
				en: "The same value as your language choice, so the extension's pages open in the right language at once (where they differ, the choice above wins).",
			},
			when: {
				ja: "ポップアップか大きな画面を開いたとき（このページは読むだけです）。",
				en: "Whenever the popup or the full checker opens (this page only reads it).",
			},
			removal: {
				ja: "言語の選択に合わせて書き換わります。",
				en: "It follows your language choice.",
			},
		},
	] satisfies KeptItem[],
	keptNotes: [
		{
			ja: "大きな画面の確認画面で変えた回答は、保存を選んでいなければ、そのタブのメモリの中だけにあり、タブを閉じると消えます。ポップアップの回答に書き戻すことはありません。そのため、開いたままの古いタブが、あとからポップアップで答えた内容を上書きすることはありません。",
			en: "Without “remember”, what you change in the full checker lives only in that tab's memory and is gone when the tab closes. It is never written back to the popup's answers, so an older tab left open cannot overwrite what you answer in the popup later.",
		},
		{
			ja: "保存に使うライブラリは、非表示にしたバナーと保存を選んだ回答の隣に、形式の版番号を置くことがあります。中身は版番号だけで、回答を消すときには一緒に消します。",
			en: "Beside the banners you hid and the answers you chose to remember, the storage library may keep a format version number; it holds nothing else, and is removed with your answers.",
		},
		{
			ja: "読み込むたびに中身を確かめます。壊れた値や知らない値は「ブラウザに合わせる」「回答なし」「非表示なし」として扱い、開発者向けのコンソールに警告を出すほかは、どこにも知らせません。",
			en: "Whatever is found is checked when it is read: a damaged or unknown value counts as “same as the browser”, “no answers” or “nothing hidden”, and is reported nowhere but as a warning in the developer console.",
		},
		{
			ja: "拡張機能を削除すると、これらはすべて消えます。",
			en: "Removing the extension deletes all of it.",
		},
	] satisfies Text[],

	neverHeading: { ja: "ブラウザの外に出ないもの", en: "What never leaves your browser" },
	never: [
		{ ja: "確認画面に入力した内容と、その結果。", en: "What you type into the checker, and its result." },
		{
			ja: "閲覧したページ。テレコムスクエアやエクスコムグローバルのサイトを訪れたかどうか。",
			en: "The pages you visit, and whether you visited Telecom Square's or XCom Global's sites.",
		},
		{
			ja: "この拡張機能を使っていること（拡張機能のほうから知らせることはありません）。",
			en: "That you use this extension (it never tells anyone).",
		},
	] satisfies Text[],
	neverNotes: [
		{
			ja: "拡張機能のページ（ポップアップ、確認画面、このページ）とバックグラウンドは、`connect-src 'none'` というコンテンツセキュリティポリシーのもとで動きます。どこかへ接続しようとしても、ブラウザが拒みます。判定に使う資料も仕組みも、すべて拡張機能の中に入っています。",
			en: "The extension's pages (the popup, the checker, this page) and its background run under a content security policy with `connect-src 'none'`: the browser refuses any connection they attempt. The facts and the logic of the check all ship inside the extension.",
		},
		{
			ja: "資料へのリンクは、ふつうのリンクです。クリックしたときにだけ、そのサイトが開きます。",
			en: "Links to sources are ordinary links: a site opens only if you click one.",
		},
		{
			ja: `${copySummary.ja}は、押したときにだけ、結果をこの端末のクリップボードに置きます。`,
			en: `${copySummary.en} puts the result on this device's clipboard, only when you press it.`,
		},
		{
			ja: "確認画面の「下書きの記録をプレビューする」で開いた記録ファイルは、そのページの中で読むだけです。保存も送信もせず、拡張機能が持つ資料も変わりません。",
			en: "A record file you open under “Preview a draft record” on the checker is read inside that page only: it is neither stored nor sent, and the extension's own data does not change.",
		},
	] satisfies Text[],

	bannerHeading: { ja: "会社のサイトでのバナー", en: "The banner on the companies' sites" },
	banner: [
		{
			ja: "バナーが動くのは、テレコムスクエアとエクスコムグローバルの自社ドメイン（拡張機能の資料に載っているもの）とそのサブドメインだけです。ほかのサイトでは、この拡張機能は何も動かしません。",
			en: "The banner runs only on Telecom Square's and XCom Global's own domains (those listed in the extension's data) and their subdomains. On every other site, nothing of this extension runs.",
		},
		{
			ja: "バナーが読むのは、そのサイトのアドレス（どの会社のどのサイトかを知るため）、ブラウザの言語、拡張機能に置いた表示言語と非表示の設定だけです。ページの文章、入力欄、Cookie、ほかのタブは読みません。ページに取り除かれたかどうかだけを見ています。",
			en: "The banner reads only the site's address (to know which company's site it is), the browser's language, and from the extension's storage your language choice and hidden banners. It reads nothing of the page — not its text, its forms, its cookies, nor other tabs; it only notices whether the page removed it.",
		},
		{
			ja: "バナーは外へ何も送りません。伝える相手は拡張機能自身のバックグラウンドだけです（確認画面を開く、非表示の選択を覚える、詳細を表示する、このタブでバナーを表示できているか妨げられているかをツールバーのボタンに示す）。ボタンの印と、サイト名を含むポップアップのアドレスは、ブラウザがタブごとに覚え、タブがほかのページへ移ると消します。",
			en: "The banner sends nothing out. Its only messages go to the extension's own background: to open the checker, keep a “hide” choice, write the details panel, or show on the toolbar button whether the banner is on this tab's page or the page keeps it from view. The browser keeps that mark, and the popup address that names the site, per tab, and clears them when the tab goes to another page.",
		},
		{
			ja: "拡張機能のファイルには、ウェブページから読み込めるものがありません。ほかのサイトが、ファイルを読み込んでこの拡張機能の有無を調べることはできません。",
			en: "None of the extension's files is web-accessible, so no site can detect the extension by loading its files.",
		},
		{
			ja: `ただし、バナーは会社のサイトのページの中に表示されるので、そのサイト自身のスクリプトはバナーがあることに気づけます（バナーがサイトに何かを渡すことはありません）。気になる場合は${hideSite.ja}か${hideCompany.ja}を選ぶと、そのサイトではバナーを表示しなくなります。`,
			en: `One caveat: the banner is drawn inside the company's page, so that site's own scripts could notice it is there (the banner hands them nothing). If that matters to you, choose ${hideSite.en} or ${hideCompany.en}, and the banner is no longer drawn there.`,
		},
	] satisfies Text[],

	testedHeading: { ja: "どうやって確かめているか", en: "How this is tested" },
	tested: [
		{
			ja: "このプロジェクトのテスト（`npm test`）は、実際の Chromium と Firefox にこの拡張機能を入れ、人と同じように使います。会社のサイトを開き、確認画面に答え、ポップアップから大きな画面へ移り、このページを開きます。その間の通信はすべて記録します。Chromium では一つ一つの通信を誰が始めたかまで調べ、拡張機能が自分以外へ通信していればテストは失敗します。Firefox で許されるのは Firefox 自身のサービスへの通信だけです。テスト中に入力した言葉が、どの通信にも含まれていないことも確かめます。",
			en: "The project's tests (`npm test`) load the extension into real Chromium and Firefox and use it as a person would: open the companies' sites, answer the checker, go from the popup to the full checker, open this page. Every request in that time is recorded. In Chromium each request is traced to whatever made it, and any request by the extension to anything outside itself fails the tests; in Firefox the only requests allowed are Firefox's own services. The words typed during the tests must appear in no request.",
		},
		{
			ja: "その間ブラウザは、ループバックしかない、外へ出る道のないネットワークの中で動きます（テストにその権限があるとき。CI ではそうです）。",
			en: "Meanwhile the browsers run in a network with no way out, only loopback (whenever the tests have the rights to set that up, as in CI).",
		},
		{
			ja: "出来上がったパッケージが求める権限が `storage` だけであることも、テストで確かめています。",
			en: "Tests also check that the built packages ask for `storage` and nothing else.",
		},
		{
			ja: "ストアで配布するパッケージは、だれでもソースから作り直し、1バイト残らず同じであることを確かめられます。",
			en: "Anyone can rebuild the store packages from the source and check that they are identical, byte for byte.",
		},
	] satisfies Text[],

	expertsHeading: {
		ja: "専門家向け：保存の名前とテストの詳細",
		en: "For experts: storage names and how the tests work",
	},
	expertsSummary: { ja: "詳細を表示する", en: "Show the details" },
	/** The kept items as the browser's developer tools name them: shown only here, for experts. */
	storageNames: {
		title: { ja: "保存の名前（開発者ツールでの表示）", en: "Storage names (as developer tools show them)" },
		notes: [
			{
				ja: "同期の領域（`storage.sync`）は使いません。",
				en: "The sync area (`storage.sync`) is never used.",
			},
			{
				ja: "ライブラリが置く形式の版番号は `hiddenBanners$` と `rememberedAnswers$` です。",
				en: "The library's format version numbers are `hiddenBanners$` and `rememberedAnswers$`.",
			},
			{
				ja: "ポップアップの回答は、保存を選ぶと `storage.session` の `popupAnswers` から `storage.local` の `rememberedAnswers` に移ります。",
				en: "Choosing to remember moves the popup's answers from `popupAnswers` in `storage.session` to `rememberedAnswers` in `storage.local`.",
			},
		] satisfies Text[],
	},
	experts: [
		{
			title: { ja: "ネットワーク名前空間", en: "Network namespace" },
			text: {
				ja: "`npm test`（`.ci/test-all.mjs`）は、マシンが許すとき（root、CI）ブラウザのテストを `unshare -n` の中で、ループバックだけを上げて実行します。下の確認のどれかが間違っていても、何も外へ出られません。使えなかったときは、実行結果にそう表示します。",
				en: "`npm test` (`.ci/test-all.mjs`) runs the browser tests inside `unshare -n` with only loopback up whenever the machine allows it (as root, as in CI), so nothing could leave even if a check below were wrong. When it cannot, the run says so.",
			},
		},
		{
			title: { ja: "出口のわな", en: "Egress trap" },
			text: {
				ja: "ブラウザのプロキシは、テスト用のフィクスチャサーバだけです（Chromium は `--proxy-server` に加えて名前解決をすべて行き止まりにし、QUIC を止め、WebRTC をプロキシ経由に限定。Firefox は例外なしのプロキシ設定と、フィクスチャのホストだけをループバックへ向ける名前解決）。フィクスチャ以外のホストへの要求は、`CONNECT` も含めて記録し、拒否します。",
				en: "The browsers' only proxy is the tests' fixture server (in Chromium `--proxy-server`, host resolution mapped to nowhere, QUIC off and WebRTC limited to the proxy; in Firefox proxy preferences with no exceptions, and only the fixture hosts resolved to loopback). Any request for a host that is not a fixture, `CONNECT` tunnels included, is logged and refused.",
			},
		},
		{
			title: { ja: "発信元の特定（Chromium、DevTools）", en: "Attribution in Chromium (DevTools)" },
			text: {
				ja: "ブラウザ全体の DevTools モニターが、サービスワーカー、拡張機能のページ、フレームのすべてのターゲットに自動で接続し、要求ごとに発信元のスタックを記録します（Playwright のコンテキスト全体の要求イベントも並べて記録）。サービスワーカーや拡張機能のページからの要求、あるいはスタックに拡張機能のスクリプトがある要求（コンテンツスクリプト）が、拡張機能自身以外へ向かえば失敗です。",
				en: "A browser-level DevTools monitor auto-attaches to every target — the service worker, extension pages, frames — and records each request with its initiator stack, alongside Playwright's context-wide request events. A request from the service worker or an extension page, or with the extension's script on its stack (the content script), to anything but the extension itself fails the test.",
			},
		},
		{
			title: { ja: "NetLog", en: "NetLog" },
			text: {
				ja: "Chromium の NetLog（`--log-net-log`）は、要求ごとに発信元（initiator）とネットワーク分離キーを記録します。拡張機能が始めた要求が拡張機能の外へ向かえば失敗です。わなに届いた要求は、すべて NetLog に拡張機能以外の発信元として現れなければなりません。Chromium 自身の通信（Google アカウント、更新、自動入力のホスト）は、無視するのではなく、ブラウザのものとして特定します。",
				en: "Chromium's NetLog (`--log-net-log`) records each request's initiator and network isolation key; any request the extension initiated to anything outside itself fails. Every request that reached the trap must appear in the NetLog with an initiator that is not the extension: Chromium's own traffic (Google account, update and autofill hosts) is attributed to the browser, not ignored.",
			},
		},
		{
			title: { ja: "検出のしくみ自体のテスト", en: "The detectors are tested" },
			text: {
				ja: "コンテンツセキュリティポリシーを外したビルドの写しから、サービスワーカー、拡張機能のページ、コンテンツスクリプトの世界のそれぞれで、わざと要求を出します。わなと DevTools は3つすべてを、NetLog はサービスワーカーとページの要求を捕まえなければなりません。",
				en: "A copy of the build without its content security policy makes deliberate requests from the service worker, an extension page and the content script's world; the trap and DevTools must catch all three, the NetLog the service worker's and the page's.",
			},
		},
		{
			title: { ja: "本物のビルドは接続できない", en: "The real build cannot connect" },
			text: {
				ja: "本物のビルドでは、サービスワーカーと拡張機能のページからの `fetch` が `connect-src 'none'` で拒まれ、わなにも届かないことを確かめます。出来上がったマニフェストにこのポリシーがあることも確かめます。",
				en: "In the real build a `fetch` from the service worker and from an extension page is refused by `connect-src 'none'` and never reaches the trap; the built manifests must carry that policy.",
			},
		},
		{
			title: { ja: "カナリア", en: "Canaries" },
			text: {
				ja: "テスト中に入力した回答を、どの検出器が見たどの要求からも、フィクスチャサーバが返したどのパスからも探し、見つからないことを確かめます。",
				en: "The answers typed during the tests are searched for in every request any detector saw and in every path the fixture server served; none may contain them.",
			},
		},
		{
			title: { ja: "Firefox", en: "Firefox" },
			text: {
				ja: "Firefox ESR でも、WebDriver BiDi（puppeteer-core）で同じわなを通して同じ使い方をします。許されるホストは Mozilla 自身のサービスだけで、入力した言葉を含む要求はひとつもあってはなりません。",
				en: "Firefox ESR goes through the same trap, driven over WebDriver BiDi (puppeteer-core): the only hosts allowed are Mozilla's own services, and never with anything typed.",
			},
		},
		{
			title: { ja: "マニフェストと web-ext lint", en: "Manifests and web-ext lint" },
			text: {
				ja: "出来上がったマニフェストを読み、権限がちょうど `storage` だけで、ホスト権限、`<all_urls>`、任意の権限、ウェブから読めるリソースがないこと、コンテンツスクリプトの `matches` が資料から生成されたものであることを確かめます。Firefox のビルドへの `web-ext lint` はエラーなしで、警告は `UNSAFE_VAR_ASSIGNMENT` だけです（使っていない Preact の `innerHTML` の経路と、バナーが自分でエスケープして作った表示を書き込む箇所）。",
				en: "Tests read the built manifests: permissions exactly `storage`; no host permissions, no `<all_urls>`, no optional permissions, nothing web-accessible; the content script's `matches` generated from the data. `web-ext lint` on the Firefox build reports no errors, and its only warnings are `UNSAFE_VAR_ASSIGNMENT` (Preact's `innerHTML` path, which this code never uses, and the banner writing its own escaped markup).",
			},
		},
		{
			title: { ja: "保存された値", en: "Stored values" },
			text: {
				ja: "すべての保存キー（`storage.local` と `storage.session`）に、あらゆる形のでたらめな値を入れても、ポップアップと大きな画面が動いて判定を出すこと、このページはブラウザの言語で開くことを確かめます。ポップアップから大きな画面へ回答が引き継がれる間、`storage.local` が空のままであることも確かめます。",
				en: "Every stored key (`storage.local` and `storage.session`) is filled with garbage of every shape: the popup and the full checker still work and give a verdict, and this page falls back to the browser's language. While the popup's answers go to the full checker, `storage.local` must stay empty.",
			},
		},
		{
			title: { ja: "メモリの中だけ", en: "Memory only" },
			text: {
				ja: "Chromium と Firefox の両方で、ポップアップの回答が大きな画面に引き継がれても `storage.local` が空のままであることを確かめます。Chromium では、同じプロファイルで再起動したあと `storage.session` が空で、`storage.local` の表示言語は残っていることも確かめます。",
				en: "In Chromium and in Firefox, the popup's answers reach the full checker while `storage.local` stays empty; in Chromium, after a restart with the same profile, `storage.session` is empty while `storage.local` still holds the language choice.",
			},
		},
		{
			title: { ja: "再現可能なビルド", en: "Reproducible builds" },
			text: {
				ja: "`npm run verify` は、ソースの zip を空のフォルダに展開し、`npm ci` からやり直して Chrome と Firefox の zip を作り直し、1バイト単位で比べます。`npm test` は、1バイト違うパッケージを見逃さないかという自己テストと一緒にこれを実行します。",
				en: "`npm run verify` unpacks the sources zip into an empty folder, runs `npm ci` there, rebuilds the Chrome and Firefox zips and compares them byte for byte; `npm test` runs it with a self-test that a package one byte off is caught.",
			},
		},
		{
			title: { ja: "どこにあるか", en: "Where to look" },
			text: {
				ja: "リポジトリの `e2e/network.e2e.ts`、`e2e/firefox.e2e.ts`、`e2e/chromium.e2e.ts`、`e2e/privacy-handoff.e2e.ts`、`e2e/package.e2e.ts`、`.ci/test-all.mjs`、`.ci/verify.mjs`、そして `PRIVACY.md`。",
				en: "In the repository: `e2e/network.e2e.ts`, `e2e/firefox.e2e.ts`, `e2e/chromium.e2e.ts`, `e2e/privacy-handoff.e2e.ts`, `e2e/package.e2e.ts`, `.ci/test-all.mjs`, `.ci/verify.mjs`, and `PRIVACY.md`.",
			},
		},
	] satisfies ExpertPoint[],
};

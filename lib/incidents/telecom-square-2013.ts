import { SOURCES } from "./sources";
import type { Incident } from "./types";

/**
 * Telecom Square (テレコムスクエア) 2013. Every statement comes from
 * shared/facts/incidents.md ("Incident 1") or the seed article, with the facts file's sources.
 */
export const telecomSquare2013 = {
	id: "telecom-square-2013",
	dataVersion: 2,
	vendor: "telecom-square",
	title: {
		ja: "テレコムスクエア 不正アクセスによるお客様情報流出（2013年）",
		en: "Telecom Square customer data leak through unauthorized access (2013)",
	},
	notice: {
		value: {
			url: "https://telecomsquare.co.jp/info20130920cs011.html",
			title: "不正アクセスによるお客様情報流出のお知らせとお詫び",
		},
		sources: ["cs011", "itmedia-0920"],
		certainty: "confirmed",
		note: {
			ja: "保存された公式報告書の写しです。2013年の報道は http://www.telecomsquare.co.jp/info/info20130920cs001.html と …/info20130920cs011.html を挙げています。",
			en: "A stored copy of the official report. Press in 2013 cited http://www.telecomsquare.co.jp/info/info20130920cs001.html and …/info20130920cs011.html.",
		},
	},
	announced: { value: "2013-09-20", sources: ["cs011", "itmedia-0920", "itpro-0920"], certainty: "confirmed" },
	records: {
		value: { value: 97438, unit: "records", qualifier: "at-most" },
		sources: ["cs011", "itpro-0920", "mic-2014"],
		certainty: "confirmed",
		note: {
			ja: "調査報告書による流出が懸念される最大範囲で、2つのサーバの合計です。サーバごとの内訳は見つかっていません。",
			en: "The maximum range of concern from the forensic report, one total for both servers. No per-server split was found.",
		},
	},
	misuse: {
		value: { value: 270, unit: "cards", qualifier: "exact" },
		sources: ["cs011", "itpro-0920"],
		certainty: "confirmed",
		note: {
			ja: "公表時点で不正利用が報告されたカードの枚数です。",
			en: "Cards reported as misused at the time of the announcement.",
		},
	},
	securityCode: { value: "not-held", sources: ["cs011"], certainty: "confirmed" },
	paths: [
		{
			id: "ap-a",
			name: { ja: "法人のお客様向けサイトのサーバ", en: "the server for corporate clients' sites" },
			code: "AP-A",
			description: {
				ja: "特定の法人様に専用ウェブサイトを提供していたサーバ（法人向け）",
				en: "The server that hosted dedicated websites for particular corporate clients",
			},
			sources: ["cs011"],
			leaked: {
				value: [
					"company",
					"department",
					"name",
					"address",
					"email",
					"phone",
					"cardholder-name",
					"card-number",
					"card-expiry",
				],
				sources: ["cs011"],
				certainty: "confirmed",
				phrase: "may-have-leaked",
			},
			leakedOn: {
				value: { from: "2013-04-24", to: "2013-04-30" },
				meaning: "data-taken",
				sources: ["cs011", "itpro-0920"],
				certainty: "confirmed",
			},
			wordings: [
				{
					id: "ap-a-notice",
					label: { ja: "公式の告知", en: "The official notice" },
					shortLabel: { ja: "公式の告知", en: "the official notice" },
					quote: {
						ja: "平成20年7月1日~平成25年4月30日の間で、各法人様の専用ウェブサイトをご利用されたお客様",
						en: "Customers who used a corporate client's dedicated website between 1 July 2008 and 30 April 2013",
					},
					sources: ["cs011", "shimajiro-0920"],
					clauses: [
						{
							id: "ap-a-corporate-site",
							text: {
								ja: "2008年7月1日〜2013年4月30日に法人様専用サイトから申し込んだ",
								en: "Ordered through a corporate client's dedicated site between 1 July 2008 and 30 April 2013",
							},
							all: [
								{ answer: "orderedVia", oneOf: ["corporate-site"] },
								{ answer: "orderedOn", within: { from: "2008-07-01", to: "2013-04-30" } },
							],
						},
					],
					reading: {
						ja: "「専用ウェブサイトをご利用」を、そのサイトからこのレンタルを申し込んだことと読み、申込日で判定します。",
						en: "We read “used the dedicated website” as ordering this rental through it, and test the order day.",
					},
				},
			],
		},
		{
			id: "web-b",
			name: { ja: "カード決済のサーバ", en: "the card-payment server" },
			code: "Web-B",
			description: {
				ja: "決済代行会社との通信をするサーバ",
				en: "The server that talked to the payment service provider",
			},
			sources: ["cs011"],
			leaked: {
				value: ["card-number", "card-expiry"],
				sources: ["cs011"],
				certainty: "confirmed",
				phrase: "may-have-leaked",
			},
			leakedOn: {
				value: { from: "2013-02-05", to: "2013-02-05" },
				meaning: "data-taken",
				sources: ["cs011", "itpro-0920"],
				certainty: "confirmed",
			},
			conflict: "C1",
			wordings: [
				{
					id: "web-b-announcement-day",
					label: {
						ja: "発表当日に引用された表現",
						en: "The wording quoted on the day of the announcement",
					},
					shortLabel: { ja: "発表当日の表現", en: "the announcement-day wording" },
					quote: {
						ja: "サーバ（Web-B）：下記の①または②に該当する方 ①平成24年6月1日~10月14日の間で、下記ウェブサイトから申し込まれた方 www.telecomsquare.co.jp ②平成24年10月15日~平成25年2月5日に、宅配便または空港の返却BOXにて返却をされた方",
						en: "Server Web-B: anyone in ① or ② below. ① Applied through www.telecomsquare.co.jp between 1 June 2012 and 14 October 2012. ② Returned the rental by courier or at an airport return box between 15 October 2012 and 5 February 2013.",
					},
					sources: ["shimajiro-0920", "itmedia-0920", "itpro-0920", "ktai-0920"],
					clauses: [
						{
							id: "web-b-v1-website-order",
							text: {
								ja: "① 2012年6月1日〜10月14日に www.telecomsquare.co.jp から申し込んだ",
								en: "① Applied through www.telecomsquare.co.jp between 1 June and 14 October 2012",
							},
							all: [
								{ answer: "orderedVia", oneOf: ["vendor-website"] },
								{ answer: "orderedOn", within: { from: "2012-06-01", to: "2012-10-14" } },
							],
						},
						{
							id: "web-b-v1-courier-or-box-return",
							text: {
								ja: "② 2012年10月15日〜2013年2月5日に宅配便または空港の返却BOXで返却した",
								en: "② Returned by courier or at an airport return box between 15 October 2012 and 5 February 2013",
							},
							all: [
								{ answer: "returnedVia", oneOf: ["courier", "airport-return-box"] },
								{ answer: "returnedOn", within: { from: "2012-10-15", to: "2013-02-05" } },
							],
						},
					],
				},
				{
					id: "web-b-official-report",
					label: {
						ja: "保存された公式報告書の表現",
						en: "The wording of the stored official report",
					},
					shortLabel: { ja: "公式報告書の表現", en: "the official report's wording" },
					quote: {
						ja: "サーバ（Web-B）：平成24年6月1日~平成25年2月5日の期間に ①www.telecomsquare.co.jpサイトよりお申込みを頂いたお客様 若しくは ②ご返却時に弊社空港カウンターにて精算をされていないお客様",
						en: "Server Web-B: in the period 1 June 2012 to 5 February 2013, ① customers who applied through www.telecomsquare.co.jp, or ② customers who did not settle at a Telecom Square airport counter when returning.",
					},
					sources: ["cs011", "pmarknews-0926"],
					clauses: [
						{
							id: "web-b-v2-website-order",
							text: {
								ja: "① 2012年6月1日〜2013年2月5日に www.telecomsquare.co.jp から申し込んだ",
								en: "① Applied through www.telecomsquare.co.jp between 1 June 2012 and 5 February 2013",
							},
							all: [
								{ answer: "orderedVia", oneOf: ["vendor-website"] },
								{ answer: "orderedOn", within: { from: "2012-06-01", to: "2013-02-05" } },
							],
						},
						{
							id: "web-b-v2-not-settled-at-counter",
							text: {
								ja: "② 2012年6月1日〜2013年2月5日に返却し、返却時に空港カウンターで精算しなかった（宅配便や返却BOXでの返却を含む）",
								en: "② Returned between 1 June 2012 and 5 February 2013 and did not settle at an airport counter when returning (a courier or return-box return included)",
							},
							all: [
								{
									notAll: [
										{ answer: "returnedVia", oneOf: ["airport-counter"] },
										{ answer: "paidVia", oneOf: ["airport-counter"] },
										{ answer: "paidWhen", oneOf: ["when-returning"] },
									],
								},
								{ answer: "returnedOn", within: { from: "2012-06-01", to: "2013-02-05" } },
							],
						},
					],
					reading: {
						ja: "②は「期間内に返却し、その返却の時に空港カウンターで精算していない」と読みます。宅配便や返却BOXで返却した場合は、受け取り時に何を支払っていても、返却時にカウンターで精算していません。空港カウンターで返却し、精算は受け取り時に済ませていた場合、文言どおりなら②に当たりますが、pmarknews の言い換え（空港で直接返却する以外の方法で返却した人）では当たりません。",
						en: "We read ② as: returned within the period, and not settled at an airport counter at the moment of return. A router returned by courier or at a return box was not settled at the counter on return, whatever was paid at pick-up. A router returned at the counter and paid for earlier, at pick-up, fits ② by its words, but not pmarknews' paraphrase (those who returned it by any method other than directly at the airport).",
					},
				},
			],
		},
	],
	exclusions: [
		{
			id: "first-website-use-from-2013-02-06",
			appliesTo: ["web-b"],
			quote: {
				ja: "平成25年2月6日以降、下記のウェブサイトを初めてご利用になった方 www.telecomsquare.co.jp",
				en: "People who first used www.telecomsquare.co.jp on or after 6 February 2013",
			},
			all: [
				{ answer: "orderedVia", oneOf: ["vendor-website"] },
				{ answer: "orderedOn", within: { from: "2013-02-06" } },
			],
			sources: ["cs011", "itmedia-0920"],
			note: {
				ja: "「初めて」利用した方が対象外です。それ以前にも同サイトを使ったことがあれば、その時のレンタルも確認してください。",
				en: "This excludes people whose first use came then. If you had used the site before, check that earlier rental too.",
			},
		},
		{
			id: "first-any-website-use-from-2013-05-01",
			appliesTo: ["ap-a", "web-b"],
			quote: {
				ja: "平成25年5月1日以降は、各法人様専用サイトを含む、全てのウェブサイトを初めてご利用になった方",
				en: "People who first used any of the websites, corporate dedicated sites included, on or after 1 May 2013",
			},
			all: [
				{ answer: "orderedVia", oneOf: ["vendor-website", "corporate-site"] },
				{ answer: "orderedOn", within: { from: "2013-05-01" } },
			],
			sources: ["cs011"],
			note: {
				ja: "「初めて」利用した方が対象外です。それ以前にも利用したことがあれば、その時のレンタルも確認してください。",
				en: "This excludes people whose first use came then. If you had used a site before, check that earlier rental too.",
			},
		},
		{
			id: "ordered-and-settled-at-airport-counter",
			appliesTo: ["ap-a", "web-b"],
			quote: {
				ja: "弊社の空港カウンターで直接申し込まれて、かつ弊社の空港カウンターで精算された方は、ご利用の時期にかかわらず全て対象外です。",
				en: "Everyone who applied directly at a Telecom Square airport counter and also settled at a Telecom Square airport counter is excluded, whenever they rented.",
			},
			all: [
				{ answer: "orderedVia", oneOf: ["airport-counter"] },
				{ answer: "paidVia", oneOf: ["airport-counter"] },
			],
			sources: ["cs011", "itmedia-0920", "shimajiro-0920"],
		},
	],
	events: [
		{
			id: "unauthorized-access",
			kind: "access",
			on: { from: "2011-01-20", to: "2013-08-13" },
			text: {
				ja: "総務省によると、会社の報告では脆弱な3台のサーバがこの期間に不正アクセスを受け、少なくとも2台から個人情報が窃取されました。",
				en: "Per the company's report to the ministry, 3 vulnerable servers received unauthorized access in this period; personal data was stolen from at least 2 of them.",
			},
			sources: ["mic-2014"],
			certainty: "confirmed",
		},
		{
			id: "leak-web-b",
			kind: "leak",
			on: "2013-02-05",
			text: { ja: "カード決済のサーバから流出", en: "Data taken from the card-payment server" },
			sources: ["cs011", "itpro-0920"],
			certainty: "confirmed",
		},
		{
			id: "leak-ap-a",
			kind: "leak",
			on: { from: "2013-04-24", to: "2013-04-30" },
			text: {
				ja: "法人のお客様向けサイトのサーバから流出",
				en: "Data taken from the server for corporate clients' sites",
			},
			sources: ["cs011", "itpro-0920"],
			certainty: "confirmed",
		},
		{
			id: "card-company-contact",
			kind: "discovery",
			on: "2013-08-01",
			text: {
				ja: "カード会社から不正利用の疑いについて連絡があり、セキュリティ会社が調査しました（二次情報）。",
				en: "A card company contacted Telecom Square about suspected misuse, and a security firm investigated (secondary source).",
			},
			sources: ["pmarknews-0926"],
			certainty: "secondary",
		},
		{
			id: "announcement",
			kind: "announcement",
			on: "2013-09-20",
			text: {
				ja: "会社のウェブサイトで「不正アクセスによるお客様情報流出のお知らせとお詫び」を公表",
				en: "Notice “不正アクセスによるお客様情報流出のお知らせとお詫び” published on the company website",
			},
			sources: ["cs011", "itmedia-0920"],
			certainty: "confirmed",
		},
		{
			id: "emails",
			kind: "notification",
			on: "2013-09-20",
			text: {
				ja: "個別のメールによる通知を開始しました。カード決済のサーバの対象者には公表の日に送信が始まり、法人のお客様向けサイトの利用者には法人様ごとに順次送られました（送信日は法人様により異なります）。",
				en: "Individual emails began. To the card-payment server's customers, sending began on the day of the announcement; users of corporate clients' sites were emailed client by client, on dates that differ by client.",
			},
			sources: ["itpro-0920", "shimajiro-0920", "shimajiro-0921"],
			certainty: "confirmed",
		},
		{
			id: "security-measures",
			kind: "security",
			on: "2013-11-01",
			text: {
				ja: "「セキュリティ強化の取り組み」を公表",
				en: "“セキュリティ強化の取り組み” (security improvements) published",
			},
			sources: ["mic-2014", "secnext-2014"],
			certainty: "confirmed",
		},
		{
			id: "mic-guidance",
			kind: "regulator",
			on: "2014-04-18",
			text: {
				ja: "総務省が、個人情報保護法の安全管理措置義務に違反したとして、文書による行政指導を行いました。",
				en: "The Ministry of Internal Affairs and Communications (MIC) issued written administrative guidance for breaching the safety-management duty of the Personal Information Protection Act.",
			},
			sources: ["mic-2014", "secnext-2014"],
			certainty: "confirmed",
		},
	],
	remedies: [
		{
			id: "card-monitoring",
			text: {
				ja: "対象のカードはすべてカード会社の監視体制下に置かれました。",
				en: "All affected cards were placed under card-company monitoring.",
			},
			sources: ["itpro-0920"],
			certainty: "confirmed",
		},
		{
			id: "reissue-fee",
			text: {
				ja: "カード再発行の手数料はテレコムスクエアが負担すると案内されました。",
				en: "Telecom Square said it would pay card reissue fees.",
			},
			sources: ["itpro-0920", "mymymemomemo", "shimajiro-0920"],
			certainty: "confirmed",
		},
		{
			id: "gift-card",
			text: {
				ja: "後日、「お客様情報流出のお詫び」として1,000円分のAmazonギフト券が届いたと利用者が報告しています。",
				en: "A customer reported later receiving a ¥1,000 Amazon gift card with the apology “お客様情報流出のお詫び”.",
			},
			sources: ["shimajiro-1019"],
			certainty: "secondary",
		},
		{
			id: "statement-advice",
			text: {
				ja: "カード決済のサーバの対象者には、2月5日以降の利用明細を確認するよう案内されました。",
				en: "Customers of the card-payment server were told to check their card statements from 5 February onward.",
			},
			sources: ["mymymemomemo"],
			certainty: "secondary",
		},
	],
	customerEmail: {
		value: {
			from: "2013-09-20",
			subject: "不正アクセスに関する重要なお知らせ【テレコムスクエア】",
			subjectNote: {
				ja: "この件名は、カード決済のサーバの対象者が受け取ったメールのものです（利用者のブログによる）。法人のお客様向けサイトの利用者へのメールの件名は確認できていません。",
				en: "This is the subject of the email that customers of the card-payment server received (from a customer's blog). The subject of the emails to users of corporate clients' sites is not established.",
			},
			to: {
				ja: "カード決済のサーバの対象者には、公表の日から個別のメールで送られました。翌日に受け取ったという利用者の報告があります。法人のお客様向けサイトの利用者には、法人様ごとに順次メールが送られ、送信日は法人様により異なります。",
				en: "To customers of the card-payment server, individual emails from the day of the announcement; one customer reported receiving his the next day. Users of corporate clients' sites were emailed client by client, on dates that differ by client.",
			},
			said: {
				ja: "メールでは、カード決済のサーバの対象者に2月5日以降の利用明細の確認を求め、カード再発行の手数料は会社が負担するとしていました（利用者のブログによる）。",
				en: "The email asked the card-payment server's customers to check their statements from 5 February onward, and said the company would pay card reissue fees (from a customer's blog).",
			},
		},
		sources: ["itpro-0920", "shimajiro-0920", "shimajiro-0921", "mymymemomemo"],
		certainty: "confirmed",
	},
	contact: {
		id: "helpline-2013",
		text: {
			ja: "2013年当時は専用フリーダイヤルとメール窓口（平日9:00〜20:00、土日祝10:00〜18:00）がありました。番号は確認できた資料に含まれていません。",
			en: "In 2013 there was a dedicated free-dial line and an email address (weekdays 9:00–20:00, weekends and holidays 10:00–18:00). The number was not in the parts of the sources read.",
		},
		sources: ["itmedia-0920"],
		certainty: "confirmed",
	},
	conflicts: [
		{
			id: "C1",
			title: { ja: "Web-Bの対象者：2つの表現", en: "Web-B criteria: two wordings" },
			text: {
				ja: "発表当日に引用された表現（①2012年6月1日〜10月14日のウェブ申込、②2012年10月15日〜2013年2月5日の宅配便・返却BOXでの返却）と、保存された公式報告書の表現（2012年6月1日〜2013年2月5日の①ウェブ申込、または②空港カウンターで精算しなかった返却）が異なります。後者の方が広い範囲です。報告書が後で改訂されたのか、当初から別の表現だったのかは不明です。このため両方で判定し、結果が異なれば「可能性あり」とします。",
				en: "The wording quoted on the day of the announcement (① web applications 1 June to 14 October 2012; ② returns by courier or return box 15 October 2012 to 5 February 2013) differs from the stored official report (within 1 June 2012 to 5 February 2013: ① web applications, or ② anyone who did not settle at the airport counter on return). The report is broader. Whether it was revised after 20 September 2013 is unknown. We test both; where they differ, the answer is “possibly”.",
			},
			sources: ["shimajiro-0920", "itmedia-0920", "itpro-0920", "ktai-0920", "cs011", "pmarknews-0926"],
		},
		{
			id: "C2",
			title: { ja: "「10月4日」と「10月14日」", en: "“4 October” vs “14 October”" },
			text: {
				ja: "ケータイ Watch は①の終わりを2012年10月4日としていますが、告知の引用・ITmedia・ITpro は10月14日です。②が10月15日から始まるため、10月4日は誤記とみられます。判定は10月14日で行い、この相違はここに示します。",
				en: "k-tai Watch ends ① on 4 October 2012; the notice quote, ITmedia and ITpro give 14 October. Because ② starts on 15 October, 4 October is probably a typo. We test with 14 October and show the difference here.",
			},
			sources: ["ktai-0920", "shimajiro-0920", "itmedia-0920", "itpro-0920"],
		},
		{
			id: "C3",
			title: { ja: "ITproの「ウェブで申し込み」", en: "ITpro's “applied via the website”" },
			text: {
				ja: "ITpro は②に「個人向けWebサイトで申し込み」という条件を加えていますが、告知の引用にはなく、公式報告書の表現はむしろ逆（空港カウンターで精算しなかった全員）を示します。判定には使っていません。",
				en: "ITpro adds “applied via the website” to ②. The notice quote does not say this, and the official report implies the opposite (anyone not settling at the counter). It is not used in the check.",
			},
			sources: ["itpro-0920", "shimajiro-0920", "cs011"],
		},
		{
			id: "C4",
			title: { ja: "件数の内訳", en: "How the count splits" },
			text: {
				ja: "97,438件は2つのサーバを合わせた最大範囲で、サーバごとの内訳は見つかっていません。発覚日（2013年8月1日）は二次情報（pmarknews）のみです。",
				en: "97,438 is the combined maximum for both servers; no per-server split was found. The discovery date (1 August 2013) comes only from a secondary source (pmarknews).",
			},
			sources: ["cs011", "mic-2014", "pmarknews-0926"],
		},
		{
			id: "C11",
			title: { ja: "不正アクセスの期間と流出の時期", en: "Access period vs leak dates" },
			text: {
				ja: "総務省は3台のサーバへの不正アクセスを2011年1月20日〜2013年8月13日としていますが、窃取が確認されたのは2つの流出時期だけです。公表された告知は流出時期のみを示しています。",
				en: "MIC gives unauthorized access on 3 servers from 20 January 2011 to 13 August 2013, but theft was confirmed only for the two leak windows. The public notice gives only the leak windows.",
			},
			sources: ["mic-2014", "cs011"],
		},
		{
			id: "C12",
			title: { ja: "2013年の Wi-Ho! ブランド", en: "The Wi-Ho! brand in 2013" },
			text: {
				ja: "Wi-Ho! の利用規約は株式会社テレコムスクエアを事業者としていますが、このブランドが2013年に使われていたかは確認できていません。2013年の告知が対象として挙げたサイトは www.telecomsquare.co.jp だけです。",
				en: "Wi-Ho!'s terms name Telecom Square, Inc. as the company, but whether the brand was in use in 2013 is not established. The only site the 2013 notices named is www.telecomsquare.co.jp.",
			},
			sources: ["cs011", "wi-ho-terms"],
		},
		{
			id: "C14",
			title: {
				ja: "公式報告書の②は「返却時」の精算",
				en: "The official report's ② is about settling when returning",
			},
			text: {
				ja: "公式報告書の②は「ご返却時に弊社空港カウンターにて精算をされていないお客様」です。宅配便や空港の返却BOXなど、カウンター以外で返却した場合は、受け取り時に何を支払っていても、返却時にカウンターで精算していません。pmarknews も「空港で直接返却する以外の方法で返却した人」と同じように読んでいます。このため、受け取り時にカウンターで支払い、期間内に宅配便で返却した場合、公式報告書の表現では対象、発表当日の表現では対象外となることがあります。",
				en: "The official report's ② reads 「ご返却時に弊社空港カウンターにて精算をされていないお客様」 (customers who did not settle at an airport counter when returning). A router returned by courier, at an airport return box or any other way than at the counter was not settled at the counter on return, whatever was paid at pick-up; pmarknews reads it the same way. So someone who paid at a counter when collecting the router and returned it by courier inside the window is included by the report's wording, and may not be by the announcement-day wording.",
			},
			sources: ["cs011", "pmarknews-0926"],
		},
		{
			id: "C15",
			title: {
				ja: "空港カウンターでの申込・精算の除外と、告知自身の条件",
				en: "The airport-counter exclusion against the notice's own criteria",
			},
			text: {
				ja: "告知は「弊社の空港カウンターで直接申し込まれて、かつ弊社の空港カウンターで精算された方は、ご利用の時期にかかわらず全て対象外です。」としています。一方、発表当日の表現の②は2012年10月15日〜2013年2月5日に宅配便・返却BOXで返却した全員を、公式報告書の②は返却時にカウンターで精算しなかった全員を対象とします。カウンターで申し込んで受け取り時にカウンターで精算し、この期間に宅配便で返却した場合、同じ告知が対象とも対象外とも言っていることになります。どちらが優先するかを示す資料はないため、この拡張機能はどちらかを選ばず「可能性あり」とし、両方の条件を示します。",
				en: "The notice excludes 「弊社の空港カウンターで直接申し込まれて、かつ弊社の空港カウンターで精算された方は、ご利用の時期にかかわらず全て対象外です。」 (everyone who applied directly at a Telecom Square airport counter and also settled at one, whenever they rented). Yet the announcement-day wording's ② includes everyone who returned by courier or return box between 15 October 2012 and 5 February 2013, and the official report's ② everyone who did not settle at the counter on return. A counter order, settled at the counter at pick-up and returned by courier in that window, is therefore both included and excluded by the same notice. No source says which wins, so this extension picks neither: the answer is “possibly”, with both clauses shown.",
			},
			sources: ["cs011", "shimajiro-0920", "itmedia-0920"],
		},
	],
	sources: [
		SOURCES["cs011"],
		SOURCES["mic-2014"],
		SOURCES["itmedia-0920"],
		SOURCES["itpro-0920"],
		SOURCES["ktai-0920"],
		SOURCES["secnext-2014"],
		SOURCES["shimajiro-0920"],
		SOURCES["shimajiro-0921"],
		SOURCES["shimajiro-1019"],
		SOURCES["pmarknews-0926"],
		SOURCES["mymymemomemo"],
		SOURCES["wi-ho-terms"],
	],
} as const satisfies Incident;

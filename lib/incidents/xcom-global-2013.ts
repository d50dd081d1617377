import { SOURCES } from "./sources";
import type { Incident } from "./types";

/**
 * XCom Global (エクスコムグローバル) 2013: GLOBALDATA (イモトのWiFi) and Global Cellular. Every
 * statement comes from shared/facts/incidents.md ("Incident 2"), with its sources.
 */
const WINDOW = { from: "2011-03-07", to: "2013-04-23" } as const;

export const xcomGlobal2013 = {
	id: "xcom-global-2013",
	dataVersion: 2,
	vendor: "xcom-global",
	title: {
		ja: "エクスコムグローバル 不正アクセスによるお客様情報流出（2013年）",
		en: "XCom Global customer data leak through unauthorized access (2013)",
	},
	notice: {
		value: {
			url: "http://www.xcomglobal.co.jp/info/",
			title: "不正アクセスによるお客様情報流出に関するお知らせとお詫び",
		},
		sources: ["itmedia-0527", "mynavi-0527", "xtech-0527", "bubuan"],
		certainty: "confirmed",
		note: {
			ja: "2013年に報道と会社からのメールが告知の掲載先として挙げた、会社のお知らせのページです。現在はこの告知を載せていない可能性があります。告知の文面は、報道とブログの引用、会社からのメールで確認しています。",
			en: "The company's news page, which the press and the company's email gave in 2013 as where the notice was published; it may no longer carry the notice. Its wording is known here from press and blog quotes and the company's email.",
		},
	},
	announced: {
		value: "2013-05-27",
		sources: ["itmedia-0527", "mynavi-0527", "xtech-0527", "bubuan"],
		certainty: "confirmed",
	},
	records: {
		value: { value: 109112, unit: "records", qualifier: "exact" },
		sources: ["mynavi-0527", "itmedia-0527", "xtech-0527", "mic-2013"],
		certainty: "confirmed",
		note: {
			ja: "流出が確認された件数です。サーバに保存されていたカード情報は最大146,701件でした。",
			en: "Records confirmed leaked, out of at most 146,701 card records stored on the server.",
		},
	},
	misuse: {
		value: { value: 172, unit: "cases", qualifier: "at-least" },
		sources: ["nseikei", "ktai-0527", "itmedia-0531"],
		certainty: "disputed",
		note: {
			ja: "n-seikei は5月27日夕方までに少なくとも172件の不正利用が確認されたと報じ、ITmedia（5月31日）は4月末時点の「報告」として172件を挙げています。一方ケータイ Watch は、その時点で会社は不正利用を把握していないと報じています。",
			en: "n-seikei reported at least 172 misuse cases confirmed by the evening of 27 May, and ITmedia (31 May) cites “a report” of 172 as of the end of April; k-tai Watch reported that the company knew of no misuse at that time.",
		},
	},
	securityCode: {
		value: "leaked",
		sources: ["shimajiro-0527", "xtech-0527", "mynavi-0527", "itmedia-0531"],
		certainty: "confirmed",
	},
	paths: [
		{
			id: "web-db",
			name: {
				ja: "GLOBALDATA・Global Cellular のウェブサーバ",
				en: "the GLOBALDATA and Global Cellular web servers",
			},
			description: {
				ja: "www.globaldata.jp と www.globalcellular.jp の申込システムのデータベース（SQLインジェクション）",
				en: "The application database behind www.globaldata.jp and www.globalcellular.jp (SQL injection)",
			},
			sources: ["shimajiro-0527", "nseikei", "xtech-0527"],
			leaked: {
				value: ["cardholder-name", "card-number", "card-expiry", "card-security-code", "address"],
				sources: ["shimajiro-0527", "xtech-0527", "mynavi-0527", "itmedia-0531"],
				certainty: "confirmed",
				phrase: "leaked",
				note: {
					ja: "カード情報は暗号化されていませんでした。ITmedia（5月27日）の一覧にはカード番号がありませんが、他のすべての資料にはあります（C8）。",
					en: "The card data was not encrypted. ITmedia's list of 27 May omits the card number; every other source includes it (C8).",
				},
			},
			leakedOn: {
				value: { from: "2013-04-19", to: "2013-04-23" },
				meaning: "unauthorized-access",
				sources: ["mic-2013"],
				certainty: "confirmed",
				note: {
					ja: "総務省が示した不正アクセスの期間です。データが持ち出された日は、どの資料にも示されていません。",
					en: "The period of unauthorized access given by the ministry. No source gives the days the data was taken.",
				},
			},
			conflict: "C6",
			notes: [
				{
					conflict: "C9",
					text: {
						ja: "どの資料も、申込の方法（空港カウンター、電話など）による対象外を挙げていません。告知もメールも申込方法を限っていないため、期間内のレンタルはどの方法で申し込んでも対象として判定します。流出したのはウェブサーバの申込データベースでしたが、ウェブ以外の申込がそこに保存されていたかどうかは示されていません。",
						en: "No source describes any exclusion by how the rental was ordered (at an airport counter, by phone…). Neither the notice nor the email limits the channel, so a rental in the period counts as included however it was ordered. The breached database was the web servers' application database; whether orders made other ways were stored there is not stated.",
					},
				},
			],
			wordings: [
				{
					id: "web-db-used",
					label: { ja: "告知の表現「利用した」", en: "The notice: “used”" },
					shortLabel: { ja: "告知の表現「利用した」", en: "the notice's “used”" },
					quote: {
						ja: "平成23年3月7日 〜 平成25年4月23日の間にサービスを利用した利用者",
						en: "Users who used the service between 7 March 2011 and 23 April 2013",
					},
					sources: ["shimajiro-0527"],
					clauses: [
						{
							id: "web-db-used-in-period",
							text: {
								ja: "2011年3月7日〜2013年4月23日の間にサービスを利用していた（申込から返却までがこの期間にかかる）",
								en: "Was using the service at some point between 7 March 2011 and 23 April 2013 (order to return touches the period)",
							},
							all: [
								{ answer: "orderedOn", within: { to: WINDOW.to } },
								{ answer: "returnedOn", within: { from: WINDOW.from } },
							],
						},
					],
					reading: {
						ja: "「期間中に利用した」を、申込日が期間の終わり以前で、返却日が期間の始め以後であることと読みます。",
						en: "We read “used in the period” as: ordered on or before its last day and returned on or after its first day.",
					},
				},
				{
					id: "web-db-applied",
					label: {
						ja: "報道と会社からのメールの表現「申し込んだ」",
						en: "The press and the company's email: “applied”",
					},
					shortLabel: { ja: "報道とメールの表現「申し込んだ」", en: "the press and email's “applied”" },
					quote: {
						ja: "平成23年3月7日〜平成25年4月23日の間に申し込んだ利用者（報道・メールの要旨）",
						en: "Users who applied between 7 March 2011 and 23 April 2013 (gist of the press and the email)",
					},
					sources: ["itmedia-0527", "xtech-0527", "internetcom-0528", "bubuan"],
					clauses: [
						{
							id: "web-db-applied-in-period",
							text: {
								ja: "2011年3月7日〜2013年4月23日に申し込んだ",
								en: "Applied between 7 March 2011 and 23 April 2013",
							},
							all: [{ answer: "orderedOn", within: WINDOW }],
						},
					],
				},
			],
		},
	],
	exclusions: [],
	events: [
		{
			id: "unauthorized-access",
			kind: "access",
			on: { from: "2013-04-19", to: "2013-04-23" },
			text: {
				ja: "SQLインジェクションによる不正アクセス（総務省：ネットワークの脆弱性を認識せず適切な対応をとらなかった）",
				en: "Unauthorized access by SQL injection (the ministry: the company did not recognise the network vulnerability or respond properly)",
			},
			sources: ["mic-2013", "itmedia-0527"],
			certainty: "confirmed",
		},
		{
			id: "psp-report",
			kind: "discovery",
			on: "2013-04-23",
			time: "17:00",
			text: {
				ja: "契約先の決済代行会社からカード情報流出の懸念について連絡（17時ごろ）",
				en: "The contracted payment service provider reported a suspected card-data leak (about 17:00)",
			},
			sources: ["mynavi-0527", "itmedia-0527", "internetcom-0528", "xtech-0527"],
			certainty: "confirmed",
		},
		{
			id: "card-data-deleted",
			kind: "containment",
			on: "2013-04-23",
			time: "22:00",
			text: {
				ja: "ウェブでの申込を停止し、22時ごろDBサーバのカード情報をすべて削除。オンラインのカード決済を停止し、23時からは申込時にカード情報を取得しない運用に",
				en: "Web applications stopped; about 22:00 all card data deleted from the DB server; online card payment stopped; from 23:00 no card data collected at application",
			},
			sources: ["mynavi-0527", "itmedia-0527"],
			certainty: "confirmed",
		},
		{
			id: "forensics-contacted",
			kind: "containment",
			on: "2013-04-24",
			text: {
				ja: "決済代行会社の紹介で Payment Card Forensics（PCF）に連絡",
				en: "Contacted Payment Card Forensics (PCF), introduced by the payment service provider",
			},
			sources: ["mynavi-0527", "itmedia-0527"],
			certainty: "confirmed",
		},
		{
			id: "investigation",
			kind: "containment",
			on: "2013-04-26",
			text: {
				ja: "調査を正式に依頼し、DBを、旧サーバとローカルで接続していない新サーバで再構築しました。",
				en: "Investigation commissioned; the database rebuilt on a new server not locally connected to the old one.",
			},
			sources: ["mynavi-0527", "itmedia-0527", "internetcom-0528", "xtech-0527"],
			certainty: "confirmed",
		},
		{
			id: "card-monitoring",
			kind: "remedy",
			on: "2013-04-27",
			text: {
				ja: "流出の可能性があるカード番号を決済代行会社に渡し、監視を依頼",
				en: "Possibly leaked card numbers given to the payment service provider for monitoring",
			},
			sources: ["mynavi-0527", "itmedia-0527"],
			certainty: "confirmed",
		},
		{
			id: "final-report",
			kind: "discovery",
			on: "2013-05-21",
			text: {
				ja: "PCFの調査最終報告書がSQLインジェクションと情報の持ち出しの痕跡を確認",
				en: "PCF's final report found evidence of SQL injection and exfiltration",
			},
			sources: ["mynavi-0527", "itmedia-0527", "xtech-0527"],
			certainty: "confirmed",
		},
		{
			id: "announcement",
			kind: "announcement",
			on: "2013-05-27",
			text: {
				ja: "「不正アクセスによるお客様情報流出に関するお知らせとお詫び」を公表",
				en: "Notice “不正アクセスによるお客様情報流出に関するお知らせとお詫び” published",
			},
			sources: ["itmedia-0527", "mynavi-0527", "xtech-0527", "bubuan"],
			certainty: "confirmed",
		},
		{
			id: "emails",
			kind: "notification",
			on: "2013-05-27",
			text: {
				ja: "申込時に登録されたアドレスへメールで通知。メールが届かない場合は郵送",
				en: "Email sent to the address registered at application; postal mail where email failed",
			},
			sources: ["itmedia-0527", "ktai-0527"],
			certainty: "confirmed",
		},
		{
			id: "progress-report",
			kind: "security",
			on: "2013-08-15",
			text: {
				ja: "セキュリティ対策の進捗を報告（WAF、24時間有人監視、脆弱性の自動診断）",
				en: "Security-progress report (WAF, 24/7 staffed monitoring, automated vulnerability scanning)",
			},
			sources: ["mynavi-0904"],
			certainty: "confirmed",
		},
		{
			id: "mic-guidance",
			kind: "regulator",
			on: "2013-09-03",
			text: {
				ja: "総務省が、安全管理措置義務に違反したとして文書による行政指導を行い、お客様への迅速・正確な通知方法の見直しも求めました。",
				en: "The Ministry of Internal Affairs and Communications (MIC) issued written administrative guidance for breaching the safety-management duty, and required a review of how customers are notified quickly and accurately.",
			},
			sources: ["mic-2013", "internetwatch", "mynavi-0904"],
			certainty: "confirmed",
		},
		{
			id: "security-2016",
			kind: "security",
			on: "2016-07-01",
			text: {
				ja: "セキュリティのページを改訂：ファイアウォール・IPS・WAF、BroadBand Security（PCI SSC QSA）による24時間監視、インターネットに面したDBの個人情報の暗号化、ソフトバンク・ペイメント・サービスのリンク型カード決済（会社はIDのみ保持）",
				en: "Security page revised: firewall, IPS and WAF; 24/7 monitoring by BroadBand Security (PCI SSC QSA); encryption of personal data in internet-facing databases; link-type card payment through SoftBank Payment Service, so XCom keeps only IDs",
			},
			sources: ["security-page"],
			certainty: "confirmed",
		},
	],
	remedies: [
		{
			id: "psp-monitoring",
			text: {
				ja: "2013年4月27日から、流出の可能性があるカード番号が決済代行会社を通じて監視されました。",
				en: "From 27 April 2013, the possibly leaked card numbers were monitored through the payment service provider.",
			},
			sources: ["mynavi-0527", "itmedia-0527"],
			certainty: "confirmed",
		},
		{
			id: "coupon",
			text: {
				ja: "お詫びとして、次回のレンタルに使える3,000円分のクーポンが配布されたと、ブログが伝聞として伝えています。",
				en: "A blog reports, secondhand, an apology coupon worth ¥3,000 for the next XCom rental.",
			},
			sources: ["shimajiro-1019"],
			certainty: "secondary",
		},
		{
			id: "police",
			text: {
				ja: "渋谷警察署に被害届を提出しました。",
				en: "The company filed a damage report with the Shibuya Police Station.",
			},
			sources: ["ktai-0527", "nseikei"],
			certainty: "confirmed",
		},
	],
	customerEmail: {
		value: {
			from: "2013-05-27",
			to: {
				ja: "公表の日に、申込時に登録されたメールアドレスへ送られました。メールが届かなかった場合は郵便で送られました。",
				en: "Sent on the day of the announcement to the email address registered at application; by post where the email failed.",
			},
			said: {
				ja: "メールには、どのカードが対象かは書かれていませんでした。",
				en: "The email did not say which card was involved.",
			},
		},
		sources: ["itmedia-0527", "ktai-0527", "bizmakoto-0531"],
		certainty: "confirmed",
	},
	contact: {
		id: "call-centre-2013",
		text: {
			ja: "2013年当時はコールセンター 0120-112-107（平日10:00〜19:00、土日祝10:00〜16:00、電話のみ）がありました。氏名と電話番号、または氏名とカード番号の下4桁で照会できました。メールにはどのカードかは書かれていませんでした。",
			en: "In 2013 there was a call centre, 0120-112-107 (weekdays 10:00–19:00, weekends and holidays 10:00–16:00, phone only). Staff looked customers up by name and phone number, or name and the last 4 card digits. The email did not say which card was involved.",
		},
		sources: ["itmedia-0527", "bizmakoto-0531"],
		certainty: "confirmed",
	},
	conflicts: [
		{
			id: "C5",
			title: { ja: "不正利用の件数", en: "Misuse count" },
			text: {
				ja: "n-seikei は5月27日夕方までに少なくとも172件の不正利用を確認したと報じ、ITmedia（5月31日）は「報告」として172件を挙げています。一方ケータイ Watch は、その時点で会社は不正利用を把握していないと報じています。",
				en: "n-seikei reported at least 172 misuse cases by the evening of 27 May, and ITmedia (31 May) cites “a report” of 172. k-tai Watch said the company knew of no misuse at that time.",
			},
			sources: ["nseikei", "itmedia-0531", "ktai-0527"],
		},
		{
			id: "C6",
			title: { ja: "対象者：「利用した」と「申し込んだ」", en: "Who was affected: “used” vs “applied”" },
			text: {
				ja: "告知の引用は「サービスを利用した」利用者、報道と会社のメールは「申し込んだ」利用者としています。期間はどちらも2011年3月7日〜2013年4月23日です。両方で判定し、結果が異なれば「可能性あり」とします。",
				en: "The notice as quoted says users who “used” the service; the press and the company's email say those who “applied”. The period is the same, 7 March 2011 to 23 April 2013. We test both; where they differ, the answer is “possibly”.",
			},
			sources: ["shimajiro-0527", "itmedia-0527", "xtech-0527", "internetcom-0528", "bubuan"],
		},
		{
			id: "C7",
			title: { ja: "発覚の日", en: "Discovery date" },
			text: {
				ja: "会社のメールは不正アクセスの発覚を2013年4月26日とし、告知は4月26日に調査開始、決済代行会社の連絡は4月23日17時です。4月23日に疑い、4月26日に正式な調査、と読めば矛盾しません。",
				en: "The customer email says the access was found on 26 April 2013; the notice says the investigation started on 26 April; the payment provider's contact was at 17:00 on 23 April. They fit together: suspicion on 23 April, formal investigation on 26 April.",
			},
			sources: ["bubuan", "nseikei", "mynavi-0527"],
		},
		{
			id: "C8",
			title: { ja: "ITmedia（5月27日）の項目一覧", en: "ITmedia's field list of 27 May" },
			text: {
				ja: "ITmedia（5月27日）の一覧にはカード番号がありませんが、ITmedia（5月31日）を含む他のすべての資料にはあります。編集上の脱落とみられます。",
				en: "ITmedia's list of 27 May omits the card number; every other source, ITmedia of 31 May included, lists it. Probably an editing omission.",
			},
			sources: ["itmedia-0527", "itmedia-0531", "xtech-0527", "mynavi-0527"],
		},
		{
			id: "C9",
			title: { ja: "申込の方法と対象外", en: "How the rental was ordered, and exclusions" },
			text: {
				ja: "空港カウンターや電話など、ウェブ以外の申込を対象外とした資料はなく、ウェブ以外の支払いがどう扱われたかを示す資料もありません。告知の「サービスを利用した」も、報道とメールの「申し込んだ」も申込方法を限っていないため、この拡張機能は期間内のレンタルを申込方法にかかわらず対象として判定します。流出したのが2つのサイトの申込データベースであったことから、ウェブでのカード決済の申込が中心とみられますが、これは推測で、判定には使っていません。",
				en: "No source excludes orders made other ways (an airport counter, the phone), or says what happened to payments made other ways. Neither the notice's “used” nor the press and email's “applied” limits how the rental was ordered, so this extension counts a rental in the period as included whichever way it was ordered. That the breached data sat in the two sites' application database suggests mostly online card orders, but that is inference, and it is not used in the check.",
			},
			sources: ["shimajiro-0527", "mynavi-0527", "itmedia-0527"],
		},
		{
			id: "C10",
			title: { ja: "補償", en: "Compensation" },
			text: {
				ja: "3,000円のクーポンはブログ（又聞き）のみの情報です。再発行手数料を誰が負担したかを示す資料は見つかっていません。",
				en: "The ¥3,000 coupon comes from a blog (secondhand). No source was found on who paid card reissue fees.",
			},
			sources: ["shimajiro-1019"],
		},
		{
			id: "C16",
			title: { ja: "不正アクセスの期間と持ち出しの日", en: "Access period vs the days data was taken" },
			text: {
				ja: "2013年4月19日〜23日は、総務省が示した不正アクセスの期間です。データが持ち出された日を示す資料はありません。",
				en: "19 to 23 April 2013 is MIC's period of unauthorized access. No source gives the days the data was taken.",
			},
			sources: ["mic-2013"],
		},
	],
	sources: [
		SOURCES["mic-2013"],
		SOURCES["security-page"],
		SOURCES["itmedia-0527"],
		SOURCES["mynavi-0527"],
		SOURCES["xtech-0527"],
		SOURCES["ktai-0527"],
		SOURCES["internetcom-0528"],
		SOURCES["nseikei"],
		SOURCES["itmedia-0531"],
		SOURCES["bizmakoto-0531"],
		SOURCES["internetwatch"],
		SOURCES["mynavi-0904"],
		SOURCES["shimajiro-0527"],
		SOURCES["shimajiro-1019"],
		SOURCES["bubuan"],
	],
} as const satisfies Incident;

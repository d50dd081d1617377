/**
 * The date forms issue 16 asks the checker to read, as people type them, with what each is read
 * back as in each language. Both browsers type every one of them.
 */
const MARCH_2013 = { en: "Checked as March 2013.", ja: "2013年3月（平成25年3月）として判定しています。" };
const SEP_14_2012 = {
	en: "Checked as 14 September 2012.",
	ja: "2012年9月14日（平成24年9月14日）として判定しています。",
};
const SUMMER_2012 = { en: "Checked as June – August 2012.", ja: "2012年6月〜8月（平成24年）として判定しています。" };

export const DATE_FORMS: readonly (readonly [text: string, shown: { en: string; ja: string }])[] = [
	["March 2013", MARCH_2013],
	["Mar 2013", MARCH_2013],
	["mar. 2013", MARCH_2013],
	["14 Sep 2012", SEP_14_2012],
	["Sep 14, 2012", SEP_14_2012],
	["14 September 2012", SEP_14_2012],
	["3/2013", MARCH_2013],
	["2013/3", MARCH_2013],
	["2013/03", MARCH_2013],
	["2013-3", MARCH_2013],
	["2013年3月頃", MARCH_2013],
	["2013年3月ごろ", MARCH_2013],
	["２０１３年３月", MARCH_2013],
	["summer 2012", SUMMER_2012],
	["2012年夏", SUMMER_2012],
	[
		"winter 2012/13",
		{
			en: "Checked as December 2012 – February 2013.",
			ja: "2012年12月〜2013年2月（平成24年〜25年）として判定しています。",
		},
	],
	["2013-03-14", { en: "Checked as 14 March 2013.", ja: "2013年3月14日（平成25年3月14日）として判定しています。" }],
	["2013年3月", MARCH_2013],
	["平成25年3月", MARCH_2013],
	["H25.3", MARCH_2013],
	["2013", { en: "Checked as 2013.", ja: "2013年（平成25年）として判定しています。" }],
];

/** An order on the company's website that reads two ways: 4 May 2013 (after XCom's window) or 5 April (in it). */
export const AMBIGUOUS = {
	text: "05/04/2013",
	question: { en: "This can be read two ways. Which did you mean?", ja: "2通りに読めます。どちらの意味ですか？" },
	readings: {
		en: ["5 April 2013", "4 May 2013"],
		ja: ["2013年4月5日（平成25年4月5日）", "2013年5月4日（平成25年5月4日）"],
	},
	chosen: "2013-04-05",
} as const;

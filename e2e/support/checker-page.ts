import type { Page } from "playwright-core";

/** The checker as a person uses it: by the visible labels, in either language. */
export class CheckerPage {
	constructor(readonly page: Page) {}

	group(name: RegExp) {
		return this.page.getByRole("group", { name });
	}

	async choose(question: RegExp, answer: RegExp) {
		await this.group(question).getByLabel(answer).first().check();
	}

	async typeDate(question: RegExp, text: string) {
		await this.group(question).getByRole("textbox").fill(text);
	}

	verdict() {
		return this.page.locator("output.verdict");
	}
}

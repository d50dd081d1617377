declare module "virtual:banner-facts" {
	/** Built by wxt.config.ts from lib/incidents: what the banner shows closed, for every vendor. */
	export const bannerFacts: import("../lib/banner/banner-view").ContentScriptFacts;
	/** The banner's style sheets, minified: the closed banner's, and the details panel's. */
	export const bannerStyles: { closed: string; details: string };
}

declare module "virtual:criteria-schema" {
	/**
	 * Built by .ci/criteria/schema-validator.mjs: Ajv's validator for lib/criteria/record.schema.json,
	 * generated as plain code (extension pages allow no `eval`).
	 */
	const validate: import("../lib/criteria/check").SchemaValidator;
	export default validate;
}

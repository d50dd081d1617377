type Results = typeof import("./results");

let results: Results | undefined;
let loading: Promise<Results> | undefined;

/**
 * The engine, the full incident data and the result components (./results.ts), loaded once from
 * the extension itself. The pages ask for it with the app, after their first paint, and take over
 * only once it is here, so from the first answer on the verdict is computed in the same task as
 * the answer (issue 24).
 */
export function loadResults(): Promise<Results> {
	loading ??= import("./results").then((module) => {
		results = module;
		return module;
	});
	return loading;
}

/** The engine, if it has loaded. */
export function loadedResults(): Results | undefined {
	return results;
}

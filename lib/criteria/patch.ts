/**
 * JSON Patch (RFC 6902), the three operations the validator's broken records use (add, remove,
 * replace): each case of lib/criteria/conformance/checks.json is a shipped record with a patch.
 */
export interface PatchOperation {
	op: "add" | "remove" | "replace";
	/** A JSON pointer (RFC 6901); `-` as the last part appends to a list. */
	path: string;
	value?: unknown;
}

function parts(pointer: string): string[] {
	return pointer
		.split("/")
		.slice(1)
		.map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** A patched copy; the input is left as it was. Throws where a path does not exist. */
export function applyPatch<T>(given: T, operations: readonly PatchOperation[]): T {
	const copy = structuredClone(given) as unknown;
	for (const operation of operations) {
		const keys = parts(operation.path);
		const last = keys.pop();
		if (last === undefined) throw new Error(`cannot patch the root: ${operation.path}`);
		let parent = copy;
		for (const key of keys) {
			if (typeof parent !== "object" || parent === null) throw new Error(`no ${operation.path}`);
			parent = (parent as Record<string, unknown>)[key];
		}
		if (Array.isArray(parent)) {
			const index = last === "-" ? parent.length : Number(last);
			if (!Number.isInteger(index) || index < 0 || index > parent.length) throw new Error(`no ${operation.path}`);
			if (operation.op === "add") parent.splice(index, 0, operation.value);
			else if (index >= parent.length) throw new Error(`no ${operation.path}`);
			else if (operation.op === "remove") parent.splice(index, 1);
			else parent[index] = operation.value;
		} else if (typeof parent === "object" && parent !== null) {
			const object = parent as Record<string, unknown>;
			if (operation.op !== "add" && !(last in object)) throw new Error(`no ${operation.path}`);
			if (operation.op === "remove") delete object[last];
			else object[last] = operation.value;
		} else throw new Error(`no ${operation.path}`);
	}
	return copy as T;
}

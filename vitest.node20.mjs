// vitest 5 prints failures with Map.groupBy, which Node 20 lacks (Node 21+ has it).
if (!("groupBy" in Map)) {
	Object.defineProperty(Map, "groupBy", {
		value(items, keyOf) {
			const groups = new Map();
			let index = 0;
			for (const item of items) {
				const key = keyOf(item, index++);
				const group = groups.get(key);
				if (group) group.push(item);
				else groups.set(key, [item]);
			}
			return groups;
		},
	});
}

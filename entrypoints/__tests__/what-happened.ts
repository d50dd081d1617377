import { whatHappenedInBoth } from "../../lib/checker/what-happened";

/** What `virtual:what-happened` holds in a build, for tests that render the checker. */
export const whatHappened = whatHappenedInBoth();

import { configure } from "@testing-library/preact";

// A loaded 2-core CI machine can take longer than testing-library's 1 s default to settle.
configure({ asyncUtilTimeout: 5000 });

import "../../components/checker/first-screen-styles";
import { paintFirst } from "../../components/checker/first-paint";

// The page's only script before its first paint (components/checker/first-paint.ts); the app follows.
paintFirst({ session: "popup", startsAnswered: false, load: () => import("./app").then((app) => app.ready) });

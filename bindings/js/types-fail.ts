// Must NOT compile: `bindings/js/test/types.test.mjs` checks that `tsc -p tsconfig.fail.json`
// rejects each marked line, so the package's types really catch mistyped options.
import { Validator } from "resolint";

new Validator({ lang: "de" }); // FAIL: not one of the OAS languages
new Validator({ rules: { whitespace: "warn" } }); // FAIL: not a level
new Validator({ rules: { "no-such-rule": "off" } }); // FAIL: not a rule name
new Validator({ langauge: "en" }); // FAIL: misspelt key

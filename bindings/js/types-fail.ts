// Must NOT compile: `bindings/js/test/types.test.mjs` checks that `tsc -p tsconfig.fail.json`
// rejects each marked line, so the package's types really catch mistyped options.
import { Validator } from "resolint";

new Validator({ lang: "de" }); // FAIL: not one of the OAS languages
new Validator({ rules: { whitespace: "warn" } }); // FAIL: not a level
new Validator({ rules: { "no-such-rule": "off" } }); // FAIL: not a rule name
new Validator({ langauge: "en" }); // FAIL: misspelt key
new Validator({ profile: "general-asembly" }); // FAIL: misspelt profile
new Validator({ sessionYear: "2024" }); // FAIL: the year is a number
new Validator({ language: "deutsch" }); // FAIL: not one of the OAS languages
new Validator({ ignore: [{ paragraph: "0123456789abcdef" }] }); // FAIL: an ignore names its rule
new Validator({ ignore: [{ rule: "no-such-rule" }] }); // FAIL: not a rule name
new Validator({ ignore: [{ rule: "whitespace", txt: "x" }] }); // FAIL: misspelt key of an ignore
new Validator({ ignore: { rule: "whitespace" } }); // FAIL: ignore is an array
Validator.fingerprint(3); // FAIL: a paragraph's text is a string

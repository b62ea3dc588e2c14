//! The `Validator` options: read from the JavaScript object once, in the constructor,
//! checked, and kept as a few bytes that every later call turns back into a [`Config`].
//!
//! The options are the keys of `resolint.toml` (the core's [`Settings`](resolint::config::Settings)):
//! `lang` or `language`, `profile`, `sessionYear` or `session-year`, `rules`, `ignore`. Each
//! value is checked with the same parsers the configuration file goes through
//! ([`resolint::config::language`], [`Profile::from_name`], [`Level::parse`], the rule registry), so
//! the options accept what the file accepts and refuse what it refuses, and every message
//! names the bad key or value (`rules.whitespace`, `ignore[2].text`).
//!
//! The object is read by hand with `js_sys` rather than through serde: a serde
//! deserialiser over JavaScript values, with the derived `Settings` reader, was 16 KB of
//! the module for five keys. `serde-wasm-bindgen` would not do either: it reads a struct by
//! looking up the fields it knows, so it never sees an unknown key. Objects are read by
//! their own enumerable string keys (`Object.entries`); a key set to `undefined` or `null`
//! is a key left out; only the keys the options have are read, so a cyclic or deep object
//! in an unexpected place is refused, never walked.
//!
//! Keeping the configuration as bytes on the JavaScript side means the module holds no
//! state between calls, so resetting the instance after an internal error (see the crate
//! docs) loses nothing. Encoding and decoding are a few dozen bytes plus the ignores'
//! strings: cheap next to a validation.

use js_sys::{Array, Object};
use resolint::config::{Ignore, Profile};
use resolint::{Config, Lang, Level, Severity, RULES};
use wasm_bindgen::{JsCast, JsValue};

/// The option keys, as error messages list them.
const KEYS: &str = "lang (or language), profile, sessionYear, rules, ignore";

/// The options as bytes:
///
/// | bytes | what |
/// |---|---|
/// | 0 | the language: 0 auto, then 1 + its index in [`Lang::ALL`] |
/// | 1 | the profile: 0 none, 1 general-assembly, 2 permanent-council, 3 cidi |
/// | 2 | 1 when a session year is set, else 0 |
/// | 3..7 | the session year (u32, little-endian; 0 when none) |
/// | 7.. | one byte per rule of [`RULES`], in order: 0 default, 1 off, 2 info, 3 warning, 4 error |
/// | then | per ignore: its rule, paragraph and text, each a u32 little-endian length (`u32::MAX`: none) and UTF-8 |
///
/// [`config`] reads as far as the bytes go: missing bytes leave the defaults.
pub type ConfigBytes = Vec<u8>;

/// Bytes before the rule levels.
const HEADER: usize = 7;

/// Reads, checks and encodes the JavaScript options object (`undefined` and `null` mean
/// the defaults).
///
/// # Errors
/// A message naming the bad key, rule, level or value.
pub fn parse(options: &JsValue) -> Result<ConfigBytes, String> {
    check(options).map(|config| encode(&config))
}

/// Reads and checks the JavaScript options object into the core's [`Config`].
///
/// # Errors
/// A message naming the bad key, rule, level or value.
pub fn check(options: &JsValue) -> Result<Config, String> {
    if options.is_undefined() || options.is_null() {
        return Ok(Config::default());
    }
    if !is_plain_object(options) {
        return Err(format!(
            "Validator options must be an object with the keys {KEYS}"
        ));
    }
    let mut config = Config::default();
    // The key that gave the language and the session year, for "given twice".
    let (mut language_key, mut year_key) = (None, None);
    for (key, value) in entries(options) {
        match key.as_str() {
            "lang" | "language" => {
                once(&mut language_key, &key)?;
                let code = string(&value, &key, LANGUAGES)?;
                config.lang = resolint::config::language(&code).map_err(|_| {
                    fail(&key, &format!("unknown language `{code}` (expected {LANGUAGES})"))
                })?;
            }
            "profile" => {
                let name = string(&value, &key, PROFILES)?;
                config.profile = Some(Profile::from_name(&name).ok_or_else(|| {
                    fail(&key, &format!("unknown value `{name}` (expected {PROFILES})"))
                })?);
            }
            "sessionYear" | "session-year" => {
                once(&mut year_key, &key)?;
                config.session_year = Some(year(&value, &key)?);
            }
            "rules" => {
                for (rule, level) in object(&value, &key, "an object")? {
                    let path = format!("{key}.{rule}");
                    let name = string(&level, &path, LEVELS)?;
                    let level = Level::parse(&name).ok_or_else(|| {
                        fail(&path, &format!("unknown level `{name}` (expected {LEVELS})"))
                    })?;
                    config
                        .set_rule(&rule, level)
                        .map_err(|_| fail(&key, &unknown_rule(&rule)))?;
                }
            }
            "ignore" => {
                if !Array::is_array(&value) {
                    return Err(fail(&key, &format!("expected an array, not {}", what(&value))));
                }
                let items: Array = value.unchecked_into();
                for (i, item) in items.iter().enumerate() {
                    config.ignores.push(ignore(&item, &format!("{key}[{i}]"))?);
                }
            }
            _ => return Err(format!("unknown option `{key}` (expected {KEYS})")),
        }
    }
    Ok(config)
}

/// The languages, as messages list them.
const LANGUAGES: &str = "auto, en, es, fr or pt";
/// The profile names, as messages list them.
const PROFILES: &str = "general-assembly, permanent-council or cidi";
/// The levels, as messages list them.
const LEVELS: &str = "off, info, warning or error";

/// One item of `ignore`: `{ rule, paragraph?, text? }`.
fn ignore(item: &JsValue, path: &str) -> Result<Ignore, String> {
    let (mut rule, mut paragraph, mut text) = (None, None, None);
    for (key, value) in object(item, path, "an object { rule, paragraph?, text? }")? {
        let at = format!("{path}.{key}");
        match key.as_str() {
            "rule" => {
                let name = string(&value, &at, "a rule name")?;
                if resolint::rules::find(&name).is_none() {
                    return Err(fail(&at, &unknown_rule(&name)));
                }
                rule = Some(name);
            }
            "paragraph" => paragraph = Some(string(&value, &at, "a paragraph fingerprint")?),
            "text" => text = Some(string(&value, &at, "the flagged text")?),
            _ => return Err(fail(path, &format!("unknown key `{key}` (expected rule, paragraph or text)"))),
        }
    }
    let rule = rule.ok_or_else(|| fail(path, "missing key `rule`"))?;
    Ok(Ignore { rule, paragraph, text })
}

fn unknown_rule(rule: &str) -> String {
    format!("unknown rule `{rule}` (Validator.rules() lists the rules)")
}

/// The message for a bad value at `path` ("rules.whitespace", "ignore[0]").
fn fail(path: &str, message: &str) -> String {
    format!("invalid option `{path}`: {message}")
}

/// Refuses a second spelling of an option already given (`lang` and `language`).
fn once(seen: &mut Option<String>, key: &str) -> Result<(), String> {
    match seen.replace(key.to_owned()) {
        Some(first) => Err(fail(key, &format!("given twice, as `{first}` and as `{key}`"))),
        None => Ok(()),
    }
}

/// A string value; `expected` says what it should be.
fn string(value: &JsValue, path: &str, expected: &str) -> Result<String, String> {
    value
        .as_string()
        .ok_or_else(|| fail(path, &format!("expected a string ({expected}), not {}", what(value))))
}

/// A session year: a whole number from 0 to 2^32 − 1.
fn year(value: &JsValue, path: &str) -> Result<u32, String> {
    value
        .as_f64()
        .filter(|n| n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n))
        // Whole and in range, so the conversion is exact.
        .map(|n| {
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let year = n as u32;
            year
        })
        .ok_or_else(|| fail(path, &format!("expected a non-negative whole number, not {}", what(value))))
}

/// The entries of a plain object; `expected` says what the value should have been.
fn object(value: &JsValue, path: &str, expected: &str) -> Result<Vec<(String, JsValue)>, String> {
    if is_plain_object(value) {
        Ok(entries(value))
    } else {
        Err(fail(path, &format!("expected {expected}, not {}", what(value))))
    }
}

/// An object's own enumerable string keys and their values, leaving out the keys set
/// to `undefined` or `null`.
fn entries(object: &JsValue) -> Vec<(String, JsValue)> {
    Object::entries(object.unchecked_ref::<Object>())
        .iter()
        .filter_map(|pair| {
            let pair: Array = pair.unchecked_into();
            let value = pair.get(1);
            (!value.is_undefined() && !value.is_null())
                .then(|| (pair.get(0).as_string().unwrap_or_default(), value))
        })
        .collect()
}

/// Whether `value` is an object that is neither an array nor a function.
fn is_plain_object(value: &JsValue) -> bool {
    value.is_object() && !Array::is_array(value) && !value.is_function()
}

/// What a value is, in JavaScript's words. (Numbers are written by JavaScript: Rust's
/// float formatting would add tens of kilobytes to the module.)
fn what(v: &JsValue) -> String {
    if let Some(b) = v.as_bool() {
        format!("{b}")
    } else if let Some(n) = v.as_f64() {
        let written = js_sys::Number::from(n)
            .to_string_with_radix(10)
            .map_or_else(|_| String::new(), String::from);
        format!("the number {written}")
    } else if let Some(s) = v.as_string() {
        // A long string is cut short: the message names it, it need not hold it.
        let cut: String = s.chars().take(40).collect();
        let more = if cut.len() < s.len() { "…" } else { "" };
        format!("the string \"{cut}{more}\"")
    } else if v.is_undefined() {
        "undefined".to_owned()
    } else if v.is_null() {
        "null".to_owned()
    } else if Array::is_array(v) {
        "an array".to_owned()
    } else if v.is_function() {
        "a function".to_owned()
    } else if is_plain_object(v) {
        "an object".to_owned()
    } else {
        "a value of another kind".to_owned()
    }
}

// --- bytes ----------------------------------------------------------------------------

fn put_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s.map(|s| (s, u32::try_from(s.len()))) {
        Some((s, Ok(len))) if len != u32::MAX => {
            out.extend(len.to_le_bytes());
            out.extend(s.as_bytes());
        }
        _ => out.extend(u32::MAX.to_le_bytes()),
    }
}

/// Encodes a checked configuration (see [`ConfigBytes`]).
#[must_use]
pub fn encode(config: &Config) -> ConfigBytes {
    let mut out = Vec::with_capacity(HEADER + RULES.len());
    let lang = config
        .lang
        .and_then(|l| Lang::ALL.iter().position(|&x| x == l))
        .map_or(0, |i| u8::try_from(i + 1).unwrap_or(0));
    out.push(lang);
    out.push(match config.profile {
        None => 0,
        Some(Profile::GeneralAssembly) => 1,
        Some(Profile::PermanentCouncil) => 2,
        Some(Profile::Cidi) => 3,
    });
    out.push(u8::from(config.session_year.is_some()));
    out.extend(config.session_year.unwrap_or(0).to_le_bytes());
    for rule in RULES {
        let default = rule.meta.default_severity;
        out.push(match config.severity_of(rule.meta.name, default) {
            None => 1,
            Some(s) if s == default => 0,
            Some(Severity::Info) => 2,
            Some(Severity::Warning) => 3,
            Some(Severity::Error) => 4,
        });
    }
    for ignore in &config.ignores {
        put_str(&mut out, Some(&ignore.rule));
        put_str(&mut out, ignore.paragraph.as_deref());
        put_str(&mut out, ignore.text.as_deref());
    }
    out
}

struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        if self.0.len() < n {
            self.0 = &[];
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }
    fn byte(&mut self) -> Option<u8> {
        self.take(1).map(|b| b[0])
    }
    fn u32(&mut self) -> Option<u32> {
        self.take(4)
            .and_then(|b| b.try_into().ok())
            .map(u32::from_le_bytes)
    }
    /// `Some(None)` for a missing string, `None` at the end or on bad bytes.
    fn str(&mut self) -> Option<Option<String>> {
        match self.u32()? {
            u32::MAX => Some(None),
            len => {
                let bytes = self.take(usize::try_from(len).ok()?)?;
                String::from_utf8(bytes.to_vec()).ok().map(Some)
            }
        }
    }
}

/// The configuration the bytes stand for; bytes it does not understand are ignored.
#[must_use]
pub fn config(bytes: &[u8]) -> Config {
    let mut r = Reader(bytes);
    let mut config = Config::default();
    config.lang = r
        .byte()
        .and_then(|n| Lang::ALL.get(usize::from(n).checked_sub(1)?).copied());
    config.profile = match r.byte() {
        Some(1) => Some(Profile::GeneralAssembly),
        Some(2) => Some(Profile::PermanentCouncil),
        Some(3) => Some(Profile::Cidi),
        _ => None,
    };
    let has_year = r.byte() == Some(1);
    config.session_year = r.u32().filter(|_| has_year);
    for rule in RULES {
        let level = match r.byte() {
            None => break,
            Some(1) => Level::Off,
            Some(2) => Level::Info,
            Some(3) => Level::Warning,
            Some(4) => Level::Error,
            Some(_) => continue,
        };
        // The name comes from the registry itself, so this cannot fail.
        let _ = config.set_rule(rule.meta.name, level);
    }
    while let Some(Some(rule)) = r.str() {
        let (Some(paragraph), Some(text)) = (r.str(), r.str()) else {
            break;
        };
        config.ignores.push(Ignore {
            rule,
            paragraph,
            text,
        });
    }
    config
}

#[cfg(test)]
mod tests {
    use super::*;
    use resolint::config::Settings;

    #[test]
    fn should_round_trip_every_setting() {
        let settings = Settings {
            language: Some("fr".into()),
            profile: Some(Profile::Cidi),
            session_year: Some(2024),
            rules: [
                ("whitespace", "off"),
                ("doubled-word", "error"),
                ("placeholder", "info"),
            ]
            .into_iter()
            .map(|(a, b)| (a.to_owned(), b.to_owned()))
            .collect(),
            ignore: vec![
                Ignore {
                    rule: "doubled-word".into(),
                    paragraph: Some(resolint::config::paragraph_fingerprint(
                        "NOTING the the report,",
                    )),
                    text: Some("the résumé 😀".into()),
                },
                Ignore {
                    rule: "whitespace".into(),
                    paragraph: None,
                    text: None,
                },
                Ignore {
                    rule: "placeholder".into(),
                    paragraph: None,
                    text: Some(String::new()),
                },
            ],
        };
        let config = settings.into_config().unwrap();
        let decoded = self::config(&encode(&config));
        assert_same(&decoded, &config);
        assert_eq!(decoded.ignores.len(), 3);
        assert_eq!(decoded.session_year, Some(2024));
        // A rule set to its default level encodes as the default.
        let mut same = Config::default();
        for rule in RULES {
            let level = match rule.meta.default_severity {
                Severity::Info => Level::Info,
                Severity::Warning => Level::Warning,
                Severity::Error => Level::Error,
            };
            same.set_rule(rule.meta.name, level).unwrap();
        }
        assert_eq!(encode(&same), encode(&Config::default()));
    }

    /// The same configuration, whatever the order the rule levels were set in.
    fn assert_same(a: &Config, b: &Config) {
        assert_eq!(
            (a.lang, a.profile, a.session_year, &a.ignores),
            (b.lang, b.profile, b.session_year, &b.ignores)
        );
        for rule in RULES {
            let d = rule.meta.default_severity;
            assert_eq!(
                a.severity_of(rule.meta.name, d),
                b.severity_of(rule.meta.name, d),
                "{}",
                rule.meta.name
            );
        }
    }

    #[test]
    fn should_encode_the_defaults_as_zeros() {
        let bytes = encode(&Config::default());
        assert_eq!(bytes, vec![0; HEADER + RULES.len()]);
        assert_eq!(config(&bytes), Config::default());
        // Short or broken bytes leave the defaults for what they lack.
        assert_eq!(config(&[]), Config::default());
        assert_eq!(config(&[0]), Config::default());
        assert_eq!(config(&[2]).lang, Some(Lang::ALL[1]));
        let mut broken = encode(&Config::default());
        broken.extend([3, 0, 0, 0, b'a']);
        assert!(config(&broken).ignores.is_empty());
    }
}

//! The `Validator` options: parsed from the JavaScript object once, in the constructor,
//! into a few bytes that every later call turns back into a [`Config`].
//!
//! Keeping the configuration as bytes on the JavaScript side means the module holds no
//! state between calls, so resetting the instance after an internal error (see the crate
//! docs) loses nothing. Errors name the bad key or value; unknown keys are refused, so a
//! misspelt option never passes silently (and `profile`, `sessionYear` stay free for
//! later versions).

use js_sys::{Array, Object};
use resolint::{Config, Lang, Level, RULES};
use wasm_bindgen::{JsCast, JsValue};

/// The option keys this version knows, as error messages list them.
const KEYS: &str = "`lang` or `rules`";

/// Byte 0: the language (0 auto, then 1 + the index in [`Lang::ALL`]); then one byte per
/// rule of [`RULES`], in order: 0 default, 1 off, 2 info, 3 warning, 4 error.
pub type ConfigBytes = Vec<u8>;

/// Options as read, before they are checked against the languages and the rules.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct RawOptions {
    pub lang: Option<String>,
    pub rules: Vec<(String, String)>,
}

/// Reads the JavaScript options object (`undefined` and `null` mean the defaults).
///
/// # Errors
/// A message naming the bad key, rule or level.
pub fn parse(options: &JsValue) -> Result<ConfigBytes, String> {
    to_bytes(&read(options)?)
}

/// Whether `value` is an object that is neither an array nor a function.
fn is_plain_object(value: &JsValue) -> bool {
    value.is_object() && !Array::is_array(value) && !value.is_function()
}

/// The own enumerable `[key, value]` pairs of an object (`Object.entries`).
fn entries(object: &JsValue) -> impl Iterator<Item = (String, JsValue)> {
    Object::entries(object.unchecked_ref::<Object>())
        .into_iter()
        .map(|pair| {
            let pair: Array = pair.unchecked_into();
            (pair.get(0).as_string().unwrap_or_default(), pair.get(1))
        })
}

/// Reads the options object without judging languages, rules or levels.
///
/// # Errors
/// A message naming the unknown key or the key whose value has the wrong type.
pub fn read(options: &JsValue) -> Result<RawOptions, String> {
    let mut out = RawOptions::default();
    if options.is_undefined() || options.is_null() {
        return Ok(out);
    }
    if !is_plain_object(options) {
        return Err(format!(
            "Validator options must be an object with the keys {KEYS}"
        ));
    }
    for (key, value) in entries(options) {
        // A key set to `undefined` (or `null`) is the same as a key left out.
        let absent = value.is_undefined() || value.is_null();
        match key.as_str() {
            "lang" | "rules" if absent => {}
            "lang" => {
                out.lang =
                    Some(value.as_string().ok_or(
                        "invalid option `lang`: expected a string (auto, en, es, fr or pt)",
                    )?);
            }
            "rules" => {
                if !is_plain_object(&value) {
                    return Err(
                        "invalid option `rules`: expected an object mapping rule names to levels"
                            .to_owned(),
                    );
                }
                for (name, level) in entries(&value) {
                    let level = level.as_string().ok_or_else(|| {
                        format!("invalid option `rules.{name}`: expected a string (off, info, warning or error)")
                    })?;
                    out.rules.push((name, level));
                }
            }
            other => return Err(format!("unknown option `{other}` (expected {KEYS})")),
        }
    }
    Ok(out)
}

/// Checks read options against the languages and rules and encodes them.
///
/// # Errors
/// A message naming the bad language, rule or level.
pub fn to_bytes(raw: &RawOptions) -> Result<ConfigBytes, String> {
    let mut bytes = vec![0u8; 1 + RULES.len()];
    if let Some(lang) = raw.lang.as_deref() {
        if lang != "auto" {
            let found = Lang::from_code(lang)
                .and_then(|l| Lang::ALL.iter().position(|&x| x == l))
                .ok_or_else(|| format!("invalid option `lang`: unknown language `{lang}` (expected auto, en, es, fr or pt)"))?;
            bytes[0] = u8::try_from(found + 1).unwrap_or(0);
        }
    }
    for (name, level) in &raw.rules {
        let index = RULES.iter().position(|r| r.meta.name == name.as_str()).ok_or_else(|| {
            format!("invalid option `rules`: unknown rule `{name}` (Validator.rules() lists the rules)")
        })?;
        let level = Level::parse(level).ok_or_else(|| {
            format!("invalid option `rules.{name}`: unknown level `{level}` (expected off, info, warning or error)")
        })?;
        bytes[1 + index] = match level {
            Level::Off => 1,
            Level::Info => 2,
            Level::Warning => 3,
            Level::Error => 4,
        };
    }
    Ok(bytes)
}

/// The configuration the bytes stand for; bytes it does not understand are ignored.
#[must_use]
pub fn config(bytes: &[u8]) -> Config {
    let mut config = match bytes.first().copied().unwrap_or(0) {
        0 => Config::default(),
        n => Lang::ALL
            .get(usize::from(n) - 1)
            .map_or_else(Config::default, |&l| Config::with_lang(l)),
    };
    for (rule, &b) in RULES.iter().zip(bytes.iter().skip(1)) {
        let level = match b {
            1 => Level::Off,
            2 => Level::Info,
            3 => Level::Warning,
            4 => Level::Error,
            _ => continue,
        };
        // The name comes from the registry itself, so this cannot fail.
        let _ = config.set_rule(rule.meta.name, level);
    }
    config
}

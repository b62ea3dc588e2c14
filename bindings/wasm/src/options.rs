//! The `Validator` options: read from the JavaScript object once, in the constructor,
//! checked by the core, and kept as a few bytes that every later call turns back into a
//! [`Config`].
//!
//! The options are the core's [`Settings`] (the keys of `resolint.toml`): the object is
//! deserialised into `Settings` by [`Js`], a small serde deserialiser over the JavaScript
//! value, and [`Settings::into_config`] checks languages, rules and levels. So the options
//! accept exactly what the configuration file accepts (`lang` or `language`, `profile`,
//! `sessionYear` or `session-year`, `rules`, `ignore`), and refuse what it refuses.
//! `serde-wasm-bindgen` is not used for this: it reads a struct by looking up the fields
//! it knows, so it never sees an unknown key and `deny_unknown_fields` would not work.
//! [`Js`] hands objects over as maps instead, and records where an error is (`rules.x`,
//! `ignore[2].text`) so that every message names the bad key or value.
//!
//! Keeping the configuration as bytes on the JavaScript side means the module holds no
//! state between calls, so resetting the instance after an internal error (see the crate
//! docs) loses nothing. Encoding and decoding are a few dozen bytes plus the ignores'
//! strings: cheap next to a validation.

use js_sys::{Array, Object, Reflect};
use resolint::config::{Ignore, Profile, Settings};
use resolint::{Config, Lang, Level, Severity, RULES};
use serde::de::{
    self, Deserialize, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor,
};
use std::fmt;
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
    let settings = Settings::deserialize(Js(options.clone())).map_err(|e| e.to_string())?;
    settings
        .clone()
        .into_config()
        .map_err(|e| explain(e, &settings, options))
}

/// The message of an error of [`Settings::into_config`], naming where the bad value is.
fn explain(error: resolint::Error, settings: &Settings, options: &JsValue) -> String {
    use resolint::Error as E;
    #[allow(unreachable_patterns)] // should the core add variants
    match error {
        E::UnknownLanguage(lang) => {
            let given = |key: &str| {
                Reflect::get(options, &key.into()).is_ok_and(|v| !v.is_undefined() && !v.is_null())
            };
            let key = if given("language") {
                "language"
            } else {
                "lang"
            };
            format!("invalid option `{key}`: unknown language `{lang}` (expected auto, en, es, fr or pt)")
        }
        E::UnknownLevel(level) => {
            let rule = settings
                .rules
                .iter()
                .find(|(_, l)| **l == level)
                .map_or("", |(name, _)| name.as_str());
            format!("invalid option `rules.{rule}`: unknown level `{level}` (expected off, info, warning or error)")
        }
        E::UnknownRule(rule) => {
            let at = if settings.rules.contains_key(&rule) {
                "rules".to_owned()
            } else {
                let i = settings
                    .ignore
                    .iter()
                    .position(|ig| ig.rule == rule)
                    .unwrap_or(0);
                format!("ignore[{i}].rule")
            };
            format!(
                "invalid option `{at}`: unknown rule `{rule}` (Validator.rules() lists the rules)"
            )
        }
        other => format!("invalid options: {other}"),
    }
}

/// Whether `value` is an object that is neither an array nor a function.
fn is_plain_object(value: &JsValue) -> bool {
    value.is_object() && !Array::is_array(value) && !value.is_function()
}

// --- the deserialiser -----------------------------------------------------------------

/// A JavaScript value as a serde deserialiser. Objects are maps of their own enumerable
/// string keys (`Object.entries`), where a key set to `undefined` or `null` is the same as
/// a key left out; arrays are sequences; numbers are integers when they are whole. Only
/// as much of the value is read as the target type asks for, so a cyclic or deep object
/// in an unexpected place is refused, never walked.
pub struct Js(pub JsValue);

impl Js {
    /// What the value is, in JavaScript's words.
    fn what(&self) -> String {
        let v = &self.0;
        if let Some(b) = v.as_bool() {
            format!("{b}")
        } else if let Some(n) = v.as_f64() {
            describe(&de::Unexpected::Float(n))
        } else if let Some(s) = v.as_string() {
            describe(&de::Unexpected::Str(&s))
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

    /// The error for a value of the wrong kind. (Each `deserialize_*` looks for the one
    /// kind it wants and leaves the rest to this, which keeps the module small.)
    fn wrong(&self, expected: &dyn de::Expected) -> OptionError {
        OptionError::message(format!(
            "expected {}, not {}",
            expectation(expected),
            self.what()
        ))
    }
}

macro_rules! numbers {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, OptionError> {
            match self.0.as_f64() {
                Some(n) => visit_number(n, visitor),
                None => Err(self.wrong(&visitor)),
            }
        }
    )*};
}

impl<'de> de::Deserializer<'de> for Js {
    type Error = OptionError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, OptionError> {
        let v = &self.0;
        if let Some(b) = v.as_bool() {
            visitor.visit_bool(b)
        } else if let Some(n) = v.as_f64() {
            visit_number(n, visitor)
        } else if let Some(s) = v.as_string() {
            visitor.visit_string(s)
        } else if Array::is_array(v) {
            self.deserialize_seq(visitor)
        } else if is_plain_object(v) {
            self.deserialize_map(visitor)
        } else {
            Err(self.wrong(&visitor))
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, OptionError> {
        self.deserialize_string(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, OptionError> {
        match self.0.as_string() {
            Some(s) => visitor.visit_string(s),
            None => Err(self.wrong(&visitor)),
        }
    }

    numbers! { deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_i8
    deserialize_i16 deserialize_i32 deserialize_i64 deserialize_f32 deserialize_f64 }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, OptionError> {
        if Array::is_array(&self.0) {
            visitor.visit_seq(Seq {
                items: self.0.unchecked_into(),
                at: 0,
            })
        } else {
            Err(self.wrong(&visitor))
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, OptionError> {
        if is_plain_object(&self.0) {
            visitor.visit_map(Map::new(&self.0))
        } else {
            Err(self.wrong(&visitor))
        }
    }

    /// A struct is read as a map, so that its visitor sees every key, unknown ones too.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, OptionError> {
        self.deserialize_map(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, OptionError> {
        if self.0.is_undefined() || self.0.is_null() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, OptionError> {
        match self.0.as_string() {
            Some(s) => visitor.visit_enum(s.into_deserializer()),
            None => Err(OptionError::message(format!(
                "expected a string ({}), not {}",
                list(variants),
                self.what()
            ))),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i128 u128 char bytes byte_buf unit unit_struct newtype_struct tuple
        tuple_struct identifier ignored_any
    }
}

fn visit_number<'de, V: Visitor<'de>>(n: f64, visitor: V) -> Result<V::Value, OptionError> {
    // Whole numbers within 2^53 (where every integer is exact) are integers.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    if n.fract() == 0.0 && n.abs() <= EXACT {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        if n >= 0.0 {
            visitor.visit_u64(n as u64)
        } else {
            visitor.visit_i64(n as i64)
        }
    } else {
        visitor.visit_f64(n)
    }
}

/// An object's entries, as a map.
struct Map {
    entries: std::vec::IntoIter<(String, JsValue)>,
    key: String,
    value: JsValue,
}

impl Map {
    fn new(object: &JsValue) -> Self {
        let entries: Vec<(String, JsValue)> = Object::entries(object.unchecked_ref::<Object>())
            .into_iter()
            .filter_map(|pair| {
                let pair: Array = pair.unchecked_into();
                let value = pair.get(1);
                (!value.is_undefined() && !value.is_null())
                    .then(|| (pair.get(0).as_string().unwrap_or_default(), value))
            })
            .collect();
        Map {
            entries: entries.into_iter(),
            key: String::new(),
            value: JsValue::UNDEFINED,
        }
    }
}

impl<'de> MapAccess<'de> for Map {
    type Error = OptionError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, OptionError> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        self.value = value;
        self.key.clone_from(&key);
        seed.deserialize(key.into_deserializer()).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, OptionError> {
        let value = std::mem::replace(&mut self.value, JsValue::UNDEFINED);
        seed.deserialize(Js(value))
            .map_err(|e| e.within(Segment::Key(std::mem::take(&mut self.key))))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// An array's items, as a sequence.
struct Seq {
    items: Array,
    at: u32,
}

impl<'de> SeqAccess<'de> for Seq {
    type Error = OptionError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, OptionError> {
        if self.at >= self.items.length() {
            return Ok(None);
        }
        let at = self.at;
        self.at += 1;
        seed.deserialize(Js(self.items.get(at)))
            .map(Some)
            .map_err(|e| e.within(Segment::Index(at)))
    }

    fn size_hint(&self) -> Option<usize> {
        usize::try_from(self.items.length().saturating_sub(self.at)).ok()
    }
}

// --- errors ---------------------------------------------------------------------------

/// Where in the options an error is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Key(String),
    Index(u32),
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    UnknownKey {
        key: String,
        expected: &'static [&'static str],
    },
    Message(String),
}

/// An error of [`Js`]: what is wrong, and where (`rules.whitespace`, `ignore[0]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionError {
    /// Innermost first.
    path: Vec<Segment>,
    kind: Kind,
}

impl OptionError {
    fn message(message: String) -> Self {
        OptionError {
            path: Vec::new(),
            kind: Kind::Message(message),
        }
    }

    fn within(mut self, segment: Segment) -> Self {
        self.path.push(segment);
        self
    }
}

/// `a, b or c`, for the names of keys and values (the TOML spellings with a hyphen left
/// out where a camelCase alias exists, as for `session-year`).
fn list(names: &[&str]) -> String {
    let names: Vec<&str> = names
        .iter()
        .copied()
        .filter(|n| {
            !n.contains('-')
                || !names
                    .iter()
                    .any(|m| m.eq_ignore_ascii_case(&n.replace('-', "")))
        })
        .collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

/// What a value is, in JavaScript's words. (Numbers are written by JavaScript: Rust's
/// float formatting would add tens of kilobytes to the module.)
fn describe(unexpected: &de::Unexpected<'_>) -> String {
    use de::Unexpected as U;
    let number = |n: f64| {
        js_sys::Number::from(n)
            .to_string_with_radix(10)
            .map_or_else(|_| String::new(), String::from)
    };
    match *unexpected {
        U::Map | U::StructVariant => "an object".to_owned(),
        U::Seq | U::TupleVariant => "an array".to_owned(),
        U::Unsigned(n) => format!("the number {n}"),
        U::Signed(n) => format!("the number {n}"),
        U::Float(n) => format!("the number {}", number(n)),
        U::Str(s) => {
            // A long string is cut short: the message names it, it need not hold it.
            let cut: String = s.chars().take(40).collect();
            let more = if cut.len() < s.len() { "…" } else { "" };
            format!("the string \"{cut}{more}\"")
        }
        U::Char(c) => format!("the string \"{c}\""),
        U::Bool(b) => format!("{b}"),
        U::Other(what) => what.to_owned(),
        U::Unit | U::Option | U::UnitVariant | U::NewtypeStruct | U::NewtypeVariant | U::Enum => {
            "null".to_owned()
        }
        U::Bytes(_) => "bytes".to_owned(),
    }
}

/// What serde expected, in JavaScript's words.
fn expectation(expected: &dyn de::Expected) -> String {
    match expected.to_string().as_str() {
        "u32" | "u64" => "a non-negative whole number".to_owned(),
        "a map" | "struct Settings" => "an object".to_owned(),
        "a sequence" => "an array".to_owned(),
        "struct Ignore" => "an object { rule, paragraph?, text? }".to_owned(),
        other => other.to_owned(),
    }
}

impl de::Error for OptionError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        OptionError::message(msg.to_string())
    }

    fn invalid_type(unexpected: de::Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        OptionError::message(format!(
            "expected {}, not {}",
            expectation(expected),
            describe(&unexpected)
        ))
    }

    fn invalid_value(unexpected: de::Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        OptionError::message(format!(
            "expected {}, not {}",
            expectation(expected),
            describe(&unexpected)
        ))
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        OptionError::message(format!(
            "unknown value `{variant}` (expected {})",
            list(expected)
        ))
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        OptionError {
            path: Vec::new(),
            kind: Kind::UnknownKey {
                key: field.to_owned(),
                expected,
            },
        }
    }

    fn missing_field(field: &'static str) -> Self {
        OptionError::message(format!("missing key `{field}`"))
    }

    fn duplicate_field(field: &'static str) -> Self {
        OptionError::message("given twice, under two of its names".to_owned())
            .within(Segment::Key(field.to_owned()))
    }
}

impl std::error::Error for OptionError {}

impl fmt::Display for OptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut path = String::new();
        for segment in self.path.iter().rev() {
            match segment {
                Segment::Key(k) if path.is_empty() => path.push_str(k),
                Segment::Key(k) => {
                    path.push('.');
                    path.push_str(k);
                }
                Segment::Index(i) => {
                    path.push('[');
                    path.push_str(&i.to_string());
                    path.push(']');
                }
            }
        }
        match (&self.kind, path.is_empty()) {
            (Kind::UnknownKey { key, expected }, true) => {
                write!(f, "unknown option `{key}` (expected {})", list(expected))
            }
            (Kind::UnknownKey { key, expected }, false) => {
                write!(
                    f,
                    "invalid option `{path}`: unknown key `{key}` (expected {})",
                    list(expected)
                )
            }
            (Kind::Message(m), true) => write!(f, "invalid options: {m}"),
            (Kind::Message(m), false) => write!(f, "invalid option `{path}`: {m}"),
        }
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

    #[test]
    fn should_list_names_without_the_hyphenated_aliases() {
        assert_eq!(
            list(&["language", "lang", "session-year", "sessionYear"]),
            "language, lang or sessionYear"
        );
        assert_eq!(
            list(&["general-assembly", "cidi"]),
            "general-assembly or cidi"
        );
        assert_eq!(list(&["rule"]), "rule");
    }
}

//! Upper and lower case for the scripts of the four OAS languages.
//!
//! ASCII, Latin-1 and Latin Extended-A: every letter English, Spanish, French and
//! Portuguese drafts use, with room to spare. Characters of other scripts keep their
//! case. `char::to_lowercase` would do more, but it links Unicode's whole case tables
//! (about 20 KB of the WebAssembly module) for letters no draft of these four languages
//! contains. This module converts; it does not classify (`char::is_uppercase` does).

/// `c` in lower case.
#[must_use]
pub fn lower(c: char) -> char {
    let n = u32::from(c);
    let mapped = match n {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => n + 0x20,
        // Latin Extended-A: pairs, the capital first, ...
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if n % 2 == 0 => n + 1,
        // ... except in two runs where the capital comes second.
        0x139..=0x148 | 0x179..=0x17E if n % 2 == 1 => n + 1,
        0x130 => 0x69,  // İ → i
        0x178 => 0xFF,  // Ÿ → ÿ
        _ => n,
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// `c` in upper case.
#[must_use]
pub fn upper(c: char) -> char {
    let n = u32::from(c);
    let mapped = match n {
        0x61..=0x7A | 0xE0..=0xF6 | 0xF8..=0xFE => n - 0x20,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if n % 2 == 1 => n - 1,
        0x139..=0x148 | 0x179..=0x17E if n % 2 == 0 => n - 1,
        0xFF => 0x178,  // ÿ → Ÿ
        0x131 => 0x49,  // ı → I
        0x17F => 0x53,  // ſ → S
        _ => n,
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// `s` in lower case.
#[must_use]
pub fn to_lower(s: &str) -> String {
    s.chars().map(lower).collect()
}

/// `s` in upper case.
#[must_use]
pub fn to_upper(s: &str) -> String {
    s.chars().map(upper).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_agree_with_unicode_on_every_letter_of_the_four_languages() {
        // Every char of the three blocks whose full case mapping is one char of the same
        // blocks (ß and ŉ expand to two chars in Unicode's mapping, µ maps to Greek; they
        // are left alone here).
        for n in 0..0x180u32 {
            let Some(c) = char::from_u32(n) else { continue };
            let mut l = c.to_lowercase();
            if let (Some(expected), None) = (l.next(), l.next()) {
                if n != 0x130 && u32::from(expected) < 0x180 {
                    assert_eq!(lower(c), expected, "lower of {c:?} (U+{n:04X})");
                }
            }
            let mut u = c.to_uppercase();
            if let (Some(expected), None) = (u.next(), u.next()) {
                if u32::from(expected) < 0x180 {
                    assert_eq!(upper(c), expected, "upper of {c:?} (U+{n:04X})");
                }
            }
        }
    }

    #[test]
    fn should_convert_drafts_and_leave_other_scripts_alone() {
        assert_eq!(to_upper("reconociendo"), "RECONOCIENDO");
        assert_eq!(to_upper("réaffirmant l’égalité"), "RÉAFFIRMANT L’ÉGALITÉ");
        assert_eq!(to_lower("CONSIDERANDO QUE A ASSEMBLEIA É"), "considerando que a assembleia é");
        assert_eq!(to_upper("Ωμέγα"), "Ωμέγα");
    }
}

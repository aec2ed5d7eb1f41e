//! What a password must be, in the spirit of NIST SP 800-63B: long enough, not one everybody
//! uses, not a pattern, not the person's own name. No composition rules (no "one digit, one
//! capital"): a few unrelated words make a good password.
//!
//! [`check`] only judges; the caller shows [`PasswordProblem::message_id`] from the catalogues.
use crate::secret::Password;
use std::sync::LazyLock;

/// The fewest characters (Unicode scalar values, not bytes) a password may have.
pub const MIN_CHARS: usize = 12;
/// The most characters a password may have: enough for any passphrase, little enough to hash.
pub const MAX_CHARS: usize = 256;
/// A context string (or a part of one) shorter than this is not looked for in the password.
const MIN_CONTEXT_CHARS: usize = 4;
/// A common password with at most this many digits or symbols around it is still common
/// ("Password2024!").
const MAX_DECORATION_CHARS: usize = 6;

/// Why a password is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordProblem {
    #[error("the password is shorter than 12 characters")]
    TooShort,
    #[error("the password is longer than 256 characters")]
    TooLong,
    #[error("the password is a common one or a simple pattern")]
    Common,
    #[error("the password contains the person's name or email address")]
    Personal,
}

impl PasswordProblem {
    /// The catalogue id of the message that tells the person what to change.
    pub fn message_id(&self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "password-too-short",
            PasswordProblem::TooLong => "password-too-long",
            PasswordProblem::Common => "password-common",
            PasswordProblem::Personal => "password-personal",
        }
    }
}

/// Whether `password` may be chosen by the person described by `context`: strings such as the
/// local part of their email address and their name. A context string, or a part of it between
/// separators (`.`, `_`, `-`, space...), of 4 or more characters must not appear in the password,
/// ignoring case and Polish and German diacritics.
pub fn check(password: &Password, context: &[&str]) -> Result<(), PasswordProblem> {
    let raw = password.expose();
    let count = raw.chars().count();
    if count < MIN_CHARS {
        return Err(PasswordProblem::TooShort);
    }
    if count > MAX_CHARS {
        return Err(PasswordProblem::TooLong);
    }
    if is_personal(raw, context) {
        return Err(PasswordProblem::Personal);
    }
    let lower = raw.to_lowercase();
    if is_common(&lower) || is_pattern(&lower.chars().collect::<Vec<_>>()) {
        return Err(PasswordProblem::Common);
    }
    Ok(())
}

/// The embedded list: lower case, one a line, sorted byte-wise and without duplicates (a test
/// makes sure), so it can be binary-searched.
const COMMON_SOURCE: &str = include_str!("common-passwords.txt");

static COMMON: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| COMMON_SOURCE.lines().map(str::trim).filter(|l| !l.is_empty()).collect());

fn in_list(lower: &str) -> bool {
    COMMON.binary_search(&lower).is_ok()
}

/// On the list as it is, or a listed word with a few digits or symbols before or after it.
fn is_common(lower: &str) -> bool {
    if in_list(lower) {
        return true;
    }
    let core = lower.trim_matches(|c: char| !c.is_alphabetic());
    let decoration = lower.chars().count() - core.chars().count();
    !core.is_empty() && decoration > 0 && decoration <= MAX_DECORATION_CHARS && in_list(core)
}

/// Runs along these, forwards or backwards, wrapping around: the alphabet, the digits, keyboard
/// rows (QWERTY, QWERTZ, AZERTY) and columns.
const SEQUENCES: [&str; 9] = [
    "abcdefghijklmnopqrstuvwxyz",
    "0123456789",
    "qwertyuiopasdfghjklzxcvbnm",
    "qwertzuiopasdfghjklyxcvbnm",
    "azertyuiopqsdfghjklmwxcvbn",
    "!@#$%^&*()",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/",
    "1qay2wsx3edc4rfv5tgb6zhn7ujm8ik,9ol.0p",
    "1q2w3e4r5t6y7u8i9o0p",
];

/// One piece that is a run or a repetition, or two such pieces of 3+ characters each
/// ("abcdef123456", "aaaaaa111111", "asdfgh123456").
fn is_pattern(p: &[char]) -> bool {
    is_simple(p) || (3..p.len().saturating_sub(2)).any(|k| is_simple(&p[..k]) && is_simple(&p[k..]))
}

fn is_simple(p: &[char]) -> bool {
    repeats_short_unit(p) || SEQUENCES.iter().any(|s| runs_along(p, s))
}

/// The same 1 to 4 characters over and over: "aaaaaaaaaaaa", "abababababab", "123123123123".
fn repeats_short_unit(p: &[char]) -> bool {
    (1..=4).any(|n| n < p.len() && p.iter().enumerate().all(|(i, c)| *c == p[i % n]))
}

/// Every character the next one along `seq` (or every one the previous one): "123456789012",
/// "zyxwvutsrqpo", "qwertyuiopas".
fn runs_along(p: &[char], seq: &str) -> bool {
    let seq: Vec<char> = seq.chars().collect();
    let len = seq.len();
    let Some(positions) = p.iter().map(|c| seq.iter().position(|s| s == c)).collect::<Option<Vec<_>>>() else {
        return false;
    };
    if positions.len() < 2 {
        return false;
    }
    let step = |w: &[usize]| (w[1] + len - w[0]) % len;
    let first = step(&positions[..2]);
    (first == 1 || first == len - 1) && positions.windows(2).all(|w| step(w) == first)
}

fn is_personal(raw: &str, context: &[&str]) -> bool {
    let password = fold(raw, false);
    context
        .iter()
        .flat_map(|c| [fold(c, false), fold(c, true)])
        .flat_map(|c| {
            let parts: Vec<String> =
                c.split(|ch: char| !ch.is_alphanumeric()).filter(|p| !p.is_empty()).map(str::to_owned).collect();
            std::iter::once(c.trim().to_owned()).chain(parts)
        })
        .filter(|c| c.chars().count() >= MIN_CONTEXT_CHARS)
        .any(|c| password.contains(&c))
}

/// Lower case without the diacritics of Polish, German and their neighbours, so that "Łukasz"
/// matches "lukasz". With `german_e`, ä, ö, ü become ae, oe, ue ("Müller" as "mueller").
fn fold(s: &str, german_e: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        let plain = match c {
            'ä' | 'ö' | 'ü' if german_e => {
                out.push(match c {
                    'ä' => 'a',
                    'ö' => 'o',
                    _ => 'u',
                });
                'e'
            }
            'ß' => {
                out.push('s');
                's'
            }
            'ą' | 'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ć' | 'č' | 'ç' => 'c',
            'ď' => 'd',
            'ę' | 'è' | 'é' | 'ê' | 'ë' | 'ě' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ł' => 'l',
            'ń' | 'ñ' | 'ň' => 'n',
            'ó' | 'ò' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ř' => 'r',
            'ś' | 'š' => 's',
            'ť' => 't',
            'ú' | 'ù' | 'û' | 'ü' | 'ů' => 'u',
            'ý' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            other => other,
        };
        out.push(plain);
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn verdict(p: &str, context: &[&str]) -> Result<(), PasswordProblem> {
        check(&Password::new(p), context)
    }

    #[test]
    fn a_good_passphrase_is_accepted() {
        for good in [
            "correct horse battery staple",
            "Tramwaj jedzie na Mokotów",
            "blue-kettle-orbit-sand",
            "mY9#kq2!vT7wZp",
            "zielona żaba śpiewa",
        ] {
            assert_eq!(verdict(good, &["anna.kowalska", "Anna Kowalska"]), Ok(()), "{good}");
        }
    }

    #[test]
    fn twelve_characters_at_least_counted_as_characters_not_bytes() {
        assert_eq!(verdict("", &[]), Err(PasswordProblem::TooShort));
        assert_eq!(verdict("short pass", &[]), Err(PasswordProblem::TooShort));
        assert_eq!(verdict("blue kettle", &[]), Err(PasswordProblem::TooShort)); // 11
        assert_eq!(verdict("blue kettle!", &[]), Ok(())); // 12
        // 11 characters, 22 bytes: too short although the bytes would be enough.
        let polish = "żółćźśęąńłż";
        assert_eq!(polish.chars().count(), 11);
        assert!(polish.len() >= 12);
        assert_eq!(verdict(polish, &[]), Err(PasswordProblem::TooShort));
        assert_eq!(verdict("żółć gęś jaźń", &[]), Ok(()));
        assert_eq!(verdict("🦀🐘🦊🐙🦉🐝🐢🦋🐬🦄🐞🦜", &[]), Ok(()));
    }

    #[test]
    fn at_most_256_characters() {
        let words = "plum otter violin ";
        let long: String = words.repeat(20).chars().take(MAX_CHARS).collect();
        assert_eq!(verdict(&long, &[]), Ok(()));
        let too_long: String = words.repeat(20).chars().take(MAX_CHARS + 1).collect();
        assert_eq!(verdict(&too_long, &[]), Err(PasswordProblem::TooLong));
        // Counted in characters: 256 two-byte letters are fine.
        let wide: String = "ąćęłńóśźż ".repeat(30).chars().take(MAX_CHARS).collect();
        assert_eq!(verdict(&wide, &[]), Ok(()));
    }

    #[test]
    fn common_passwords_are_refused_whatever_their_case() {
        for common in [
            "123456789012",
            "qwertyuiop123",
            "passwordpassword",
            "PasswordPassword",
            "iloveyou1234",
            "1q2w3e4r5t6y",
            "password1234",
            "ADMINISTRATOR",
            "zaq12wsxcde3",
            "polska123456",
            "hallo1234567",
            "Passwort1234",
            "Sonnenschein1",
        ] {
            assert_eq!(verdict(common, &[]), Err(PasswordProblem::Common), "{common}");
        }
    }

    #[test]
    fn a_common_word_with_a_few_digits_or_symbols_is_still_common() {
        for common in ["Password2024!", "!!monkey2024", "Sunshine1987", "kochanie2010!", "dragon!!!!!!"] {
            assert_eq!(verdict(common, &[]), Err(PasswordProblem::Common), "{common}");
        }
        // Seven characters around it are enough not to count as the listed word.
        assert_eq!(verdict("dragon#8!3%1&", &[]), Ok(()));
    }

    #[test]
    fn repetitions_and_runs_are_refused() {
        for pattern in [
            "aaaaaaaaaaaa",
            "            ",
            "ababababababab",
            "123123123123123",
            "123456789012",
            "abcdefghijkl",
            "ZYXWVUTSRQPO",
            "qwertyuiopas",
            "poiuytrewqlkj",
            "qwertzuiopasdf",
            "1qaz2wsx3edc4r",
            "!@#$%^&*()!@#",
            "abcdef123456",
            "asdfgh654321",
            "aaaaaa111111",
            "7890123456789",
        ] {
            assert_eq!(verdict(pattern, &[]), Err(PasswordProblem::Common), "{pattern}");
        }
        // Runs inside an otherwise chosen password do not condemn it.
        assert_eq!(verdict("abc lantern 789 quiet", &[]), Ok(()));
    }

    #[test]
    fn the_persons_name_or_address_is_refused() {
        let context = ["anna.kowalska", "Anna Kowalska"];
        for personal in
            ["anna.kowalska2024", "Anna.Kowalska", "kowalska-zima-1987", "ANNA.KOWALSKA!!", "zima anna wiosna"]
        {
            assert_eq!(verdict(personal, &context), Err(PasswordProblem::Personal), "{personal}");
        }
        // Diacritics do not hide a name, either way round.
        let context = ["lukasz.wisniewski", "Łukasz Wiśniewski"];
        assert_eq!(verdict("Wiśniewski.2024", &context), Err(PasswordProblem::Personal));
        assert_eq!(verdict("wisniewski-rower", &context), Err(PasswordProblem::Personal));
        let context = ["j.mueller", "Jörg Müller"];
        assert_eq!(verdict("mueller-garten-7", &context), Err(PasswordProblem::Personal));
        assert_eq!(verdict("Müllergarten77", &context), Err(PasswordProblem::Personal));
        // Parts shorter than four characters are not looked for; other people's names are fine.
        assert_eq!(verdict("jo and the blue kettle", &["jo", "Jo Li"]), Ok(()));
        assert_eq!(verdict("kowalska-zima-1987", &["jan.nowak", "Jan Nowak"]), Ok(()));
        assert_eq!(verdict("kowalska-zima-1987", &[]), Ok(()));
    }

    #[test]
    fn every_problem_has_a_catalogue_message() {
        let ids =
            [PasswordProblem::TooShort, PasswordProblem::TooLong, PasswordProblem::Common, PasswordProblem::Personal]
                .map(|p| p.message_id());
        assert_eq!(ids, ["password-too-short", "password-too-long", "password-common", "password-personal"]);
    }

    #[test]
    fn the_list_is_lowercase_sorted_and_without_duplicates() {
        let lines: Vec<&str> = COMMON_SOURCE.lines().collect();
        assert!(lines.len() >= 500, "only {} entries", lines.len());
        assert_eq!(COMMON.len(), lines.len(), "blank lines in the list");
        for l in &lines {
            assert_eq!(*l, l.trim(), "{l:?} has spaces around it");
            assert_eq!(*l, l.to_lowercase(), "{l:?} is not lower case");
        }
        let unsorted: Vec<_> = lines.windows(2).filter(|w| w[0] >= w[1]).collect();
        assert!(unsorted.is_empty(), "not sorted byte-wise or duplicated (use LC_ALL=C sort -u): {unsorted:?}");
        assert!(in_list("zaq12wsxcde3") && in_list("123456") && !in_list("correct horse battery staple"));
    }
}

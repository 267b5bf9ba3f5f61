//! Phone numbers: parsed and validated once with `rlibphonenumber` (Google's libphonenumber
//! rules and metadata), then formatted the way each vendor wants them; and [`mask`], the one
//! way otpkit quotes a destination or other user input in an error, a trace or `Debug` output.
//! (`Phone::masked`'s documentation gives these rules to users.)
//!
//! # Masking
//!
//! A phone number or an e-mail address is personal data: error messages end up in logs and
//! crash reports, so otpkit never prints one whole. Hidden characters become `•` (U+2022):
//!
//! - a valid number (`Phone::masked`, and `Phone`'s `Debug`) keeps `+`, its country code and
//!   the last digits of its national number: `+2348012345678` prints `+234••••••5678`;
//! - in free text (`mask`: input that is not a valid number, a vendor's message), every run of
//!   7 or more digits, which may be a number (digits separated by up to two of ` -.()/` count
//!   as one run, so `+60 12-345 6789` is one), keeps only its last digits and its separators:
//!   `+•• ••-••• 6789`. A country code cannot be told apart from the rest of a number that does
//!   not parse, so none is kept;
//! - how many digits stay: 4 of a number (national part, or run) of 10 or more digits, 3 of 8
//!   or 9, 2 of fewer; at least half of the digits are always hidden;
//! - an e-mail address keeps the first character of its local part and its domain, with the
//!   rest of the local part as three `•` whatever its length: `jane.doe@example.com` prints
//!   `j•••@example.com`.

use rlibphonenumber::{ParseError, PhoneNumber, PhoneNumberFormat};

use crate::Error;

/// A valid phone number in international form. Its `Debug` output is masked
/// (`Phone("+234••••••5678")`, see [`Phone::masked`]), so that a logged request or destination
/// never shows the whole number.
#[derive(Clone, PartialEq, Eq)]
pub struct Phone {
    country_code: u16,
    /// `+E.164`, formatted once at parse time; the other forms are slices of it.
    e164: String,
}

impl Phone {
    /// Parses `text`, which must be in international form (`+` and country code), and checks
    /// that it is a valid number for its country.
    pub fn parse(text: &str) -> Result<Phone, Error> {
        let trimmed = text.trim();
        // Only for the error messages below: the input may be anything, of any size.
        let shown = || crate::error::shorten(trimmed);
        if !trimmed.starts_with('+') {
            return Err(Error::invalid(
                "to",
                format!(
                    "`{}` is not in international form: start with + and the country code (+234 for Nigeria)",
                    shown()
                ),
            ));
        }
        let number = PhoneNumber::parse(trimmed, None).map_err(|e| {
            Error::invalid(
                "to",
                format!("`{}` is not a phone number: {}", shown(), why(&e)),
            )
        })?;
        let country_code = u16::try_from(number.country_code).unwrap_or(0);
        if !number.is_valid() {
            return Err(Error::invalid(
                "to",
                format!(
                    "`{}` is not a valid number for country code +{country_code}",
                    shown()
                ),
            ));
        }
        Ok(Phone {
            country_code,
            e164: number.format_as(PhoneNumberFormat::E164).into_owned(),
        })
    }

    /// The country calling code (234 for Nigeria).
    pub fn country_code(&self) -> u16 {
        self.country_code
    }

    /// `+E.164`, e.g. `+2348012345678` (Octopush).
    pub fn e164(&self) -> String {
        self.e164.clone()
    }

    /// E.164 digits without `+`, e.g. `2348012345678` (Termii, ShoutOUT).
    pub fn digits(&self) -> String {
        self.e164.trim_start_matches('+').to_string()
    }

    /// The national number without the country code, with any leading zeros it keeps in
    /// international form (pipwave's `contact_no`).
    pub fn national(&self) -> String {
        let digits = self.e164.trim_start_matches('+');
        digits
            .get(self.country_code.to_string().len()..)
            .unwrap_or_default()
            .to_string()
    }

    /// The number as otpkit prints it in errors, traces and `Debug` output: `+`, the country
    /// code and the last digits of the national number (4 of 10 or more digits, 3 of 8 or 9, 2
    /// of fewer, never more than half), the others as `•`: `+234••••••5678` for
    /// `+2348012345678`, `+60••••••789` for `+60123456789`.
    ///
    /// Errors quote other input the same way: any run of 7 or more digits (digits separated
    /// by up to two of ` -.()/` make one run) keeps only its last digits, by the same rule
    /// (`+2348012345678` that is not a valid number prints `+•••••••••5678`), and an e-mail
    /// address keeps the first character of its local part and its domain
    /// (`j•••@example.com`).
    pub fn masked(&self) -> String {
        let national = self.national();
        let count = national.chars().count();
        let kept = kept(count);
        let mut out = format!("+{}", self.country_code);
        out.extend(std::iter::repeat_n(HIDDEN, count - kept));
        out.push_str(&national[national.len() - kept..]);
        out
    }
}

impl std::fmt::Debug for Phone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Phone").field(&self.masked()).finish()
    }
}

/// What stands for a hidden character.
const HIDDEN: char = '•';

/// The fewest digits a run of digits must have to be masked as a possible phone number
/// (the shortest national numbers in use have 7; a 4 to 6-digit code or count stays readable).
const MIN_NUMBER_DIGITS: usize = 7;

/// How many of a number's `digits` digits stay visible, at its end: 4 of 10 or more, 3 of 8
/// or 9, 2 of fewer, and never more than half.
fn kept(digits: usize) -> usize {
    let kept = match digits {
        10.. => 4,
        8..=9 => 3,
        _ => 2,
    };
    kept.min(digits / 2)
}

/// What may stand between two digits of one phone number as people write it.
fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '-' | '.' | '(' | ')' | '/')
}

/// `text` with every phone number and e-mail address in it masked: the one function otpkit
/// passes user input (and a vendor's message, which may quote it) through before an error,
/// a trace or `Debug` output shows it. Runs of 7 or more digits keep their last few digits
/// (`+2348012345678` becomes `+•••••••••5678`), e-mail addresses the first character of the
/// local part and the domain (`j•••@example.com`); the rules are in the module docs.
/// Everything else is kept as it is.
pub(crate) fn mask(text: &str) -> String {
    mask_digits(&mask_emails(text))
}

/// Every e-mail address's local part, after its first character, as `•••`.
fn mask_emails(text: &str) -> String {
    if !text.contains('@') {
        return text.to_string();
    }
    let ends_local = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '@' | '`' | '"' | '\'' | '<' | '>' | '(' | ')' | '[' | ']' | ',' | ';' | ':'
            )
    };
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('@') {
        let before = &rest[..at];
        let start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| ends_local(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let local = &before[start..];
        out.push_str(&before[..start]);
        if let Some(first) = local.chars().next() {
            out.push(first);
            out.extend([HIDDEN; 3]);
        }
        out.push('@');
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
    out
}

/// Every run of [`MIN_NUMBER_DIGITS`] or more digits with its digits hidden, but its last few.
fn mask_digits(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_numeric() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // The run: digits, with at most two separators between two of them.
        let start = i;
        let mut end = i + 1;
        loop {
            let mut next = end;
            while next < chars.len() && next - end < 2 && is_separator(chars[next]) {
                next += 1;
            }
            if next < chars.len() && chars[next].is_numeric() {
                end = next + 1;
            } else {
                break;
            }
        }
        let run = &chars[start..end];
        let digits = run.iter().filter(|c| c.is_numeric()).count();
        if digits < MIN_NUMBER_DIGITS {
            out.extend(run);
        } else {
            let mut hidden = digits - kept(digits);
            for &c in run {
                if c.is_numeric() && hidden > 0 {
                    out.push(HIDDEN);
                    hidden -= 1;
                } else {
                    out.push(c);
                }
            }
        }
        i = end;
    }
    out
}

/// What was wrong with a number that does not parse, in words for the person who typed it.
fn why(error: &ParseError) -> &'static str {
    match error {
        ParseError::InvalidCountryCode => "no country has that calling code",
        ParseError::TooShortNsn | ParseError::TooShortAfterIdd => "too few digits",
        ParseError::TooLongNsn => "too many digits",
        ParseError::NotANumber(_) => "it is not made of digits",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phone_prints_masked() {
        for (number, masked) in [
            ("+2348012345678", "+234••••••5678"),
            ("+60123456789", "+60••••••789"),
            ("+94771234567", "+94••••••567"),
            ("+33612345678", "+33••••••678"),
            ("+15017122661", "+1••••••2661"),
            ("+390612345678", "+39••••••5678"),
        ] {
            let phone = Phone::parse(number).unwrap();
            assert_eq!(phone.masked(), masked);
            assert_eq!(format!("{phone:?}"), format!("Phone(\"{masked}\")"));
            assert!(!format!("{phone:#?}").contains(&number[1..]));
        }
    }

    #[test]
    fn masks_digit_runs_that_may_be_numbers() {
        for (text, masked) in [
            ("+2348012345678", "+•••••••••5678"),
            ("2348012345678", "•••••••••5678"),
            ("08012345678", "•••••••5678"),
            ("+60 12-345 6789", "+•• ••-••• 6789"),
            ("+1 (501) 712-2661", "+• (•••) •••-2661"),
            ("call 0801234567 now", "call ••••••4567 now"),
            ("+2340000", "+•••••00"),
            ("+23400000", "+•••••000"),
            ("1234567", "•••••67"),
            // Short digit runs stay: codes, counts, statuses.
            ("123456", "123456"),
            ("+234", "+234"),
            ("status 5002, 60 s", "status 5002, 60 s"),
            ("12 34 56", "12 34 56"),
            // Two runs apart.
            ("a 12345678 and 87654321", "a •••••678 and •••••321"),
            // Full-width and other digits count too.
            ("+２３４８０１２３４５６７８", "+•••••••••５６７８"),
            ("hello", "hello"),
            ("", ""),
        ] {
            assert_eq!(mask(text), masked, "{text}");
        }
    }

    #[test]
    fn masks_the_local_part_of_email_addresses() {
        for (text, masked) in [
            ("jane.doe@example.com", "j•••@example.com"),
            ("j@example.com", "j•••@example.com"),
            ("`jane@example.com` is", "`j•••@example.com` is"),
            (
                "to <jane@example.com>, bob@x.org",
                "to <j•••@example.com>, b•••@x.org",
            ),
            ("2348012345678@sms.example.com", "2•••@sms.example.com"),
            ("@example.com", "@example.com"),
            ("jane@", "j•••@"),
            ("a@b@c", "a•••@b•••@c"),
        ] {
            assert_eq!(mask(text), masked, "{text}");
        }
    }

    #[test]
    fn errors_never_quote_a_whole_number() {
        for bad in [
            "2348012345678",
            " 2348012345678 ",
            "+234801234567899",
            "+999 8012345678",
            "+2340012345678",
        ] {
            let error = Phone::parse(bad).unwrap_err();
            let printed = format!("{error} {error:?}");
            let digits: String = bad.chars().filter(char::is_ascii_digit).collect();
            assert!(!printed.contains(&digits), "{printed}");
            assert!(printed.contains(HIDDEN), "{printed}");
        }
    }

    #[test]
    fn formats_for_every_vendor() {
        let phone = Phone::parse(" +60 12-345 6789 ").unwrap();
        assert_eq!(
            (
                phone.country_code(),
                phone.e164(),
                phone.digits(),
                phone.national()
            ),
            (
                60,
                "+60123456789".into(),
                "60123456789".into(),
                "123456789".into()
            )
        );
    }

    #[test]
    fn italian_numbers_keep_their_leading_zero() {
        let phone = Phone::parse("+39 06 1234 5678").unwrap();
        assert_eq!(
            (phone.e164(), phone.national()),
            ("+390612345678".into(), "0612345678".into())
        );
    }

    #[test]
    fn refuses_local_garbage_and_invalid_numbers_naming_the_field() {
        for bad in [
            "08012345678",
            "+",
            "+234",
            "+2340000",
            "hello",
            "+999 1234567",
            "",
        ] {
            match Phone::parse(bad) {
                Err(Error::InvalidInput { field: "to", .. }) => {}
                other => panic!("{bad:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn says_what_is_wrong_with_a_number() {
        let huge = format!("+234{}", "8".repeat(1 << 20));
        for (bad, why) in [
            ("+999 1234567", "no country has that calling code"),
            ("+234", "too few digits"),
            ("+44 1", "too few digits"),
            ("+2348012345678901234567", "too many digits"),
            (huge.as_str(), "too many digits"),
            ("+hello", "it is not made of digits"),
            ("+2340000", "not a valid number for country code +234"),
            ("08012345678", "not in international form"),
        ] {
            let message = Phone::parse(bad).unwrap_err().to_string();
            assert!(message.contains(why), "{bad:.20}: {message}");
            assert!(message.len() < 200, "{message}");
        }
    }
}

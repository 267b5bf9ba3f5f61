//! Phone numbers: parsed and validated once with `rlibphonenumber` (Google's libphonenumber
//! rules and metadata), then formatted the way each vendor wants them, and masked for errors,
//! traces and `Debug` output ([`Phone::masked`]; the rules are in `mask.rs`).

use rlibphonenumber::{ParseError, PhoneNumber, PhoneNumberFormat};

use crate::error::Error;
use crate::mask::{HIDDEN, kept};

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
        let shown = || crate::mask::shorten(trimmed);
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

    /// E.164 digits without `+`, as a number (at most 15 digits: it fits).
    pub(crate) fn number(&self) -> u64 {
        self.e164[1..].parse().unwrap_or_default()
    }

    /// The first `digits` digits of the national number after the country code, with it, as
    /// a number: country calling codes are prefix-free, so no two prefixes of the same length
    /// read the same.
    pub(crate) fn prefix(&self, digits: u8) -> u64 {
        let code = self.country_code.max(1).ilog10() as usize + 1;
        let end = (1 + code + usize::from(digits)).min(self.e164.len());
        self.e164[1..end].parse().unwrap_or_default()
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

//! How otpkit quotes personal data and user input: the one place that masks phone numbers and
//! e-mail addresses ([`mask`]) and cuts quoted text to size ([`shorten`], [`cut`]), for every
//! error, trace and `Debug` output. Plain string functions: this module depends on no other.
//!
//! # Masking
//!
//! A phone number or an e-mail address is personal data: error messages end up in logs and
//! crash reports, so otpkit never prints one whole. Hidden characters become `•` (U+2022):
//!
//! - a valid number (`Phone::masked`, and `Phone`'s `Debug`) keeps `+`, its country code and
//!   the last digits of its national number: `+2348012345678` prints `+234••••••5678`;
//! - in free text ([`mask`]: input that is not a valid number, a vendor's message), every run of
//!   7 or more digits, which may be a number (digits separated by up to two of ` -.()/` count
//!   as one run, so `+60 12-345 6789` is one), keeps only its last digits and its separators:
//!   `+•• ••-••• 6789`. A country code cannot be told apart from the rest of a number that does
//!   not parse, so none is kept;
//! - how many digits stay: 4 of a number (national part, or run) of 10 or more digits, 3 of 8
//!   or 9, 2 of fewer; at least half of the digits are always hidden;
//! - an e-mail address keeps the first character of its local part and its domain, with the
//!   rest of the local part as three `•` whatever its length: `jane.doe@example.com` prints
//!   `j•••@example.com`.

/// What stands for a hidden character.
pub(crate) const HIDDEN: char = '•';

/// The fewest digits a run of digits must have to be masked as a possible phone number
/// (the shortest national numbers in use have 7; a 4 to 6-digit code or count stays readable).
const MIN_NUMBER_DIGITS: usize = 7;

/// How many of a number's `digits` digits stay visible, at its end: 4 of 10 or more, 3 of 8
/// or 9, 2 of fewer, and never more than half.
pub(crate) fn kept(digits: usize) -> usize {
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

/// `text` masked (every phone number and e-mail address in it, by [`mask`]), then cut
/// after `max_chars` characters, ending in `…` when cut: for text of any size (user input, a
/// vendor's message, which may quote the destination) that goes into an error message.
pub(crate) fn cut(text: &str, max_chars: usize) -> String {
    // Only a prefix is masked: the text may be megabytes. The prefix reaches this far past
    // the cut so that a number that starts before the cut is seen with enough of its digits
    // to be masked, and an e-mail address with its `@`.
    let window = match text.char_indices().nth(max_chars + 64) {
        Some((end, _)) => &text[..end],
        None => text,
    };
    let masked = mask(window);
    match masked.char_indices().nth(max_chars) {
        Some((end, _)) => format!("{}…", &masked[..end]),
        None if window.len() < text.len() => format!("{masked}…"),
        None => masked,
    }
}

/// Input as quoted in an error message: masked (a phone number keeps its last few digits, an
/// e-mail address the first character of its local part and its domain) and cut after 32
/// characters, since it may be anything, of any size.
pub(crate) fn shorten(text: &str) -> String {
    cut(text, 32)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn quoted_input_is_masked_and_short() {
        assert_eq!(shorten("+2348012345678"), "+•••••••••5678");
        assert_eq!(shorten("jane.doe@example.com"), "j•••@example.com");
        assert_eq!(shorten("ACME"), "ACME");
        let long = format!("{}…", "x".repeat(32));
        assert_eq!(shorten(&"x".repeat(33)), long);
        // A number that starts before the cut and ends after it is masked whole.
        let straddling = format!("{}2348012345678", "x".repeat(26));
        assert_eq!(shorten(&straddling), format!("{}••••••…", "x".repeat(26)));
        // Huge input: masked and cut without reading it all.
        let huge = format!("+234{}", "8".repeat(1 << 20));
        let quoted = shorten(&huge);
        assert!(
            quoted.starts_with("+•••") && quoted.ends_with('…'),
            "{quoted}"
        );
        assert_eq!(quoted.chars().count(), 33);
    }
}

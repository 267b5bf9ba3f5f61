//! Printing for people or, with `--json`, one JSON object per command on stdout.

use std::io::Write;

use serde_json::{Value, json};

/// Writes a line to stdout; a reader that went away (`otpkit demo | head`) is not an error.
fn out(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{text}").and_then(|()| stdout.flush());
}

/// Writes a line to stderr, likewise.
fn err(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// How to fix an error, where the command line can say more than the library.
fn hint(error: &otpkit::Error) -> &'static str {
    match error {
        otpkit::Error::Config(_) => " (flags: --api-key, --api-secret, --api-login)",
        otpkit::Error::Unauthorized { .. } => {
            " (check the key, or --base-url if you meant the sandbox)"
        }
        _ => "",
    }
}

/// Prints an error as one line (or a JSON object) and returns its exit code.
pub fn error(json_mode: bool, error: &otpkit::Error) -> u8 {
    if json_mode {
        let kind = error.kind();
        out(&json!({ "error": { "kind": kind, "message": error.to_string(), "retryable": error.is_retryable() } }).to_string());
    } else {
        err(&format!("error: {error}{}", hint(error)));
    }
    crate::exit::for_error(error)
}

/// Prints a value: JSON as is, or the human text.
pub fn print(json_mode: bool, value: Value, human: impl FnOnce() -> String) {
    if json_mode {
        out(&value.to_string());
    } else {
        out(&human());
    }
}

/// An outcome's name and, for a rejection, the attempts left.
pub fn outcome(outcome: otpkit::Outcome) -> (&'static str, Option<u32>) {
    match outcome {
        otpkit::Outcome::Approved => ("approved", None),
        otpkit::Outcome::Rejected { attempts_left } => ("rejected", attempts_left),
        otpkit::Outcome::Expired => ("expired", None),
        otpkit::Outcome::NotFound => ("not_found", None),
        otpkit::Outcome::TooManyAttempts => ("too_many_attempts", None),
        _ => ("other", None),
    }
}

/// An outcome for people.
pub fn outcome_text(value: otpkit::Outcome) -> String {
    match outcome(value) {
        ("rejected", Some(n)) => format!("rejected ({n} attempts left)"),
        (name, _) => name.replace('_', " "),
    }
}

/// A delivery report as JSON and as text (`otpkit status`, `otpkit webhook listen`). The
/// destination is left out: the message id names the message.
pub fn report(report: &otpkit::DeliveryReport) -> (Value, String) {
    let value = json!({
        "vendor": report.vendor.name(), "state": report.state.name(),
        "vendor_status": report.vendor_status, "reason": report.reason,
        "message_id": report.message_id, "at": report.at, "cost": report.cost,
    });
    let mut text = format!(
        "{} ({}: {})",
        report.state.name(),
        report.vendor,
        report.vendor_status
    );
    if let Some(id) = &report.message_id {
        text += &format!(", message {id}");
    }
    if let Some(reason) = &report.reason {
        text += &format!("\nreason: {reason}");
    }
    (value, text)
}

//! Phone numbers and e-mail addresses are personal data: no error (its `Display`, its `Debug`
//! and every error of its `source()` chain), no `Debug` output of a request, destination or
//! number, and no trace line (captured at TRACE level) shows one whole. Every error kind is
//! provoked over real HTTP against the sandbox, for every vendor, through the providers
//! directly and through a `Router` (which logs why it skips a vendor).
//!
//! Masked, a number keeps its country code and last digits (`+234••••••5678`); other text
//! that looks like a number keeps only its last digits (`+•••••••••5678`); an e-mail address
//! keeps the first character of its local part and its domain (`j•••@example.com`).
//!
//! Providers and the router are used directly (not `Otp`), so that this test does not depend
//! on how the `Otp` handle is built.

use std::time::Duration;

use crate::common::{capture, closed_port, provider, provider_at};
use otpkit::{Channel, Error, OtpProvider, Phone, Router, SendRequest, VerifyRequest};
use otpkit_sandbox::{Config, Fault, FaultKind, Sandbox, Vendor};

/// Valid numbers beside each vendor's own example number: another Nigerian one, and an
/// Iranian one, which Twilio Verify refuses (its geo permissions block +98).
const OTHER_NUMBERS: [&str; 2] = ["+2348098765432", "+989123456789"];

/// Input that is not a valid number but holds one whole: no `+`, too many digits, a country
/// code that does not exist, spaces and dashes, junk around it.
const NOT_NUMBERS: [&str; 7] = [
    "2348012345678",
    "08012345678",
    "+23480123456789012",
    "+999 2348012345678",
    "+60 12-345 6789 0",
    "call me on +2348012345678 please",
    "+234-801-234-5678x",
];

/// E-mail addresses (one malformed: it is quoted in the refusal).
const EMAILS: [&str; 2] = ["jane.doe@example.com", "jane.doe@example"];

/// What must never show: every number's forms (`+E.164`, its digits, its national number),
/// the digits of every input that is not a number, every e-mail address's local part.
fn forbidden() -> Vec<String> {
    let mut forms = Vec::new();
    let valid = Vendor::ALL
        .iter()
        .map(|v| v.example_number())
        .chain(OTHER_NUMBERS);
    for number in valid {
        let phone = Phone::parse(number).expect("a valid number");
        forms.push(phone.e164());
        forms.push(phone.digits());
        forms.push(phone.national());
    }
    for text in NOT_NUMBERS {
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        forms.push(format!("+{digits}"));
        forms.push(digits);
        // The digit run as typed, separators and all.
        let run = text
            .trim_start_matches(|c: char| !c.is_ascii_digit() && c != '+')
            .trim_end_matches(|c: char| !c.is_ascii_digit());
        forms.push(run.to_string());
    }
    forms.extend(["jane.doe".to_string(), "jane.doe@".to_string()]);
    forms.sort();
    forms.dedup();
    forms
}

/// Whether `form` stands in `text` on its own (not inside a longer run of letters and digits,
/// such as a latency figure).
fn contains_token(text: &str, form: &str) -> bool {
    text.match_indices(form).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + form.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_alphanumeric())
            && !after.is_some_and(|c| c.is_ascii_alphanumeric())
    })
}

/// The forms of `forbidden` that `text` shows.
fn leaks<'a>(text: &str, forbidden: &'a [String]) -> Vec<&'a str> {
    forbidden
        .iter()
        .filter(|form| contains_token(text, form))
        .map(String::as_str)
        .collect()
}

/// An error as it can be printed: `Display`, `Debug`, and every error of its source chain.
fn printed(error: &Error) -> String {
    let mut out = format!("{error}\n{error:?}\n{error:#?}\n");
    let mut source = std::error::Error::source(error);
    while let Some(e) = source {
        out.push_str(&format!("{e}\n{e:?}\n"));
        source = e.source();
    }
    out
}

/// `vendor`'s error answer, in its own shape, quoting the destination as real vendors do
/// (Twilio: "Invalid parameter `To`: +15017122661"): HTTP status and body.
fn echoing_refusal(vendor: Vendor) -> (u16, Vec<u8>) {
    let phone = Phone::parse(vendor.example_number()).unwrap();
    let message = format!(
        "Invalid parameter `To`: {} (digits {}, national {}, contact jane.doe@example.com)",
        phone.e164(),
        phone.digits(),
        phone.national()
    );
    let (status, body) = match vendor {
        Vendor::Pipwave => (
            200,
            serde_json::json!({ "status": 9001, "message": message }),
        ),
        Vendor::TwilioVerify => (
            400,
            serde_json::json!({
                "code": 60200,
                "message": message,
                "more_info": "https://www.twilio.com/docs/errors/60200",
                "status": 400,
            }),
        ),
        _ => (400, serde_json::json!({ "code": 400, "message": message })),
    };
    (status, serde_json::to_vec(&body).unwrap())
}

/// The errors provoked, and their kinds.
#[derive(Default)]
struct Collected {
    errors: Vec<(String, Error)>,
    kinds: std::collections::BTreeSet<&'static str>,
}

impl Collected {
    fn record<T>(&mut self, label: String, result: Result<T, Error>) {
        if let Err(error) = result {
            self.kinds.insert(error.kind());
            self.errors.push((label, error));
        }
    }
}

const PATIENT: Duration = Duration::from_secs(30);
const SHORT: Duration = Duration::from_millis(200);
/// Longer than any wait here: the short timeout always fires first.
const NEVER_MS: u64 = 60_000;

/// Every error kind otpkit can give on a send or a verify, for every vendor, with every
/// destination: none shows a whole number or address, nor does any trace.
#[tokio::test]
async fn no_error_or_trace_shows_a_whole_number() {
    let (captured, _guard) = capture();
    let forbidden = forbidden();
    // Faults and repeated sends to one number, without the per-number limits...
    let sandbox = Sandbox::bind(
        ([127, 0, 0, 1], 0).into(),
        Config {
            destination_limits: false,
            ..Default::default()
        },
    )
    .await
    .expect("sandbox starts");
    // ... and with them, for the destination-limited refusals.
    let limited = Sandbox::start().await.expect("sandbox starts");
    let mut got = Collected::default();
    for vendor in Vendor::ALL {
        let good = provider(&sandbox, vendor, true, PATIENT);
        let quick = provider(&sandbox, vendor, true, SHORT);
        let bad = provider(&sandbox, vendor, false, PATIENT);
        let number = vendor.example_number();
        let request = SendRequest::new(number);

        // Input that is not a valid number, and valid numbers it may refuse.
        for text in NOT_NUMBERS.iter().chain(&OTHER_NUMBERS) {
            let result = good.send(&SendRequest::new(*text)).await;
            got.record(format!("{vendor} send to {text}"), result);
        }
        // E-mail addresses, on the e-mail channel and on SMS.
        for address in EMAILS {
            for channel in [Channel::Email, Channel::Sms] {
                let request = SendRequest::new(address).channel(channel);
                let result = good.send(&request).await;
                got.record(format!("{vendor} {channel:?} to {address}"), result);
            }
        }
        // A channel or an option the vendor lacks.
        for channel in [Channel::Voice, Channel::Whatsapp, Channel::InApp] {
            let result = good.send(&request.clone().channel(channel)).await;
            got.record(format!("{vendor} {channel:?}"), result);
        }
        for (option, options) in [
            ("code length", request.clone().code_length(99)),
            ("sender ID", request.clone().sender_id("+2348012345678")),
            ("template", request.clone().template("Your code: {code}")),
        ] {
            let result = good.send(&options).await;
            got.record(format!("{vendor} {option}"), result);
        }
        // Refused credentials.
        let result = bad.send(&request).await;
        got.record(format!("{vendor} bad credentials"), result);
        // Nothing listening.
        let closed = format!("http://127.0.0.1:{}", closed_port());
        let result = provider_at(&sandbox, vendor, &closed, PATIENT)
            .send(&request)
            .await;
        got.record(format!("{vendor} closed port"), result);
        // Every fault, on a send and on a verify.
        let (status, body) = echoing_refusal(vendor);
        let faults = [
            FaultKind::Respond { status, body },
            FaultKind::Status { status: 400 },
            FaultKind::Status { status: 500 },
            FaultKind::HtmlPage { status: 502 },
            FaultKind::ActThenStatus { status: 504 },
            FaultKind::RateLimited {
                retry_after_secs: 3,
            },
            FaultKind::MalformedJson,
            FaultKind::TruncatedBody,
            FaultKind::DropConnection,
            FaultKind::Latency { millis: NEVER_MS },
            FaultKind::SlowBody { millis: NEVER_MS },
        ];
        for fault in faults {
            let faulted = match fault {
                FaultKind::Latency { .. } | FaultKind::SlowBody { .. } => &quick,
                _ => &good,
            };
            let name = format!("{fault:?}");
            let label = format!("{vendor} {}", name.split(' ').next().unwrap_or_default());
            sandbox
                .inject(Fault::new(vendor, fault.clone()).times(1))
                .unwrap();
            got.record(format!("{label} send"), faulted.send(&request).await);
            let sent = good.send(&request).await.expect("a send without a fault");
            sandbox
                .inject(Fault::new(vendor, fault.clone()).times(1))
                .unwrap();
            let verified = faulted
                .verify(&VerifyRequest::new(sent.id.clone(), "123456"))
                .await;
            got.record(format!("{label} verify"), verified);
        }
        sandbox.clear_faults();

        // The vendor's own per-number limit (where it has one): send until it refuses.
        let limited_provider = provider(&limited, vendor, true, PATIENT);
        for attempt in 0..7 {
            let result = limited_provider.send(&request).await;
            let refused = result.as_ref().is_err();
            got.record(format!("{vendor} send {attempt} to one number"), result);
            if refused {
                break;
            }
        }
    }

    // Through a router: it skips the vendors that cannot take a request, and logs why.
    let router = Vendor::ALL
        .into_iter()
        .fold(Router::builder(), |b, v| {
            b.shared_provider(provider(&sandbox, v, true, PATIENT))
        })
        .default_routes(otpkit::vendors::BUILT_IN)
        .build()
        .expect("the router builds");
    let examples: Vec<&str> = Vendor::ALL.iter().map(|v| v.example_number()).collect();
    for text in NOT_NUMBERS.iter().chain(&OTHER_NUMBERS).chain(&examples) {
        for request in [
            SendRequest::new(*text),
            SendRequest::new(*text).code_length(99),
            SendRequest::new(*text)
                .template("Your code: {code}")
                .channel(Channel::Voice),
        ] {
            let result = router.send(&request).await;
            got.record(format!("router to {text}"), result);
        }
    }
    for address in EMAILS {
        let result = router
            .send(&SendRequest::new(address).channel(Channel::Email))
            .await;
        got.record(format!("router to {address}"), result);
    }

    for kind in [
        "invalid_input",
        "unsupported",
        "unauthorized",
        "rate_limited",
        "destination_limited",
        "vendor",
        "transport",
        "timeout",
        "decode",
    ] {
        assert!(
            got.kinds.contains(kind),
            "no {kind} error was provoked: {:?}",
            got.kinds
        );
    }
    let mut leaked = Vec::new();
    for (label, error) in &got.errors {
        let text = printed(error);
        let found = leaks(&text, &forbidden);
        if !found.is_empty() {
            leaked.push(format!("{label}: {found:?} in:\n{text}"));
        }
    }
    let traces = captured.text();
    for line in traces.lines() {
        let found = leaks(line, &forbidden);
        if !found.is_empty() {
            leaked.push(format!("trace: {found:?} in: {line}"));
        }
    }
    assert!(
        leaked.is_empty(),
        "{} leaks of {} errors:\n{}",
        leaked.len(),
        got.errors.len(),
        leaked.join("\n")
    );
    // The refusals that quote the destination were quoted, masked.
    for vendor in Vendor::ALL {
        let label = format!("{vendor} Respond");
        assert!(
            got.errors
                .iter()
                .any(|(l, e)| l.starts_with(&label) && e.to_string().contains('•')),
            "{vendor}'s refusal quoting the number was not quoted masked"
        );
    }
    assert!(
        traces.contains("skipping a vendor"),
        "the router logged no skip:\n{traces}"
    );
}

/// `Debug` output of requests, destinations and numbers is masked.
#[test]
fn debug_output_never_shows_a_whole_number() {
    let forbidden = forbidden();
    let mut printed = Vec::new();
    let valid: Vec<&str> = Vendor::ALL
        .iter()
        .map(|v| v.example_number())
        .chain(OTHER_NUMBERS)
        .collect();
    for text in valid.iter().chain(&NOT_NUMBERS).chain(&EMAILS) {
        let request = SendRequest::new(*text).user_id(*text);
        printed.push(format!("{request:?}"));
        printed.push(format!("{request:#?}"));
        // The request caches the parsed number on first use: print it again after.
        let _ = request.phone();
        printed.push(format!("{request:?}"));
        if let Ok(phone) = Phone::parse(text) {
            printed.push(format!("{phone:?} {phone:#?}"));
        }
        for descriptor in otpkit::vendors::BUILT_IN {
            for channel in [Channel::Sms, Channel::Email] {
                let request = SendRequest::new(*text).channel(channel);
                if let Ok(checked) = descriptor.capabilities.check(&request, Some("Acme")) {
                    printed.push(format!("{checked:?} {:?}", checked.to));
                }
            }
        }
    }
    // Destinations checked by capabilities of an application's own vendor.
    for text in &valid {
        let destination = otpkit::Capabilities::new(otpkit::Vendor::from_static("acme"))
            .check(&SendRequest::new(*text), None)
            .unwrap()
            .to;
        printed.push(format!("{destination:?} {destination:#?}"));
    }
    let email = otpkit::Capabilities::new(otpkit::Vendor::from_static("acme"))
        .channels(&[Channel::Email])
        .check(
            &SendRequest::new("jane.doe@example.com").channel(Channel::Email),
            None,
        )
        .unwrap();
    printed.push(format!("{email:?}"));
    let leaked: Vec<String> = printed
        .iter()
        .filter_map(|text| {
            let found = leaks(text, &forbidden);
            (!found.is_empty()).then(|| format!("{found:?} in {text}"))
        })
        .collect();
    assert!(leaked.is_empty(), "{}", leaked.join("\n"));
    // The masked forms.
    assert_eq!(format!("{:?}", email.to), "Email(\"j•••@example.com\")");
    assert_eq!(
        format!("{:?}", Phone::parse("+2348012345678").unwrap()),
        "Phone(\"+234••••••5678\")"
    );
}

/// `text` and, after it, every run in it that decodes as base64 (standard or URL-safe, padded
/// or not), decoded: an id that carries the number base64-encoded shows it as surely as one
/// that carries it in clear.
fn decoded(text: &str) -> String {
    use base64::Engine;
    use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
    let mut out = text.to_string();
    let runs = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '-' | '_' | '=')));
    for run in runs.filter(|r| r.len() >= 8) {
        for engine in [&STANDARD, &STANDARD_NO_PAD, &URL_SAFE, &URL_SAFE_NO_PAD] {
            if let Ok(bytes) = engine.decode(run) {
                out.push('\n');
                out.push_str(&String::from_utf8_lossy(&bytes));
            }
        }
    }
    out
}

/// A verification id's `Debug` (and the `Verification`'s) does not show the number it was
/// sent to, for any vendor (pipwave's ids carry it).
#[tokio::test]
async fn verification_ids_never_show_a_whole_number() {
    let (captured, _guard) = capture();
    let forbidden = forbidden();
    let sandbox = Sandbox::start().await.expect("sandbox starts");
    let mut leaked = Vec::new();
    for vendor in Vendor::ALL {
        let provider = provider(&sandbox, vendor, true, PATIENT);
        let sent = provider
            .send(&SendRequest::new(vendor.example_number()))
            .await
            .expect("sent");
        let printed = format!("{:?} {:#?} {sent:?}", sent.id, sent.id);
        let found = leaks(&decoded(&printed), &forbidden);
        if !found.is_empty() {
            leaked.push(format!("{vendor}: {found:?} in {printed}"));
        }
        let outcome = provider
            .verify(&VerifyRequest::new(sent.id.clone(), "000000"))
            .await;
        let printed = format!("{outcome:?}");
        let found = leaks(&printed, &forbidden);
        if !found.is_empty() {
            leaked.push(format!("{vendor} verify: {found:?} in {printed}"));
        }
    }
    for line in captured.text().lines() {
        let found = leaks(line, &forbidden);
        if !found.is_empty() {
            leaked.push(format!("trace: {found:?} in: {line}"));
        }
    }
    assert!(leaked.is_empty(), "{}", leaked.join("\n"));
}

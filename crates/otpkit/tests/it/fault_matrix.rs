//! The fault matrix: every vendor, both operations, every fault the sandbox can inject. Each
//! must give the documented error kind with the right `is_retryable` and
//! `may_have_reached_vendor` flags, within the client timeout plus a margin, and never panic
//! or hang. The README's table is rendered from `MATRIX` and checked here, so the two cannot
//! drift.

use std::time::{Duration, Instant};

use crate::common::{number_for, provider};
use otpkit::{Error, Otp, SendRequest};
use otpkit_sandbox::{Fault, FaultKind, Sandbox, Vendor};

/// The whole-request timeout of a call that meets a delaying fault (latency, slow body): the
/// timeout is what those rows test.
const TIMEOUT: Duration = Duration::from_millis(300);
/// The timeout of every other call, and of the send before a verify: only a guard against a
/// hang. With 80 cases at once on 2 cores an immediate answer can take longer than `TIMEOUT`,
/// and would then read as a timeout instead of the fault's own error.
const PATIENT: Duration = Duration::from_secs(30);
/// How much later than `TIMEOUT` a timed-out call may end (scheduling on a busy machine). Far
/// below `LATE_MS`, so a call that waited for the delayed answer still fails the bound.
const MARGIN: Duration = Duration::from_secs(10);
/// Delaying faults hold the answer back far longer than `TIMEOUT + MARGIN`.
const LATE_MS: u64 = 60_000;

/// Whether a fault's error is retryable.
#[derive(Clone, Copy)]
enum Retryable {
    No,
    /// Only where the vendor documents the limit as account-wide: of the vendors, Twilio
    /// Verify's 429 with code 20429, which the sandbox's 429 fault answers for Twilio.
    AccountWide,
}

impl Retryable {
    fn expected(self, vendor: Vendor) -> bool {
        match self {
            Retryable::No => false,
            Retryable::AccountWide => vendor == Vendor::TwilioVerify,
        }
    }

    fn text(self) -> &'static str {
        match self {
            Retryable::No => "false",
            Retryable::AccountWide => {
                "only where the vendor documents the limit as account-wide (Twilio Verify's 20429)"
            }
        }
    }
}

struct Row {
    fault: &'static str,
    kind: FaultKind,
    error_kind: &'static str,
    retryable: Retryable,
    reached: bool,
    caller: &'static str,
}

fn matrix() -> Vec<Row> {
    let row = |fault, kind, error_kind, retryable, reached, caller| Row {
        fault,
        kind,
        error_kind,
        retryable,
        reached,
        caller,
    };
    vec![
        row(
            "latency past the timeout",
            FaultKind::Latency { millis: LATE_MS },
            "timeout",
            Retryable::No,
            true,
            "Do not resend: the vendor may have sent the code. Let the person ask again.",
        ),
        row(
            "HTTP 500 with the vendor's error body",
            FaultKind::Status { status: 500 },
            "vendor",
            Retryable::No,
            true,
            "Do not resend or fail over: a gateway answers 5xx after the vendor acted as well as before. Let the person ask again.",
        ),
        row(
            "HTTP 502 with the vendor's error body",
            FaultKind::Status { status: 502 },
            "vendor",
            Retryable::No,
            true,
            "Do not resend or fail over: a gateway answers 5xx after the vendor acted as well as before. Let the person ask again.",
        ),
        row(
            "HTTP 503 with the vendor's error body",
            FaultKind::Status { status: 503 },
            "vendor",
            Retryable::No,
            true,
            "Do not resend or fail over: a gateway answers 5xx after the vendor acted as well as before. Let the person ask again.",
        ),
        row(
            "HTTP 429 with `Retry-After: 7`",
            FaultKind::RateLimited {
                retry_after_secs: 7,
            },
            "rate_limited",
            Retryable::AccountWide,
            true,
            "Wait `retry_after` (7 s here). The router fails over only on an account-wide limit: elsewhere the limit may be the number's, and another vendor must not get around it.",
        ),
        row(
            "HTTP 200 with a body that is not JSON",
            FaultKind::MalformedJson,
            "decode",
            Retryable::No,
            true,
            "Do not resend: the vendor answered and may have acted. Report it.",
        ),
        row(
            "HTML error page (HTTP 502) from a proxy",
            FaultKind::HtmlPage { status: 502 },
            "vendor",
            Retryable::No,
            true,
            "Do not resend or fail over: a gateway answers 5xx after the vendor acted as well as before. Let the person ask again.",
        ),
        row(
            "the vendor acts, then HTTP 504 (a gateway lost its answer)",
            FaultKind::ActThenStatus { status: 504 },
            "vendor",
            Retryable::No,
            true,
            "Do not resend or fail over: a gateway answers 5xx after the vendor acted as well as before. Let the person ask again.",
        ),
        row(
            "truncated response body",
            FaultKind::TruncatedBody,
            "transport",
            Retryable::No,
            true,
            "Do not resend: the request was sent and may have been acted on.",
        ),
        row(
            "connection dropped without an answer",
            FaultKind::DropConnection,
            "transport",
            Retryable::No,
            true,
            "Do not resend: the request was sent and may have been acted on.",
        ),
        row(
            "slow body (headers, then nothing past the timeout)",
            FaultKind::SlowBody { millis: LATE_MS },
            "timeout",
            Retryable::No,
            true,
            "Do not resend: the vendor answered late and may have acted.",
        ),
    ]
}

/// The README table for `MATRIX`.
fn table() -> String {
    let mut out = String::from(
        "| Fault (sandbox) | `Error` kind | `is_retryable()` | `may_have_reached_vendor()` | What the caller should do |\n|---|---|---|---|---|\n",
    );
    for r in matrix() {
        out.push_str(&format!(
            "| {} | `{}` | {} | {} | {} |\n",
            r.fault,
            r.error_kind,
            r.retryable.text(),
            r.reached,
            r.caller
        ));
    }
    out
}

#[test]
fn the_readme_shows_this_matrix() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md"))
        .expect("README.md at the workspace root");
    let table = table();
    assert!(
        readme.contains(&table),
        "README.md must contain the fault matrix exactly as this test renders it:\n\n{table}"
    );
}

#[derive(Clone, Copy, Debug)]
enum Op {
    Send,
    Verify,
}

/// Whether the fault holds the answer back, so that only the client's timeout ends the call.
fn delays(kind: &FaultKind) -> bool {
    matches!(kind, FaultKind::Latency { .. } | FaultKind::SlowBody { .. })
}

/// Runs one case on its own sandbox: the error, and how long the failing call took.
async fn case(vendor: Vendor, op: Op, kind: FaultKind) -> (Result<(), Error>, Duration) {
    let sandbox = Sandbox::start().await.expect("sandbox starts");
    let timeout = if delays(&kind) { TIMEOUT } else { PATIENT };
    let otp = Otp::new(
        provider(&sandbox, vendor, true, timeout),
        otpkit::IdSeal::insecure_unsealed(),
    );
    let request = SendRequest::new(number_for(vendor));
    let fault = Fault::new(vendor, kind).times(1);
    match op {
        Op::Send => {
            sandbox.inject(fault).expect("fault accepted");
            let start = Instant::now();
            let result = otp.send(&request).await.map(|_| ());
            (result, start.elapsed())
        }
        Op::Verify => {
            // Ids are stateless: a code sent by one handle verifies through another.
            let patient = Otp::new(
                provider(&sandbox, vendor, true, PATIENT),
                otpkit::IdSeal::insecure_unsealed(),
            );
            let sent = patient.send(&request).await.expect("send before the fault");
            let code = sandbox
                .last_code_for(number_for(vendor))
                .expect("code delivered");
            sandbox.inject(fault).expect("fault accepted");
            let start = Instant::now();
            let result = otp
                .verify(&otpkit::VerifyRequest::new(sent.id.clone(), &code))
                .await
                .map(|_| ());
            (result, start.elapsed())
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_fault_gives_its_documented_error_in_time() {
    let mut cases = tokio::task::JoinSet::new();
    for vendor in Vendor::ALL {
        for op in [Op::Send, Op::Verify] {
            for (index, row) in matrix().into_iter().enumerate() {
                let kind = row.kind.clone();
                cases.spawn(async move { (vendor, op, index, case(vendor, op, kind).await) });
            }
        }
    }
    let rows = matrix();
    let (mut failures, mut ran) = (Vec::new(), 0);
    while let Some(joined) = cases.join_next().await {
        let (vendor, op, index, (result, elapsed)) = joined.expect("no case panics");
        ran += 1;
        let row = &rows[index];
        let what = format!("{vendor} {op:?} / {}", row.fault);
        let Err(error) = result else {
            failures.push(format!("{what}: succeeded"));
            continue;
        };
        let got = (
            error.kind(),
            error.is_retryable(),
            error.may_have_reached_vendor(),
        );
        let expected = (row.error_kind, row.retryable.expected(vendor), row.reached);
        if got != expected {
            failures.push(format!(
                "{what}: got {got:?}, expected {expected:?}: {error}"
            ));
        }
        if error.vendor() != Some(&crate::common::facade_vendor(vendor)) {
            failures.push(format!("{what}: names vendor {:?}", error.vendor()));
        }
        if let (FaultKind::RateLimited { retry_after_secs }, Error::RateLimited { retry_after, .. }) =
            (&row.kind, &error)
            && *retry_after != Some(Duration::from_secs(*retry_after_secs))
        {
            failures.push(format!("{what}: retry_after {retry_after:?}"));
        }
        // The timeout, not the vendor's late answer, ended the call (and not before it was due).
        if delays(&row.kind) && !(TIMEOUT..TIMEOUT + MARGIN).contains(&elapsed) {
            failures.push(format!("{what}: took {elapsed:?}"));
        }
    }
    assert_eq!(ran, Vendor::ALL.len() * 2 * rows.len());
    assert!(
        failures.is_empty(),
        "{} of {ran} cases wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

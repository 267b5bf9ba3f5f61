//! Hostile answers: property tests feed every vendor's decoding path, through the facade and
//! over real HTTP (the sandbox's `Respond` fault), arbitrary and mutated bodies: random bytes,
//! deep nesting, huge numbers, wrong types, missing fields, very long strings, under success
//! and error statuses. Every call must return (an outcome or a typed `Error`) without a panic,
//! within the timeout, with a short error message; every injected answer must have been
//! consumed by the call; no answer but a genuine approval may yield `Approved` (the values
//! come from each adapter's outcome table; an array never approves); and memory
//! must stay bounded. Each vendor runs in a child process of its own, so that its peak memory
//! is its own and not the high-water mark of the other vendors running in parallel.
//!
//! 10,000 cases per vendor by default; more with e.g.
//! `PROPTEST_CASES=100000 cargo test -p otpkit --test it --release hostile_responses`. Under CI
//! (`CI` set) a `PROPTEST_CASES` below the default is refused rather than obeyed.

use std::time::Duration;

use crate::common::{number_for, provider};
use crate::fields::FIELDS;
use otpkit::{Otp, Outcome, SendRequest, VerificationId};
use otpkit_sandbox::{Fault, FaultKind, Sandbox, Vendor};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::{Map, Value, json};

const DEFAULT_CASES: u32 = 10_000;
const TIMEOUT: Duration = Duration::from_secs(5);
/// Peak resident memory may grow by at most this much over all cases.
const MAX_GROWTH_KIB: u64 = 128 * 1024;

/// The vendor's outcome table, as its adapter maps check answers with it: the field that
/// carries the outcome, and what each of its values (as text) means.
fn outcome_table(vendor: Vendor) -> (&'static str, &'static [(&'static str, Outcome)]) {
    let descriptor = otpkit::vendors::built_in(&crate::common::facade_vendor(vendor))
        .expect("every sandbox vendor is built in");
    (descriptor.outcomes.field, descriptor.outcomes.values)
}

/// Each value of the vendor's outcome table (those that approve only, with `approving`) in
/// the JSON forms it may take: its text as a string, in upper case, and as a number or a
/// boolean where it reads as one.
fn signals(vendor: Vendor, approving: bool) -> Vec<Value> {
    let mut forms: Vec<Value> = outcome_table(vendor)
        .1
        .iter()
        .filter(|(_, outcome)| !approving || outcome.is_approved())
        .flat_map(|&(text, _)| {
            let mut forms = vec![json!(text), json!(text.to_uppercase())];
            if let Ok(number) = text.parse::<i64>() {
                forms.push(json!(number));
            }
            if let Ok(boolean) = text.parse::<bool>() {
                forms.push(json!(boolean));
            }
            forms
        })
        .collect();
    forms.dedup();
    forms
}

fn leaf(signals: Vec<Value>) -> impl Strategy<Value = Value> {
    prop_oneof![
        // The vendor's own outcome values, approval included.
        prop::sample::select(signals),
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,40}".prop_map(Value::String),
        // Very long strings.
        (1usize..200_000).prop_map(|n| Value::String("9".repeat(n))),
    ]
}

fn value(signals: Vec<Value>) -> impl Strategy<Value = Value> {
    leaf(signals).prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(FIELDS), inner), 0..8).prop_map(|kv| {
                Value::Object(
                    kv.into_iter()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect::<Map<_, _>>(),
                )
            }),
        ]
    })
}

/// A body: JSON objects with the vendors' field names and wrong or missing values, objects
/// whose outcome field holds one of `vendor`'s outcome values (approval included) among other
/// fields, an approval in a positional array (serde reads a struct from an array of its
/// fields), or raw bytes, deep nesting and numbers no integer type holds.
fn body(vendor: Vendor) -> impl Strategy<Value = Vec<u8>> {
    let (field, _) = outcome_table(vendor);
    let value = || value(signals(vendor, false));
    let object = |kv: Vec<(&str, Value)>| -> Map<String, Value> {
        kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
    };
    prop_oneof![
        4 => prop::collection::vec((prop::sample::select(FIELDS), value()), 0..10).prop_map(move |kv| {
            serde_json::to_vec(&object(kv)).unwrap_or_default()
        }),
        3 => (
            prop::sample::select(signals(vendor, false)),
            prop::collection::vec((prop::sample::select(FIELDS), value()), 0..6),
        )
            .prop_map(move |(signal, kv)| {
                let mut answer = object(kv);
                answer.insert(field.to_string(), signal);
                serde_json::to_vec(&answer).unwrap_or_default()
            }),
        // An approval after up to 11 nulls and before up to 3: the positional form of a
        // generated answer type of up to 15 fields, whose outcome is among its last four.
        4 => (prop::sample::select(signals(vendor, true)), 0usize..12, 0usize..4).prop_map(
            |(signal, before, after)| {
                let mut fields = vec![Value::Null; before];
                fields.push(signal);
                fields.extend(std::iter::repeat_n(Value::Null, after));
                serde_json::to_vec(&fields).unwrap_or_default()
            }
        ),
        1 => value().prop_map(|v| serde_json::to_vec(&v).unwrap_or_default()),
        1 => prop::collection::vec(any::<u8>(), 0..2048),
        1 => (1usize..100_000).prop_map(|depth| {
            let mut nested = "[".repeat(depth);
            nested.push_str(&"]".repeat(depth));
            nested.into_bytes()
        }),
        1 => (prop::sample::select(FIELDS), 20usize..5000).prop_map(|(field, digits)| {
            format!("{{\"{field}\": 1{}, \"status\": 1e999999}}", "0".repeat(digits)).into_bytes()
        }),
    ]
}

fn status() -> impl Strategy<Value = u16> {
    prop::sample::select(vec![
        200, 200, 200, 201, 400, 401, 403, 404, 422, 429, 500, 503,
    ])
}

fn cases() -> u32 {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_CASES);
    assert!(
        cases >= DEFAULT_CASES || std::env::var_os("CI").is_none(),
        "PROPTEST_CASES={cases} would run fewer than the documented {DEFAULT_CASES} cases in CI"
    );
    cases
}

/// Whether `body` on `status` is the vendor's own approval signal, the only answer that may
/// verify a code: a success (2xx) answer that is a JSON object whose outcome field holds a
/// value the adapter's outcome table maps to `Approved` (a string in any case and spacing, or
/// a number or boolean with that text). Nothing else approves: not an error answer, and not an
/// array, even one holding the signal where serde would read the field from.
fn genuine_approval(vendor: Vendor, status: u16, body: &[u8]) -> bool {
    let Ok(Value::Object(answer)) = serde_json::from_slice::<Value>(body) else {
        return false;
    };
    let (field, values) = outcome_table(vendor);
    let Some(signal) = answer.get(field) else {
        return false;
    };
    (200..300).contains(&status)
        && values
            .iter()
            .filter(|(_, outcome)| outcome.is_approved())
            .any(|&(text, _)| match signal {
                Value::String(s) => s.trim().eq_ignore_ascii_case(text),
                Value::Number(_) | Value::Bool(_) => {
                    serde_json::from_str::<Value>(text).is_ok_and(|value| value == *signal)
                }
                _ => false,
            })
}

fn hostile_answers_for(vendor: Vendor) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (sandbox, otp, id) = runtime.block_on(async {
        let sandbox = Sandbox::start().await.unwrap();
        let otp = Otp::new(
            provider(&sandbox, vendor, true, TIMEOUT),
            otpkit::IdSeal::insecure_unsealed(),
        );
        let sent = otp
            .send(&SendRequest::new(number_for(vendor)))
            .await
            .unwrap();
        (sandbox, otp, sent.id)
    });
    let before = crate::common::peak_rss_kib();
    let cases = cases();
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let ran = std::sync::atomic::AtomicU32::new(0);
    let approved_cases = std::sync::atomic::AtomicU32::new(0);
    runner
        .run(
            &(status(), body(vendor), any::<bool>()),
            |(status, body, verify)| {
                ran.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                sandbox.clear_faults();
                let genuine = genuine_approval(vendor, status, &body);
                sandbox
                    .inject(Fault::new(vendor, FaultKind::Respond { status, body }).times(1))
                    .map_err(TestCaseError::fail)?;
                let requests = sandbox.requests(vendor);
                let approved = runtime
                    .block_on(call(&otp, vendor, &id, verify))
                    .map_err(TestCaseError::fail)?;
                if sandbox.requests(vendor) == requests {
                    return Err(TestCaseError::fail(
                        "the injected answer was never requested",
                    ));
                }
                if approved {
                    approved_cases.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
                if approved && !genuine {
                    return Err(TestCaseError::fail(format!(
                        "approved on a hostile answer (HTTP {status})"
                    )));
                }
                Ok(())
            },
        )
        .unwrap_or_else(|e| panic!("{vendor}: {e}"));
    let growth = crate::common::peak_rss_kib().saturating_sub(before);
    let ran = ran.into_inner();
    let approved = approved_cases.into_inner();
    eprintln!(
        "{vendor}: {ran} hostile answers, {approved} genuine approvals, peak RSS +{growth} KiB"
    );
    assert_eq!(ran, cases, "{vendor}: every case ran");
    // The outcome table's approval is generated, so the approving path runs too.
    assert!(
        approved > 0 || cases < 1000,
        "{vendor}: no case reached the vendor's approval"
    );
    assert!(
        growth < MAX_GROWTH_KIB,
        "{vendor}: peak memory grew by {growth} KiB"
    );
}

/// One call against the injected answer: whether it approved a code, or what property broke.
async fn call(
    otp: &Otp,
    vendor: Vendor,
    id: &VerificationId,
    verify: bool,
) -> Result<bool, String> {
    let started = std::time::Instant::now();
    let result = if verify {
        otp.verify(&otpkit::VerifyRequest::new(id.clone(), "123456"))
            .await
            .map(|outcome| outcome == Outcome::Approved)
    } else {
        otp.send(&SendRequest::new(number_for(vendor)))
            .await
            .map(|_| false)
    };
    if started.elapsed() > TIMEOUT + Duration::from_secs(1) {
        return Err(format!("took {:?}", started.elapsed()));
    }
    if let Err(error) = result {
        let message = error.to_string();
        // In characters: masked digits (`•`) take three bytes each.
        let chars = message.chars().count();
        if chars > 512 {
            return Err(format!(
                "a {chars}-character error message: {}…",
                message.chars().take(200).collect::<String>()
            ));
        }
        if error.vendor() != Some(&crate::common::facade_vendor(vendor)) {
            return Err(format!("error without its vendor: {error:?}"));
        }
        return Ok(false);
    }
    result.map_err(|e| e.to_string())
}

/// Each vendor in a child process of its own, so that its memory is measured alone; as many
/// at once as the machine has cores.
#[test]
fn every_vendor_survives_hostile_answers() {
    let names: Vec<&str> = Vendor::ALL.iter().map(|v| v.name()).collect();
    let at_once = std::thread::available_parallelism().map_or(2, usize::from);
    crate::common::in_own_processes(crate::this_test!(), &names, at_once, |name| {
        let vendor = Vendor::ALL.into_iter().find(|v| v.name() == name);
        hostile_answers_for(vendor.expect("the child names a vendor"));
    });
}

//! Load: 10,000 sends and 10,000 verifies through the facade, 256 tasks at once, against one
//! sandbox over loopback, spread over every vendor. Every send is delivered exactly once
//! (inbox count, one message per send, unique verification ids), every verify is `Approved`,
//! nothing fails, and the process's peak memory stays bounded. Run with `--nocapture` to see
//! the throughput and peak memory.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::common::provider;
use otpkit::{Otp, Outcome, SendRequest};
use otpkit_sandbox::Vendor;

const CYCLES: usize = 10_000;
const TASKS: usize = 256;
/// Peak resident memory may grow by at most this much during the run.
const MAX_GROWTH_KIB: u64 = 128 * 1024;

/// A valid number in `vendor`'s country, distinct for each `index` below 1000: its example
/// number with the last three digits replaced.
fn number(vendor: Vendor, index: usize) -> String {
    let example = vendor.example_number();
    format!("{}{index:03}", &example[..example.len() - 3])
}

/// In a process of its own: it measures the process's peak memory.
#[test]
fn ten_thousand_sends_and_verifies_at_256_tasks() {
    crate::common::in_own_process(crate::this_test!(), || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("a runtime");
        runtime.block_on(run());
    });
}

async fn run() {
    // Each task sends to its own number over and over.
    let sandbox = Arc::new(crate::common::sandbox_for_repeat_sends().await);
    let handles: HashMap<Vendor, Otp> = Vendor::ALL
        .into_iter()
        .map(|v| {
            let built = provider(&sandbox, v, true, Duration::from_secs(30));
            (v, Otp::new(built, otpkit::IdSeal::insecure_unsealed()))
        })
        .collect();
    let handles = Arc::new(handles);
    let before = crate::common::peak_rss_kib();
    let start = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for task in 0..TASKS {
        let cycles = CYCLES / TASKS + usize::from(task < CYCLES % TASKS);
        let vendor = Vendor::ALL[task % Vendor::ALL.len()];
        let to = number(vendor, task / Vendor::ALL.len());
        let (sandbox, handles) = (sandbox.clone(), handles.clone());
        tasks.spawn(async move {
            let otp = &handles[&vendor];
            let mut ids = Vec::with_capacity(cycles);
            for _ in 0..cycles {
                let sent = otp
                    .send(&SendRequest::new(&to))
                    .await
                    .map_err(|e| format!("{to}: send: {e}"))?;
                let code = sandbox
                    .last_code_for(&to)
                    .ok_or_else(|| format!("{to}: nothing delivered"))?;
                let outcome = otp
                    .verify(&otpkit::VerifyRequest::new(sent.id.clone(), &code))
                    .await
                    .map_err(|e| format!("{to}: verify: {e}"))?;
                if outcome != Outcome::Approved {
                    return Err(format!("{to}: {outcome:?}"));
                }
                ids.push(sent.id.to_string());
            }
            Ok::<_, String>((to, ids))
        });
    }
    let (mut ids, mut per_number, mut errors) = (HashSet::new(), HashMap::new(), Vec::new());
    while let Some(joined) = tasks.join_next().await {
        match joined.expect("no task panics") {
            Ok((to, sent)) => {
                per_number.insert(to.trim_start_matches('+').to_string(), sent.len());
                ids.extend(sent);
            }
            Err(e) => errors.push(e),
        }
    }
    let elapsed = start.elapsed();
    let growth = crate::common::peak_rss_kib().saturating_sub(before);
    assert!(
        errors.is_empty(),
        "{} tasks failed: {:?}",
        errors.len(),
        &errors[..errors.len().min(5)]
    );
    assert_eq!(ids.len(), CYCLES, "every verification id is unique");

    // Exactly one delivery per send: the inbox holds CYCLES messages, as many per number as
    // that number's task sent.
    let messages = sandbox.messages();
    assert_eq!(messages.len(), CYCLES, "one message per send");
    let mut delivered: HashMap<String, usize> = HashMap::new();
    for m in &messages {
        *delivered
            .entry(m.destination.trim_start_matches('+').to_string())
            .or_default() += 1;
    }
    assert_eq!(delivered, per_number);
    let requests: u64 = Vendor::ALL.iter().map(|&v| sandbox.requests(v)).sum();
    assert_eq!(
        requests,
        2 * CYCLES as u64,
        "one request per send and per verify"
    );

    assert!(
        growth < MAX_GROWTH_KIB,
        "peak memory grew by {growth} KiB (limit {MAX_GROWTH_KIB} KiB)"
    );
    eprintln!(
        "load: {CYCLES} send+verify cycles on {TASKS} tasks in {:.2} s = {:.0} cycles/s \
         ({:.0} requests/s); peak RSS {} KiB before, +{growth} KiB during",
        elapsed.as_secs_f64(),
        CYCLES as f64 / elapsed.as_secs_f64(),
        2.0 * CYCLES as f64 / elapsed.as_secs_f64(),
        before,
    );
}

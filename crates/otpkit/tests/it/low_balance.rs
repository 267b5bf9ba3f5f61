//! The router's balance rule, over the sandbox: a vendor whose wallet is under its floor is
//! skipped unasked, a live "Insufficient balance" marks it exhausted, the balance is looked up
//! once per interval however many sends arrive at once, no breaker moves, and without the rule
//! no balance is ever looked up.

use std::time::Duration;

use otpkit::{Error, Health, OtpProvider, Router, SendRequest};
use otpkit_sandbox::{Sandbox, Vendor};

use crate::common::{routed, sandbox_for_repeat_sends};

const TIMEOUT: Duration = Duration::from_secs(5);

/// Termii first for Nigeria, Twilio Verify after it, Termii's balance watched.
fn router(sandbox: &Sandbox, floor: f64) -> Router {
    routed(sandbox, &[Vendor::Termii, Vendor::TwilioVerify], TIMEOUT)
        .skip_below_balance(otpkit::Vendor::TERMII, floor)
        .balance_refresh(Duration::from_secs(3600))
        .build()
        .unwrap()
}

fn number(n: u32) -> String {
    format!("+23480{n:08}")
}

#[tokio::test]
async fn a_vendor_under_its_floor_is_skipped_unasked() {
    let sandbox = sandbox_for_repeat_sends().await;
    sandbox.set_balance(Vendor::Termii, 2.0).unwrap();
    let router = router(&sandbox, 10.0);
    for n in 0..3 {
        let sent = router.send(&SendRequest::new(number(n))).await.unwrap();
        assert_eq!(sent.id.vendor(), &otpkit::Vendor::TWILIO_VERIFY);
    }
    // One look-up, and no send, reached Termii.
    assert_eq!(sandbox.requests(Vendor::Termii), 1);
    assert_eq!(
        router.health(&otpkit::Vendor::TERMII).await.unwrap(),
        Health::Up
    );
}

#[tokio::test]
async fn a_live_refusal_for_credit_marks_the_vendor_exhausted() {
    let sandbox = sandbox_for_repeat_sends().await;
    // Enough for one message (2.5 each), above the floor of 1.
    sandbox.set_balance(Vendor::Termii, 3.0).unwrap();
    let router = router(&sandbox, 1.0);
    let first = router.send(&SendRequest::new(number(1))).await.unwrap();
    assert_eq!(first.id.vendor(), &otpkit::Vendor::TERMII);
    // Termii refuses the second for credit: the router fails over, nothing sent twice.
    let second = router.send(&SendRequest::new(number(2))).await.unwrap();
    assert_eq!(second.id.vendor(), &otpkit::Vendor::TWILIO_VERIFY);
    let termii_requests = sandbox.requests(Vendor::Termii);
    assert_eq!(termii_requests, 3, "a look-up and two sends");
    // Exhausted: skipped without a request, and its breaker never moved.
    let third = router.send(&SendRequest::new(number(3))).await.unwrap();
    assert_eq!(third.id.vendor(), &otpkit::Vendor::TWILIO_VERIFY);
    assert_eq!(sandbox.requests(Vendor::Termii), termii_requests);
    assert_eq!(
        router.health(&otpkit::Vendor::TERMII).await.unwrap(),
        Health::Up
    );
    assert_eq!(sandbox.messages().len(), 3, "three codes, none twice");
}

#[tokio::test]
async fn sends_at_once_share_one_look_up_per_interval() {
    let sandbox = sandbox_for_repeat_sends().await;
    let router = std::sync::Arc::new(router(&sandbox, 10.0));
    let sends = (0..20).map(|n| {
        let router = router.clone();
        tokio::spawn(async move { router.send(&SendRequest::new(number(n))).await })
    });
    for send in futures_join(sends).await {
        assert_eq!(send.unwrap().id.vendor(), &otpkit::Vendor::TERMII);
    }
    // Twenty sends and one look-up; the next twenty, within the interval, none.
    assert_eq!(sandbox.requests(Vendor::Termii), 21);
    for n in 20..40 {
        router.send(&SendRequest::new(number(n))).await.unwrap();
    }
    assert_eq!(sandbox.requests(Vendor::Termii), 41);
}

async fn futures_join<T>(tasks: impl Iterator<Item = tokio::task::JoinHandle<T>>) -> Vec<T> {
    let mut out = Vec::new();
    for task in tasks.collect::<Vec<_>>() {
        out.push(task.await.expect("the send task ran"));
    }
    out
}

#[tokio::test]
async fn without_the_rule_no_balance_is_looked_up_and_bad_rules_are_refused() {
    let sandbox = sandbox_for_repeat_sends().await;
    let plain = routed(&sandbox, &[Vendor::Termii], TIMEOUT)
        .build()
        .unwrap();
    plain.send(&SendRequest::new(number(1))).await.unwrap();
    assert_eq!(sandbox.requests(Vendor::Termii), 1, "the send alone");

    // Every vendor short: nothing sent, and the error says why.
    sandbox.set_balance(Vendor::Termii, 0.0).unwrap();
    let alone = routed(&sandbox, &[Vendor::Termii], TIMEOUT)
        .skip_below_balance(otpkit::Vendor::TERMII, 1.0)
        .build()
        .unwrap();
    match alone.send(&SendRequest::new(number(2))).await {
        Err(Error::InsufficientFunds { vendor }) => assert_eq!(vendor, otpkit::Vendor::TERMII),
        other => panic!("{other:?}"),
    }

    for (builder, says) in [
        (
            routed(&sandbox, &[Vendor::Termii], TIMEOUT)
                .skip_below_balance(otpkit::Vendor::OCTOPUSH, 1.0),
            "no provider",
        ),
        (
            routed(&sandbox, &[Vendor::Termii], TIMEOUT)
                .skip_below_balance(otpkit::Vendor::TERMII, f64::NAN),
            "0 or more",
        ),
        (
            routed(&sandbox, &[Vendor::Termii], TIMEOUT)
                .skip_below_balance(otpkit::Vendor::TERMII, 1.0)
                .balance_refresh(Duration::ZERO),
            "1 s to a day",
        ),
    ] {
        match builder.build() {
            Err(Error::Config(message)) => assert!(message.to_string().contains(says), "{message}"),
            other => panic!("{says}: {other:?}"),
        }
    }
}

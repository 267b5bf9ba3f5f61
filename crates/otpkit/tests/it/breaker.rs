//! Each vendor's circuit breaker in the router, over real HTTP with the sandbox's faults: a
//! primary that hangs, refuses connections or answers 5xx is skipped once its breaker opens,
//! without being called, and the fallback takes the sends at once; a probe after the
//! cool-down brings the traffic back; refusals, per-number limits and geo blocks (Twilio
//! Verify's 60203 and 60605 included) never open it; nothing a caller chooses (a bad code, a
//! verify between sends) closes or holds it; two probes never run at once; and no send ever
//! reaches two vendors.
//!
//! The tests wait on state changes, never on wall-clock windows: an open breaker's cool-down is
//! a minute unless the test waits for it to pass, so a loaded machine cannot let a probe in
//! early.

use std::time::{Duration, Instant};

use crate::common::{number_for, provider, provider_at};
use otpkit::{BreakerConfig, Error, Health, Otp, Router, SendRequest, VerifyRequest};
use otpkit_sandbox::{Fault, FaultKind, Sandbox, Vendor};

/// Long enough that nothing happens by the clock during a test.
const STAYS_OPEN: Duration = Duration::from_secs(60);
/// For tests that wait (by polling the state) for a probe to be allowed.
const SHORT_COOL_DOWN: Duration = Duration::from_millis(100);
/// The client timeout, which the hanging-vendor tests wait for.
const TIMEOUT: Duration = Duration::from_secs(1);

fn breaker(cool_down: Duration) -> BreakerConfig {
    BreakerConfig::default()
        .consecutive_failures(2)
        .cool_down(cool_down)
}

/// A router with `breaker(cool_down)` sending the first vendor's home country through
/// `vendors`.
fn routed_with(sandbox: &Sandbox, vendors: &[Vendor], cool_down: Duration) -> Otp {
    let router = crate::common::routed(sandbox, vendors, TIMEOUT).breaker(breaker(cool_down));
    Otp::new(router.build().unwrap(), otpkit::IdSeal::insecure_unsealed())
}

/// A router whose breakers stay open for the whole test once they open.
fn routed(sandbox: &Sandbox, vendors: &[Vendor]) -> Otp {
    routed_with(sandbox, vendors, STAYS_OPEN)
}

/// Waits until `vendor`'s breaker reports `wanted` (bounded: ten seconds).
async fn wait_for(otp: &Otp, vendor: otpkit::Vendor, wanted: Health) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while health(otp, vendor.clone()).await != wanted {
        assert!(
            Instant::now() < deadline,
            "{vendor} never became {wanted:?}"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Nigeria: Termii, then Octopush.
fn nigeria(sandbox: &Sandbox) -> Otp {
    routed(sandbox, &[Vendor::Termii, Vendor::Octopush])
}

fn to() -> SendRequest {
    SendRequest::new(number_for(Vendor::Termii))
}

async fn health(otp: &Otp, vendor: otpkit::Vendor) -> Health {
    otp.health(&vendor).await.unwrap()
}

/// Sends until Termii's breaker opens; each send gives an error (an ambiguous failure is never
/// resent) or goes to Octopush. Returns how many sends it took.
async fn open_termii(otp: &Otp) -> usize {
    for sends in 1..=5 {
        let _ = otp.send(&to()).await;
        if health(otp, otpkit::Vendor::TERMII).await == Health::Down {
            return sends;
        }
    }
    panic!("Termii's breaker never opened");
}

#[tokio::test]
async fn a_primary_answering_5xx_is_skipped_once_its_breaker_opens() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = nigeria(&sandbox);
    sandbox
        .inject(Fault::new(
            Vendor::Termii,
            FaultKind::ActThenStatus { status: 502 },
        ))
        .unwrap();
    let sends = open_termii(&otp).await;
    assert_eq!(sends, 2, "two failures in a row open it");
    let termii_calls = sandbox.requests(Vendor::Termii);
    // Open: sends go to Octopush without calling Termii.
    for _ in 0..3 {
        let sent = otp.send(&to()).await.unwrap();
        assert_eq!(sent.id.vendor(), &otpkit::Vendor::OCTOPUSH);
    }
    assert_eq!(
        sandbox.requests(Vendor::Termii),
        termii_calls,
        "Termii was not called"
    );
    // Every send produced at most one code: two from Termii (each answered 502 after acting,
    // so the router returned the error rather than resending), three from Octopush.
    let by: Vec<Vendor> = sandbox.messages().iter().map(|m| m.vendor).collect();
    assert_eq!(
        by,
        [
            Vendor::Termii,
            Vendor::Termii,
            Vendor::Octopush,
            Vendor::Octopush,
            Vendor::Octopush
        ]
    );
}

#[tokio::test]
async fn a_hanging_primary_costs_the_timeout_only_until_its_breaker_opens() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = nigeria(&sandbox);
    sandbox
        .inject(Fault::new(
            Vendor::Termii,
            FaultKind::Latency { millis: 60_000 },
        ))
        .unwrap();
    for _ in 0..2 {
        let started = Instant::now();
        let error = otp.send(&to()).await.unwrap_err();
        assert!(
            matches!(error, Error::Timeout { sent: true, .. }),
            "{error:?}"
        );
        assert!(started.elapsed() >= TIMEOUT);
    }
    assert_eq!(health(&otp, otpkit::Vendor::TERMII).await, Health::Down);
    let started = Instant::now();
    let sent = otp.send(&to()).await.unwrap();
    assert_eq!(sent.id.vendor(), &otpkit::Vendor::OCTOPUSH);
    assert!(
        started.elapsed() < TIMEOUT,
        "once open, the fallback answers without waiting: {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_primary_refusing_connections_fails_over_and_then_is_not_tried() {
    let sandbox = Sandbox::start().await.unwrap();
    let refusing = format!("http://127.0.0.1:{}", crate::common::closed_port());
    let otp = Otp::new(
        Router::builder()
            .shared_provider(provider_at(&sandbox, Vendor::Termii, &refusing, TIMEOUT))
            .shared_provider(provider(&sandbox, Vendor::Octopush, true, TIMEOUT))
            .route(234, [otpkit::Vendor::TERMII, otpkit::Vendor::OCTOPUSH])
            .breaker(breaker(STAYS_OPEN))
            .build()
            .unwrap(),
        otpkit::IdSeal::insecure_unsealed(),
    );
    // Nothing was sent, so each of these fails over to Octopush at once.
    for _ in 0..2 {
        let sent = otp.send(&to()).await.unwrap();
        assert_eq!(sent.id.vendor(), &otpkit::Vendor::OCTOPUSH);
    }
    assert_eq!(health(&otp, otpkit::Vendor::TERMII).await, Health::Down);
    assert_eq!(sandbox.messages().len(), 2);
}

#[tokio::test]
async fn a_recovered_primary_gets_its_traffic_back_after_one_probe() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = routed_with(
        &sandbox,
        &[Vendor::Termii, Vendor::Octopush],
        SHORT_COOL_DOWN,
    );
    sandbox
        .inject(Fault::new(
            Vendor::Termii,
            FaultKind::Status { status: 503 },
        ))
        .unwrap();
    open_termii(&otp).await;
    sandbox.clear_faults();
    wait_for(&otp, otpkit::Vendor::TERMII, Health::Degraded).await;
    let before = sandbox.requests(Vendor::Termii);
    let probe = otp.send(&to()).await.unwrap();
    assert_eq!(
        probe.id.vendor(),
        &otpkit::Vendor::TERMII,
        "the probe goes to Termii"
    );
    assert_eq!(sandbox.requests(Vendor::Termii), before + 1);
    assert_eq!(health(&otp, otpkit::Vendor::TERMII).await, Health::Up);
    let sent = otp.send(&to()).await.unwrap();
    assert_eq!(sent.id.vendor(), &otpkit::Vendor::TERMII);
    // A probe that fails reopens it at once.
    sandbox
        .inject(Fault::new(
            Vendor::Termii,
            FaultKind::Status { status: 503 },
        ))
        .unwrap();
    open_termii(&otp).await;
    wait_for(&otp, otpkit::Vendor::TERMII, Health::Degraded).await;
    let error = otp.send(&to()).await.unwrap_err();
    assert!(
        matches!(
            error,
            Error::Vendor {
                status: Some(503),
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(health(&otp, otpkit::Vendor::TERMII).await, Health::Down);
}

#[tokio::test]
async fn refusals_and_per_number_limits_never_open_a_breaker() {
    let sandbox = Sandbox::start().await.unwrap();
    // A bot hammering one Malaysian number: pipwave refuses every resend within 60 s.
    let otp = routed(&sandbox, &[Vendor::Pipwave, Vendor::Octopush]);
    let one_number = SendRequest::new(number_for(Vendor::Pipwave));
    otp.send(&one_number).await.unwrap();
    for _ in 0..10 {
        let error = otp.send(&one_number).await.unwrap_err();
        assert!(
            matches!(error, Error::DestinationLimited { .. }),
            "{error:?}"
        );
    }
    assert_eq!(health(&otp, otpkit::Vendor::PIPWAVE).await, Health::Up);
    assert_eq!(
        sandbox.requests(Vendor::Octopush),
        0,
        "no traffic pushed to the fallback"
    );
    // Every other user's number still goes to pipwave.
    let other = otp.send(&SendRequest::new("+60123456788")).await.unwrap();
    assert_eq!(other.id.vendor(), &otpkit::Vendor::PIPWAVE);

    // A vendor refusing with 4xx (here 403, as a geo block does) is up: it answers.
    let nigeria = nigeria(&sandbox);
    sandbox
        .inject(Fault::new(Vendor::Termii, FaultKind::Status { status: 403 }).times(5))
        .unwrap();
    for _ in 0..5 {
        let error = nigeria.send(&to()).await.unwrap_err();
        assert!(matches!(error, Error::Unauthorized { .. }), "{error:?}");
    }
    assert_eq!(health(&nigeria, otpkit::Vendor::TERMII).await, Health::Up);
}

/// Twilio Verify as the catch-all's first vendor, Octopush after it.
fn worldwide(sandbox: &Sandbox) -> Otp {
    let router = Router::builder()
        .shared_provider(provider(sandbox, Vendor::TwilioVerify, true, TIMEOUT))
        .shared_provider(provider(sandbox, Vendor::Octopush, true, TIMEOUT))
        .catch_all([otpkit::Vendor::TWILIO_VERIFY, otpkit::Vendor::OCTOPUSH])
        .breaker(breaker(STAYS_OPEN));
    Otp::new(router.build().unwrap(), otpkit::IdSeal::insecure_unsealed())
}

#[tokio::test]
async fn twilio_verify_per_number_limits_and_geo_blocks_never_open_its_breaker() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = worldwide(&sandbox);
    // A bot hammering one number: Twilio sends five times (the same code), then refuses (60203).
    let one_number = SendRequest::new(number_for(Vendor::TwilioVerify));
    for _ in 0..5 {
        otp.send(&one_number).await.unwrap();
    }
    for _ in 0..10 {
        let error = otp.send(&one_number).await.unwrap_err();
        assert!(
            matches!(&error, Error::DestinationLimited { vendor, .. } if *vendor == otpkit::Vendor::TWILIO_VERIFY),
            "{error:?}"
        );
        assert!(!error.is_retryable());
    }
    // Numbers in a country Twilio's geo permissions block (60605): refused, and not elsewhere.
    for _ in 0..5 {
        let error = otp
            .send(&SendRequest::new("+989121234567"))
            .await
            .unwrap_err();
        match &error {
            Error::Unsupported { vendor, what } => {
                assert_eq!(vendor, &otpkit::Vendor::TWILIO_VERIFY);
                assert!(what.contains("geo permissions"), "{what}");
            }
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(
        health(&otp, otpkit::Vendor::TWILIO_VERIFY).await,
        Health::Up
    );
    assert_eq!(
        sandbox.requests(Vendor::Octopush),
        0,
        "no traffic pushed to the next vendor"
    );
    // Every other user's number still goes to Twilio Verify.
    let other = otp.send(&SendRequest::new("+15017122662")).await.unwrap();
    assert_eq!(other.id.vendor(), &otpkit::Vendor::TWILIO_VERIFY);
}

#[tokio::test]
async fn with_every_vendor_open_the_error_says_so_and_nothing_is_called() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = routed(&sandbox, &[Vendor::Termii]);
    sandbox
        .inject(Fault::new(
            Vendor::Termii,
            FaultKind::Status { status: 500 },
        ))
        .unwrap();
    open_termii(&otp).await;
    let calls = sandbox.requests(Vendor::Termii);
    let error = otp.send(&to()).await.unwrap_err();
    assert!(
        matches!(&error, Error::Unavailable { vendor, retry_after: Some(_) } if *vendor == otpkit::Vendor::TERMII),
        "{error:?}"
    );
    assert!(error.is_retryable() && !error.may_have_reached_vendor());
    assert_eq!(sandbox.requests(Vendor::Termii), calls);
    let report = otp.health_report().await;
    assert_eq!(report.len(), 1);
    assert!(matches!(report[0].1, Ok(Health::Down)));
}

/// Termii hangs and its breaker opens; one person types `12 34` as a code. Before, every
/// verify counted as the vendor answering, so that bad code closed the breaker and the next
/// sends hung on Termii again with no failover.
#[tokio::test]
async fn a_bad_code_never_closes_an_open_breaker() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = nigeria(&sandbox);
    let earlier = otp.send(&to()).await.unwrap();
    assert_eq!(earlier.id.vendor(), &otpkit::Vendor::TERMII);
    sandbox
        .inject(Fault::new(
            Vendor::Termii,
            FaultKind::Latency { millis: 60_000 },
        ))
        .unwrap();
    open_termii(&otp).await;
    let calls = sandbox.requests(Vendor::Termii);
    let typo = otp.verify(&VerifyRequest::new(earlier.id, "12 34")).await;
    assert!(
        matches!(typo, Err(Error::InvalidInput { field: "code", .. })),
        "{typo:?}"
    );
    assert_eq!(health(&otp, otpkit::Vendor::TERMII).await, Health::Down);
    let started = Instant::now();
    let sent = otp.send(&to()).await.unwrap();
    assert_eq!(sent.id.vendor(), &otpkit::Vendor::OCTOPUSH);
    assert!(started.elapsed() < TIMEOUT, "no wait on the hanging vendor");
    assert_eq!(
        sandbox.requests(Vendor::Termii),
        calls,
        "Termii was not called"
    );
}

/// One bad-code verify between sends that fail used to reset the run of failures, keeping the
/// breaker closed forever. A verify says nothing about whether sends work.
#[tokio::test]
async fn verifies_between_failed_sends_do_not_hold_a_breaker_closed() {
    let sandbox = Sandbox::start().await.unwrap();
    let router = crate::common::routed(&sandbox, &[Vendor::Termii, Vendor::Octopush], TIMEOUT)
        .breaker(
            BreakerConfig::default()
                .consecutive_failures(3)
                .cool_down(STAYS_OPEN),
        );
    let otp = Otp::new(router.build().unwrap(), otpkit::IdSeal::insecure_unsealed());
    let earlier = otp.send(&to()).await.unwrap();
    sandbox
        .inject(
            Fault::new(Vendor::Termii, FaultKind::Status { status: 503 })
                .on_route("/api/sms/otp/send"),
        )
        .unwrap();
    for _ in 0..2 {
        otp.send(&to()).await.unwrap_err();
        // A wrong code, answered by Termii, and a typo refused locally.
        let code = otp
            .verify(&VerifyRequest::new(earlier.id.clone(), "000000"))
            .await;
        assert!(code.is_ok(), "{code:?}");
        let typo = otp
            .verify(&VerifyRequest::new(earlier.id.clone(), "12 34"))
            .await;
        assert!(typo.is_err());
    }
    otp.send(&to()).await.unwrap_err();
    assert_eq!(health(&otp, otpkit::Vendor::TERMII).await, Health::Down);
}

/// With a cool-down shorter than the timeout, a second probe used to go out while the first
/// still hung: two requests to a vendor that is down, and two sends waiting on it.
#[tokio::test]
async fn two_probes_never_run_at_once() {
    let sandbox = Sandbox::start().await.unwrap();
    // The probe hangs for five seconds: far longer than the steps below take, even loaded.
    let router = crate::common::routed(&sandbox, &[Vendor::Termii, Vendor::Octopush], 5 * TIMEOUT)
        .breaker(breaker(SHORT_COOL_DOWN));
    let otp = Otp::new(router.build().unwrap(), otpkit::IdSeal::insecure_unsealed());
    sandbox
        .inject(Fault::new(
            Vendor::Termii,
            FaultKind::Status { status: 503 },
        ))
        .unwrap();
    open_termii(&otp).await;
    // Now Termii hangs: the probe will wait for its timeout.
    sandbox.clear_faults();
    sandbox
        .inject(Fault::new(
            Vendor::Termii,
            FaultKind::Latency { millis: 60_000 },
        ))
        .unwrap();
    wait_for(&otp, otpkit::Vendor::TERMII, Health::Degraded).await;
    let before = sandbox.requests(Vendor::Termii);
    let probe = tokio::spawn({
        let otp = otp.clone();
        async move { otp.send(&to()).await }
    });
    // The probe has reached Termii, and a cool-down has passed while it hangs.
    let deadline = Instant::now() + Duration::from_secs(10);
    while sandbox.requests(Vendor::Termii) == before {
        assert!(Instant::now() < deadline, "the probe never reached Termii");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    tokio::time::sleep(SHORT_COOL_DOWN * 2).await;
    let sent = otp.send(&to()).await.unwrap();
    assert_eq!(sent.id.vendor(), &otpkit::Vendor::OCTOPUSH);
    assert_eq!(
        sandbox.requests(Vendor::Termii),
        before + 1,
        "one probe only"
    );
    let probed = probe.await.unwrap();
    assert!(matches!(probed, Err(Error::Timeout { .. })), "{probed:?}");
    // The failed probe reopened it (and its short cool-down may be over already).
    assert_ne!(health(&otp, otpkit::Vendor::TERMII).await, Health::Up);
}

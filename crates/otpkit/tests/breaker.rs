//! Each vendor's circuit breaker in the router, over real HTTP with the sandbox's faults: a
//! primary that hangs, refuses connections or answers 5xx is skipped once its breaker opens,
//! without being called, and the fallback takes the sends at once; a probe after the
//! cool-down brings the traffic back; refusals, per-number limits and geo blocks (Twilio
//! Verify's 60203 and 60605 included) never open it; and no send ever reaches two vendors.

mod common;

use std::time::{Duration, Instant};

use common::{number_for, provider, provider_at};
use otpkit::{BreakerConfig, Error, Health, Otp, Router, SendRequest};
use otpkit_sandbox::{Fault, FaultKind, Sandbox, Vendor};

const COOL_DOWN: Duration = Duration::from_millis(400);
const TIMEOUT: Duration = Duration::from_millis(300);

fn breaker() -> BreakerConfig {
    BreakerConfig::default()
        .consecutive_failures(2)
        .cool_down(COOL_DOWN)
}

/// A router with `breaker()` sending the first vendor's home country through `vendors`.
fn routed(sandbox: &Sandbox, vendors: &[Vendor]) -> Otp {
    let router = common::routed(sandbox, vendors, TIMEOUT).breaker(breaker());
    Otp::new(router.build().unwrap())
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
    let refusing = format!("http://127.0.0.1:{}", common::closed_port());
    let otp = Otp::new(
        Router::builder()
            .shared_provider(provider_at(&sandbox, Vendor::Termii, &refusing, TIMEOUT))
            .shared_provider(provider(&sandbox, Vendor::Octopush, true, TIMEOUT))
            .route(234, [otpkit::Vendor::TERMII, otpkit::Vendor::OCTOPUSH])
            .breaker(breaker())
            .build()
            .unwrap(),
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
    let otp = nigeria(&sandbox);
    sandbox
        .inject(Fault::new(
            Vendor::Termii,
            FaultKind::Status { status: 503 },
        ))
        .unwrap();
    open_termii(&otp).await;
    sandbox.clear_faults();
    tokio::time::sleep(COOL_DOWN + Duration::from_millis(50)).await;
    assert_eq!(health(&otp, otpkit::Vendor::TERMII).await, Health::Degraded);
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
    tokio::time::sleep(COOL_DOWN + Duration::from_millis(50)).await;
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
        .breaker(breaker());
    Otp::new(router.build().unwrap())
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

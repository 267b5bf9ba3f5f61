//! The router fails over only when resending is safe, over real HTTP: never after a vendor
//! that may have acted (a 5xx answer, even one a gateway gave after the vendor sent the code),
//! never around a per-number limit, and always past a vendor that could not be reached, within
//! the timeout `OTPKIT_TIMEOUT_MS` sets.

use std::time::{Duration, Instant};

use crate::common::{number_for, provider, provider_at, routed};
use otpkit::{Error, Otp, Router, SendRequest};
use otpkit_sandbox::{Fault, FaultKind, Sandbox, Vendor};
use tokio::net::{TcpSocket, TcpStream};

const PATIENT: Duration = Duration::from_secs(5);

/// Termii first for Nigeria, then Octopush.
fn nigeria(sandbox: &Sandbox) -> Otp {
    let router = routed(sandbox, &[Vendor::Termii, Vendor::Octopush], PATIENT);
    Otp::new(router.build().unwrap(), otpkit::IdSeal::insecure_unsealed())
}

#[tokio::test]
async fn a_5xx_is_never_resent_elsewhere_even_when_the_vendor_acted() {
    for kind in [
        FaultKind::ActThenStatus { status: 504 },
        FaultKind::ActThenStatus { status: 502 },
        FaultKind::Status { status: 503 },
    ] {
        let sandbox = Sandbox::start().await.unwrap();
        let acted = matches!(kind, FaultKind::ActThenStatus { .. });
        sandbox
            .inject(Fault::new(Vendor::Termii, kind.clone()).times(1))
            .unwrap();
        let error = nigeria(&sandbox)
            .send(&SendRequest::new(number_for(Vendor::Termii)))
            .await
            .unwrap_err();
        assert!(
            matches!(
                error,
                Error::Vendor {
                    status: Some(500..=599),
                    ..
                }
            ),
            "{kind:?}: {error:?}"
        );
        assert!(
            !error.is_retryable() && error.may_have_reached_vendor(),
            "{error:?}"
        );
        assert_eq!(
            sandbox.requests(Vendor::Octopush),
            0,
            "{kind:?}: failed over"
        );
        // Exactly the one code the first vendor sent before its answer was lost, or none.
        assert_eq!(sandbox.messages().len(), usize::from(acted), "{kind:?}");
    }
}

#[tokio::test]
async fn only_an_account_wide_rate_limit_fails_over() {
    let sandbox = Sandbox::start().await.unwrap();
    // Termii's 429 has no documented scope: it may be the number's, so Octopush is not asked.
    // (Twilio's account-wide 20429 fails over: router.rs.)
    sandbox
        .inject(
            Fault::new(
                Vendor::Termii,
                FaultKind::RateLimited {
                    retry_after_secs: 3,
                },
            )
            .times(1),
        )
        .unwrap();
    let error = nigeria(&sandbox)
        .send(&SendRequest::new(number_for(Vendor::Termii)))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::RateLimited {
                account_wide: false,
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(sandbox.requests(Vendor::Octopush), 0, "no failover");

    // pipwave refuses a second code to one number within 60 s: wait, do not go elsewhere.
    let malaysia = routed(&sandbox, &[Vendor::Pipwave, Vendor::Octopush], PATIENT);
    let malaysia = Otp::new(
        malaysia.build().unwrap(),
        otpkit::IdSeal::insecure_unsealed(),
    );
    let to = SendRequest::new(number_for(Vendor::Pipwave));
    malaysia.send(&to).await.unwrap();
    let octopush_before = sandbox.requests(Vendor::Octopush);
    let error = malaysia.send(&to).await.unwrap_err();
    assert!(
        matches!(
            error,
            Error::DestinationLimited {
                retry_after: Some(_),
                ..
            }
        ),
        "{error:?}"
    );
    assert!(!error.is_retryable(), "{error:?}");
    assert_eq!(sandbox.requests(Vendor::Octopush), octopush_before);
}

/// A loopback port whose accept queue is full, so that a new connection hangs in its
/// handshake: a vendor that cannot be reached. The returned streams hold the queue full.
async fn unreachable_port() -> (u16, Vec<TcpStream>) {
    let socket = TcpSocket::new_v4().unwrap();
    socket.bind(([127, 0, 0, 1], 0).into()).unwrap();
    let listener = socket.listen(0).unwrap();
    let addr = listener.local_addr().unwrap();
    let mut held = Vec::new();
    for _ in 0..16 {
        match tokio::time::timeout(Duration::from_millis(300), TcpStream::connect(addr)).await {
            Ok(Ok(stream)) => held.push(stream),
            Ok(Err(e)) => panic!("connecting to the full listener failed at once: {e}"),
            // A handshake that does not complete: the queue is full.
            Err(_) => {
                std::mem::forget(listener);
                return (addr.port(), held);
            }
        }
    }
    panic!("the listener's accept queue never filled; cannot simulate an unreachable vendor");
}

#[tokio::test]
async fn a_vendor_that_cannot_be_reached_in_time_is_not_sent_and_the_router_fails_over() {
    let (port, _held) = unreachable_port().await;
    let sandbox = Sandbox::start().await.unwrap();
    // Termii configured from variables (OTPKIT_TIMEOUT_MS=400 among them), pointing nowhere.
    let nowhere = format!("http://127.0.0.1:{port}");
    let termii = provider_at(
        &sandbox,
        Vendor::Termii,
        &nowhere,
        Duration::from_millis(400),
    );

    let started = Instant::now();
    let error = Otp::shared(termii.clone(), otpkit::IdSeal::insecure_unsealed())
        .send(&SendRequest::new(number_for(Vendor::Termii)))
        .await
        .unwrap_err();
    let took = started.elapsed();
    assert!(
        matches!(error, Error::Timeout { sent: false, .. }),
        "a timeout while connecting is not a send: {error:?}"
    );
    assert!(error.is_retryable() && !error.may_have_reached_vendor());
    assert!(
        took < Duration::from_millis(1500),
        "OTPKIT_TIMEOUT_MS=400, took {took:?}"
    );

    let router = Router::builder()
        .shared_provider(termii)
        .provider(provider(&sandbox, Vendor::Octopush, true, PATIENT))
        .route(234, [otpkit::Vendor::TERMII, otpkit::Vendor::OCTOPUSH])
        .build()
        .unwrap();
    let sent = Otp::new(router, otpkit::IdSeal::insecure_unsealed())
        .send(&SendRequest::new(number_for(Vendor::Termii)))
        .await
        .unwrap();
    assert_eq!(sent.id.vendor(), &otpkit::Vendor::OCTOPUSH);
    assert_eq!(sandbox.messages().len(), 1);
}

#[tokio::test]
async fn otpkit_timeout_ms_bounds_a_vendor_that_answers_late() {
    let sandbox = Sandbox::start().await.unwrap();
    sandbox
        .inject(Fault::new(Vendor::Shoutout, FaultKind::Latency { millis: 10_000 }).times(1))
        .unwrap();
    let env = sandbox.client_env(Vendor::Shoutout);
    let vars = |name: &str| match name {
        "OTPKIT_TIMEOUT_MS" => Some("300".to_string()),
        name => env.get(name),
    };
    let shoutout = otpkit::vendors::provider(&otpkit::Vendor::SHOUTOUT, &vars).unwrap();
    let started = Instant::now();
    let error = Otp::shared(shoutout, otpkit::IdSeal::insecure_unsealed())
        .send(&SendRequest::new(number_for(Vendor::Shoutout)))
        .await
        .unwrap_err();
    let took = started.elapsed();
    assert!(
        matches!(error, Error::Timeout { sent: true, .. }),
        "{error:?}"
    );
    assert!(
        (Duration::from_millis(300)..Duration::from_millis(1500)).contains(&took),
        "OTPKIT_TIMEOUT_MS=300, took {took:?}"
    );
}

#[tokio::test]
async fn a_vendor_that_cannot_honour_an_option_is_skipped_before_any_call() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = nigeria(&sandbox);
    // Termii takes codes of 4 to 8 characters; Octopush up to 32.
    let long_code = SendRequest::new(number_for(Vendor::Termii)).code_length(12);
    let sent = otp.send(&long_code).await.unwrap();
    assert_eq!(sent.id.vendor(), &otpkit::Vendor::OCTOPUSH);
    assert_eq!(
        sandbox.requests(Vendor::Termii),
        0,
        "Termii was never asked"
    );
    // No vendor of the route takes 40: the error names the option, and nothing is sent.
    let error = otp
        .send(&SendRequest::new(number_for(Vendor::Termii)).code_length(40))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::InvalidInput {
                field: "code_length",
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(
        (
            sandbox.requests(Vendor::Termii),
            sandbox.requests(Vendor::Octopush)
        ),
        (0, 1)
    );
}

/// Nigeria as the default routes set it up with Twilio Verify configured: Termii, then Twilio.
fn nigeria_with_twilio(sandbox: &Sandbox, termii_at: &str) -> Otp {
    let router = Router::builder()
        .shared_provider(provider_at(sandbox, Vendor::Termii, termii_at, PATIENT))
        .shared_provider(provider(sandbox, Vendor::TwilioVerify, true, PATIENT))
        .shared_provider(provider(sandbox, Vendor::Octopush, true, PATIENT))
        .default_routes(otpkit::vendors::BUILT_IN)
        .build()
        .unwrap();
    Otp::new(router, otpkit::IdSeal::insecure_unsealed())
}

#[tokio::test]
async fn twilio_verify_takes_what_the_local_vendor_could_not_send_unless_an_option_rules_it_out() {
    let sandbox = Sandbox::start().await.unwrap();
    let down = format!("http://127.0.0.1:{}/termii", crate::common::closed_port());
    let otp = nigeria_with_twilio(&sandbox, &down);
    let to = number_for(Vendor::Termii);
    // Termii refuses connections: the code goes through Twilio Verify, once.
    let sent = otp.send(&SendRequest::new(to)).await.unwrap();
    assert_eq!(sent.id.vendor(), &otpkit::Vendor::TWILIO_VERIFY);
    let code = sandbox.last_code_for(to).unwrap();
    let checked = otp
        .verify(&otpkit::VerifyRequest::new(sent.id.clone(), &code))
        .await
        .unwrap();
    assert_eq!(checked, otpkit::Outcome::Approved);
    // A custom template, code length or lifetime is not Twilio's to choose (its Verify Service
    // fixes them): Twilio is skipped before any call, and Termii's own error comes back.
    let before = sandbox.requests(Vendor::TwilioVerify);
    for request in [
        SendRequest::new(to).template("Acme: {code}"),
        SendRequest::new(to).code_length(6),
        SendRequest::new(to).ttl(Duration::from_secs(300)),
    ] {
        let error = otp.send(&request).await.unwrap_err();
        assert!(
            matches!(error, Error::Transport { sent: false, .. }),
            "{error:?}"
        );
    }
    assert_eq!(sandbox.requests(Vendor::TwilioVerify), before);
    assert_eq!(sandbox.messages().len(), 1);
}

#[tokio::test]
async fn the_catch_all_starts_with_twilio_verify_and_an_option_it_lacks_moves_on_or_is_named() {
    let sandbox = Sandbox::start().await.unwrap();
    let termii = sandbox.base_url(Vendor::Termii);
    let otp = nigeria_with_twilio(&sandbox, &termii);
    let us = number_for(Vendor::TwilioVerify);
    let sent = otp.send(&SendRequest::new(us)).await.unwrap();
    assert_eq!(sent.id.vendor(), &otpkit::Vendor::TWILIO_VERIFY);
    // A 12-character code is not Twilio's: the catch-all's next vendor that takes it sends it.
    let long = otp
        .send(&SendRequest::new(us).code_length(12))
        .await
        .unwrap();
    assert_eq!(long.id.vendor(), &otpkit::Vendor::OCTOPUSH);
    // With Twilio alone, the error names the option, and nothing is asked of Twilio.
    let alone = Otp::new(
        Router::builder()
            .shared_provider(provider(&sandbox, Vendor::TwilioVerify, true, PATIENT))
            .build()
            .unwrap(),
        otpkit::IdSeal::insecure_unsealed(),
    );
    let before = sandbox.requests(Vendor::TwilioVerify);
    let error = alone
        .send(&SendRequest::new(us).template("Acme: {code}"))
        .await
        .unwrap_err();
    match &error {
        Error::Unsupported { vendor, what } => {
            assert_eq!(vendor, &otpkit::Vendor::TWILIO_VERIFY);
            assert!(what.contains("template"), "{what}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(sandbox.requests(Vendor::TwilioVerify), before);
}

#[tokio::test]
async fn an_account_out_of_credit_fails_over_and_moves_no_breaker() {
    let sandbox = Sandbox::start().await.unwrap();
    sandbox.set_balance(Vendor::Termii, 0.0).unwrap();
    let otp = nigeria(&sandbox);
    let termii_before = sandbox.requests(Vendor::Termii);
    for _ in 0..6 {
        let sent = otp
            .send(&SendRequest::new(number_for(Vendor::Termii)))
            .await
            .expect("Octopush takes the send Termii's account cannot pay for");
        assert_eq!(sent.id.vendor().name(), "octopush");
    }
    // Termii was asked each time (it answered, refusing): its breaker stays closed.
    assert_eq!(sandbox.requests(Vendor::Termii), termii_before + 6);
    assert_eq!(
        otp.health(&otpkit::Vendor::TERMII).await.unwrap(),
        otpkit::Health::Up
    );
}

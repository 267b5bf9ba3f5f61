//! The router over real HTTP: routing by country, failover only when resending is safe, and
//! verification by the vendor that sent. The sandbox's inbox and request counts prove what
//! was delivered where.

use std::time::Duration;

use crate::common::{number_for, provider};
use otpkit::{Channel, Error, Otp, Outcome, Router, SendRequest};
use otpkit_sandbox::{Fault, FaultKind, Sandbox, Vendor};

/// Longer than any test waits: an answer delayed this long never comes while a test watches.
const NEVER_MS: u64 = 60_000;

/// The timeout for calls that meet no delaying fault: only a guard against a hang.
const PATIENT: Duration = Duration::from_secs(30);

fn router(sandbox: &Sandbox, timeout: Duration) -> Otp {
    let built = Router::builder()
        .provider(provider(sandbox, Vendor::Termii, true, timeout))
        .provider(provider(sandbox, Vendor::Pipwave, true, timeout))
        .provider(provider(sandbox, Vendor::Shoutout, true, timeout))
        .provider(provider(sandbox, Vendor::Octopush, true, timeout))
        .provider(provider(sandbox, Vendor::TwilioVerify, true, timeout))
        .route(234, [otpkit::Vendor::TERMII, otpkit::Vendor::OCTOPUSH])
        .default_routes(otpkit::vendors::BUILT_IN)
        .build()
        .unwrap();
    Otp::new(built, otpkit::IdSeal::insecure_unsealed())
}

#[tokio::test]
async fn default_routes_put_the_global_fallback_after_each_home_vendor_and_first_on_the_catch_all()
{
    use otpkit::Vendor as V;
    let sandbox = Sandbox::start().await.unwrap();
    let routes = |with_twilio: bool| {
        let mut builder = Router::builder();
        for vendor in Vendor::ALL {
            if with_twilio || vendor != Vendor::TwilioVerify {
                builder = builder.shared_provider(provider(&sandbox, vendor, true, PATIENT));
            }
        }
        let router = builder
            .route(234, [V::TERMII, V::OCTOPUSH])
            .default_routes(otpkit::vendors::BUILT_IN)
            .build()
            .unwrap();
        [Some(60), Some(94), Some(33), Some(234), None].map(|code| router.route_for(code).to_vec())
    };
    assert_eq!(
        routes(true),
        [
            vec![V::PIPWAVE, V::TWILIO_VERIFY],
            vec![V::SHOUTOUT, V::TWILIO_VERIFY],
            vec![V::OCTOPUSH, V::TWILIO_VERIFY],
            vec![V::TERMII, V::OCTOPUSH],
            vec![
                V::TWILIO_VERIFY,
                V::OCTOPUSH,
                V::PIPWAVE,
                V::SHOUTOUT,
                V::TERMII
            ],
        ],
        "a route set by hand is kept as it is"
    );
    assert_eq!(
        routes(false),
        [
            vec![V::PIPWAVE],
            vec![V::SHOUTOUT],
            vec![V::OCTOPUSH],
            vec![V::TERMII, V::OCTOPUSH],
            vec![V::OCTOPUSH, V::PIPWAVE, V::SHOUTOUT, V::TERMII],
        ],
        "without a global fallback, each country has its home vendor"
    );
}

#[tokio::test]
async fn routes_by_country_and_verifies_with_the_sender() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = router(&sandbox, Duration::from_secs(5));
    for vendor in Vendor::ALL {
        let sent = otp
            .send(&SendRequest::new(number_for(vendor)))
            .await
            .unwrap();
        assert_eq!(sent.id.vendor(), &crate::common::facade_vendor(vendor));
        let message = sandbox.messages().pop().unwrap();
        assert_eq!(
            message.vendor,
            vendor,
            "{} went to {vendor}",
            number_for(vendor)
        );
        assert_eq!(
            otp.verify(&otpkit::VerifyRequest::new(sent.id.clone(), &message.code))
                .await
                .unwrap(),
            Outcome::Approved
        );
    }
    // A country with no route takes the catch-all, which the default routes start with the
    // global fallback.
    let sent = otp.send(&SendRequest::new("+447911123456")).await.unwrap();
    assert_eq!(sent.id.vendor(), &otpkit::Vendor::TWILIO_VERIFY);
}

/// Twilio Verify and Octopush for the rest of the world.
fn worldwide(sandbox: &Sandbox) -> Otp {
    let patient = Duration::from_secs(5);
    Otp::new(
        Router::builder()
            .shared_provider(provider(sandbox, Vendor::TwilioVerify, true, patient))
            .shared_provider(provider(sandbox, Vendor::Octopush, true, patient))
            .catch_all([otpkit::Vendor::TWILIO_VERIFY, otpkit::Vendor::OCTOPUSH])
            .build()
            .unwrap(),
        otpkit::IdSeal::insecure_unsealed(),
    )
}

/// An account-wide 429 (Twilio's 20429) says the vendor did not act, whoever the number: the
/// next vendor takes the send, once (a 5xx cannot say so: failover_policy.rs).
#[tokio::test]
async fn an_account_rate_limit_fails_over_exactly_once() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = worldwide(&sandbox);
    let limited = FaultKind::RateLimited {
        retry_after_secs: 5,
    };
    sandbox
        .inject(Fault::new(Vendor::TwilioVerify, limited).times(1))
        .unwrap();
    let sent = otp.send(&SendRequest::new("+15017122662")).await.unwrap();
    assert_eq!(sent.id.vendor(), &otpkit::Vendor::OCTOPUSH);
    let messages = sandbox.messages();
    assert_eq!(messages.len(), 1, "one delivery: {messages:?}");
    assert_eq!(messages[0].vendor, Vendor::Octopush);
    assert_eq!(
        (
            sandbox.requests(Vendor::TwilioVerify),
            sandbox.requests(Vendor::Octopush)
        ),
        (1, 1)
    );
    assert_eq!(
        otp.verify(&otpkit::VerifyRequest::new(
            sent.id.clone(),
            &messages[0].code
        ))
        .await
        .unwrap(),
        Outcome::Approved
    );
}

#[tokio::test]
async fn a_refused_connection_fails_over() {
    let sandbox = Sandbox::start().await.unwrap();
    // Termii at an address where nothing listens.
    let closed = format!("127.0.0.1:{}", crate::common::closed_port());
    let termii = otpkit::vendors::termii::Termii::builder()
        .api_key("k")
        .sender_id("Acme")
        .base_url(format!("http://{closed}/termii"))
        .build()
        .unwrap();
    let otp = Otp::new(
        Router::builder()
            .provider(termii)
            .provider(provider(
                &sandbox,
                Vendor::Octopush,
                true,
                Duration::from_secs(5),
            ))
            .route(234, [otpkit::Vendor::TERMII, otpkit::Vendor::OCTOPUSH])
            .build()
            .unwrap(),
        otpkit::IdSeal::insecure_unsealed(),
    );
    let sent = otp.send(&SendRequest::new("+2348012345678")).await.unwrap();
    assert_eq!(sent.id.vendor(), &otpkit::Vendor::OCTOPUSH);
    assert_eq!(sandbox.messages().len(), 1);
    assert_eq!(sandbox.requests(Vendor::Octopush), 1);
}

#[tokio::test]
async fn a_timeout_after_sending_is_not_resent_anywhere() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = router(&sandbox, Duration::from_millis(300));
    sandbox
        .inject(Fault::new(Vendor::Termii, FaultKind::Latency { millis: NEVER_MS }).times(1))
        .unwrap();
    let error = otp
        .send(&SendRequest::new("+2348012345678"))
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::Timeout { sent: true, .. }),
        "{error:?}"
    );
    assert!(error.may_have_reached_vendor() && !error.is_retryable());
    // Termii acts on the request at once, though it answers too late; the router has
    // returned, so nothing can be sent anywhere after this.
    sandbox
        .wait_for_messages(1, Duration::from_secs(10))
        .await
        .unwrap();
    let messages = sandbox.messages();
    assert_eq!(
        messages.len(),
        1,
        "exactly one delivery, by Termii: {messages:?}"
    );
    assert_eq!(messages[0].vendor, Vendor::Termii);
    assert_eq!(sandbox.requests(Vendor::Octopush), 0, "no resend elsewhere");
}

/// Every fault after which the request may have been acted on: the router must stop at the
/// first vendor, and at most that vendor's one delivery exists.
#[tokio::test]
async fn no_ambiguous_failure_is_resent_anywhere() {
    // Each fault, and whether Termii acts on the request before it goes wrong.
    let ambiguous = [
        (FaultKind::Latency { millis: NEVER_MS }, true),
        (FaultKind::SlowBody { millis: NEVER_MS }, true),
        (FaultKind::TruncatedBody, true),
        (FaultKind::DropConnection, false),
        (FaultKind::MalformedJson, false),
    ];
    for (kind, acts) in ambiguous {
        let sandbox = Sandbox::start().await.unwrap();
        // Only a delayed answer is meant to meet the timeout; every other fault answers at once.
        let delays = matches!(kind, FaultKind::Latency { .. } | FaultKind::SlowBody { .. });
        let timeout = if delays {
            Duration::from_millis(300)
        } else {
            PATIENT
        };
        let otp = router(&sandbox, timeout);
        sandbox
            .inject(Fault::new(Vendor::Termii, kind.clone()).times(1))
            .unwrap();
        let error = otp
            .send(&SendRequest::new("+2348012345678"))
            .await
            .unwrap_err();
        assert!(
            error.may_have_reached_vendor() && !error.is_retryable(),
            "{kind:?}: {error:?}"
        );
        // The router has returned: whatever was sent, was sent.
        assert_eq!(sandbox.requests(Vendor::Termii), 1, "{kind:?}: sent once");
        assert_eq!(
            sandbox.requests(Vendor::Octopush),
            0,
            "{kind:?}: not resent"
        );
        if acts {
            sandbox
                .wait_for_messages(1, Duration::from_secs(10))
                .await
                .unwrap();
        }
        let messages = sandbox.messages();
        assert!(
            messages.len() == usize::from(acts)
                && messages.iter().all(|m| m.vendor == Vendor::Termii),
            "{kind:?}: {messages:?}"
        );
    }
}

#[tokio::test]
async fn non_retryable_errors_stop_the_failover() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = router(&sandbox, Duration::from_secs(5));
    sandbox
        .inject(Fault::new(
            Vendor::Termii,
            FaultKind::Status { status: 401 },
        ))
        .unwrap();
    let error = otp
        .send(&SendRequest::new("+2348012345678"))
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Unauthorized { vendor } if *vendor == otpkit::Vendor::TERMII),
        "{error:?}"
    );
    assert_eq!(sandbox.requests(Vendor::Octopush), 0);
}

/// Termii documents its 429 without saying what it limits: it may be the number's, and sending
/// the same person a code from another vendor would get around it. No failover.
#[tokio::test]
async fn a_429_of_undocumented_scope_never_fails_over() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = router(&sandbox, Duration::from_secs(5));
    sandbox
        .inject(Fault::new(
            Vendor::Termii,
            FaultKind::RateLimited {
                retry_after_secs: 10,
            },
        ))
        .unwrap();
    let error = otp
        .send(&SendRequest::new("+2348012345678"))
        .await
        .unwrap_err();
    match &error {
        Error::RateLimited {
            vendor,
            retry_after,
            account_wide: false,
        } if *vendor == otpkit::Vendor::TERMII => {
            assert_eq!(*retry_after, Some(Duration::from_secs(10)))
        }
        other => panic!("{other:?}"),
    }
    assert!(!error.is_retryable());
    assert_eq!(sandbox.requests(Vendor::Octopush), 0, "no failover");
    assert!(sandbox.messages().is_empty());
}

/// When every vendor of the route is limited account-wide, the last error comes back.
#[tokio::test]
async fn every_vendor_limited_reports_the_last_error() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = worldwide(&sandbox);
    let limited = |vendor, secs| {
        Fault::new(
            vendor,
            FaultKind::RateLimited {
                retry_after_secs: secs,
            },
        )
        .times(1)
    };
    sandbox.inject(limited(Vendor::TwilioVerify, 10)).unwrap();
    sandbox.inject(limited(Vendor::Octopush, 30)).unwrap();
    let error = otp
        .send(&SendRequest::new("+15017122663"))
        .await
        .unwrap_err();
    match error {
        Error::RateLimited {
            vendor,
            retry_after,
            ..
        } if vendor == otpkit::Vendor::OCTOPUSH => {
            assert_eq!(retry_after, Some(Duration::from_secs(30)))
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn routes_must_name_configured_vendors() {
    let sandbox = Sandbox::start().await.unwrap();
    let error = Router::builder()
        .provider(provider(
            &sandbox,
            Vendor::Termii,
            true,
            Duration::from_secs(5),
        ))
        .route(33, [otpkit::Vendor::OCTOPUSH])
        .build()
        .unwrap_err();
    assert!(error.to_string().contains("+33 names octopush"), "{error}");
    let verify = router(&sandbox, Duration::from_secs(5));
    let single = Otp::new(
        provider(&sandbox, Vendor::Termii, true, Duration::from_secs(5)),
        otpkit::IdSeal::insecure_unsealed(),
    );
    let sent = verify
        .send(&SendRequest::new(number_for(Vendor::Octopush)))
        .await
        .unwrap();
    let error = single
        .verify(&otpkit::VerifyRequest::new(sent.id.clone(), "123456"))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::InvalidInput {
                field: "verification_id",
                ..
            }
        ),
        "{error:?}"
    );
}

/// A provider otpkit does not know, wrapping a vendor and counting the calls that reach it.
#[derive(Debug)]
struct Counting {
    inner: std::sync::Arc<dyn otpkit::OtpProvider>,
    calls: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

#[async_trait::async_trait]
impl otpkit::OtpProvider for Counting {
    fn capabilities(&self) -> &[otpkit::Capabilities] {
        self.inner.capabilities()
    }
    async fn send(&self, request: &SendRequest) -> Result<otpkit::Verification, Error> {
        self.calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        self.inner.send(request).await
    }
    async fn verify(&self, request: &otpkit::VerifyRequest) -> Result<Outcome, Error> {
        self.calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        self.inner.verify(request).await
    }
}

#[tokio::test]
async fn custom_shared_and_nested_providers_send_and_verify() {
    let sandbox = Sandbox::start().await.unwrap();
    let timeout = Duration::from_secs(5);
    let calls = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let custom = Counting {
        inner: provider(&sandbox, Vendor::Termii, true, timeout),
        calls: calls.clone(),
    };
    let shared: std::sync::Arc<dyn otpkit::OtpProvider> =
        provider(&sandbox, Vendor::Pipwave, true, timeout);
    let inner_router = Router::builder()
        .provider(provider(&sandbox, Vendor::Shoutout, true, timeout))
        .default_routes(otpkit::vendors::BUILT_IN)
        .build()
        .unwrap();
    let otp = Otp::new(
        Router::builder()
            .provider(custom)
            .shared_provider(shared)
            .provider(inner_router)
            .default_routes(otpkit::vendors::BUILT_IN)
            .build()
            .unwrap(),
        otpkit::IdSeal::insecure_unsealed(),
    );
    for vendor in [Vendor::Termii, Vendor::Pipwave, Vendor::Shoutout] {
        let sent = otp
            .send(&SendRequest::new(number_for(vendor)))
            .await
            .unwrap();
        let message = sandbox.messages().pop().unwrap();
        assert_eq!(message.vendor, vendor);
        assert_eq!(
            otp.verify(&otpkit::VerifyRequest::new(sent.id.clone(), &message.code))
                .await
                .unwrap(),
            Outcome::Approved
        );
    }
    // The custom provider saw its send and its verify, and nothing else.
    assert_eq!(calls.load(std::sync::atomic::Ordering::SeqCst), 2);
}

/// A router over pipwave (SMS only), ShoutOUT (SMS only) and Octopush (SMS, voice, WhatsApp).
fn sms_and_voice(sandbox: &Sandbox) -> Otp {
    Otp::new(
        Router::builder()
            .provider(provider(sandbox, Vendor::Pipwave, true, PATIENT))
            .provider(provider(sandbox, Vendor::Shoutout, true, PATIENT))
            .provider(provider(sandbox, Vendor::Octopush, true, PATIENT))
            .route(60, [otpkit::Vendor::PIPWAVE, otpkit::Vendor::OCTOPUSH])
            .route(94, [otpkit::Vendor::SHOUTOUT, otpkit::Vendor::PIPWAVE])
            .build()
            .unwrap(),
        otpkit::IdSeal::insecure_unsealed(),
    )
}

#[tokio::test]
async fn a_channel_the_first_routed_vendor_lacks_goes_to_the_next_that_has_it() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = sms_and_voice(&sandbox);
    let malaysia = number_for(Vendor::Pipwave);
    let sent = otp
        .send(&SendRequest::new(malaysia).channel(Channel::Voice))
        .await
        .unwrap();
    assert_eq!(sent.id.vendor(), &otpkit::Vendor::OCTOPUSH);
    assert_eq!(sent.channel, Channel::Voice);
    assert_eq!(
        sandbox.requests(Vendor::Pipwave),
        0,
        "pipwave, which has no voice channel, is skipped without a request"
    );
    let messages = sandbox.messages();
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert_eq!(
        (messages[0].vendor, messages[0].channel.as_str()),
        (Vendor::Octopush, "voice")
    );
    assert_eq!(
        otp.verify(&otpkit::VerifyRequest::new(
            sent.id.clone(),
            &messages[0].code
        ))
        .await
        .unwrap(),
        Outcome::Approved
    );
    // The skip is per channel: an SMS still goes to pipwave, first on the route.
    let sent = otp.send(&SendRequest::new(malaysia)).await.unwrap();
    assert_eq!(sent.id.vendor(), &otpkit::Vendor::PIPWAVE);
    assert_eq!(
        sandbox.requests(Vendor::Octopush),
        2,
        "Octopush saw the voice send and its verify, and nothing since"
    );
}

#[tokio::test]
async fn a_channel_no_routed_vendor_has_is_refused_naming_it_before_any_request() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = sms_and_voice(&sandbox);
    // Sri Lanka is routed to ShoutOUT and pipwave only; Octopush, which has voice, is not
    // on the route and must not be used.
    let error = otp
        .send(&SendRequest::new(number_for(Vendor::Shoutout)).channel(Channel::Voice))
        .await
        .unwrap_err();
    match &error {
        Error::InvalidInput {
            field: "channel",
            reason,
        } => assert!(reason.contains("voice"), "{reason}"),
        other => panic!("{other:?}"),
    }
    assert!(!error.may_have_reached_vendor() && !error.is_retryable());
    assert_eq!(
        Vendor::ALL.map(|v| sandbox.requests(v)),
        [0; Vendor::ALL.len()],
        "no vendor was asked"
    );
}

#[tokio::test]
async fn two_vendors_for_one_country_the_second_only_when_the_first_cannot_take_it() {
    let sandbox = Sandbox::start().await.unwrap();
    let routed = crate::common::routed(&sandbox, &[Vendor::Termii, Vendor::Octopush], PATIENT);
    let otp = Otp::new(routed.build().unwrap(), otpkit::IdSeal::insecure_unsealed());
    let nigeria = SendRequest::new(number_for(Vendor::Termii));
    for _ in 0..3 {
        let sent = otp.send(&nigeria).await.unwrap();
        assert_eq!(sent.id.vendor(), &otpkit::Vendor::TERMII);
    }
    assert_eq!(
        (
            sandbox.requests(Vendor::Termii),
            sandbox.requests(Vendor::Octopush)
        ),
        (3, 0),
        "while the first works, the second gets no traffic"
    );
    // Termii refuses with 429 of undocumented scope: it may be this number's limit, so the
    // second vendor does not get it either (an account-wide one does: above).
    sandbox
        .inject(
            Fault::new(
                Vendor::Termii,
                FaultKind::RateLimited {
                    retry_after_secs: 30,
                },
            )
            .times(1),
        )
        .unwrap();
    let error = otp.send(&nigeria).await.unwrap_err();
    assert!(matches!(error, Error::RateLimited { .. }), "{error:?}");
    assert_eq!(
        (
            sandbox.requests(Vendor::Termii),
            sandbox.requests(Vendor::Octopush)
        ),
        (4, 0)
    );
    // The limit passed: the next one goes to Termii again.
    let sent = otp.send(&nigeria).await.unwrap();
    assert_eq!(sent.id.vendor(), &otpkit::Vendor::TERMII);
    assert_eq!(sandbox.requests(Vendor::Octopush), 0);
}

/// A provider that serves no vendor, counting any call that reaches it.
#[derive(Debug, Default)]
struct ServesNothing {
    calls: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

#[async_trait::async_trait]
impl otpkit::OtpProvider for ServesNothing {
    fn capabilities(&self) -> &[otpkit::Capabilities] {
        &[]
    }
    async fn send(&self, _: &SendRequest) -> Result<otpkit::Verification, Error> {
        self.calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        Err(Error::Config("ServesNothing was called".into()))
    }
    async fn verify(&self, _: &otpkit::VerifyRequest) -> Result<Outcome, Error> {
        self.calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        Err(Error::Config("ServesNothing was called".into()))
    }
}

#[tokio::test]
async fn an_empty_router_is_a_typed_error_never_a_panic() {
    // No provider at all: refused when built, whatever routes were asked for.
    for builder in [
        Router::builder(),
        Router::builder().default_routes(otpkit::vendors::BUILT_IN),
        Router::builder().route(234, [otpkit::Vendor::TERMII]),
    ] {
        match builder.build() {
            Err(Error::Config(message)) => {
                assert!(
                    message.message().contains("at least one provider"),
                    "{message}"
                )
            }
            other => panic!("{other:?}"),
        }
    }

    // A router whose one provider serves no vendor builds, but has nothing to send through
    // and no vendor to verify with.
    let sandbox = Sandbox::start().await.unwrap();
    let nothing = ServesNothing::default();
    let calls = nothing.calls.clone();
    let empty = Otp::new(
        Router::builder().provider(nothing).build().unwrap(),
        otpkit::IdSeal::insecure_unsealed(),
    );
    assert!(empty.capabilities().is_empty());
    for request in [
        SendRequest::new(number_for(Vendor::Termii)),
        SendRequest::new("+14155550123"),
        SendRequest::new("someone@example.com").channel(Channel::Email),
    ] {
        let error = empty.send(&request).await.unwrap_err();
        assert!(
            matches!(
                error,
                Error::InvalidInput {
                    field: "channel",
                    ..
                }
            ),
            "{error:?}"
        );
        assert!(!error.may_have_reached_vendor());
    }
    let sent = crate::common::otp(&sandbox, Vendor::Termii)
        .send(&SendRequest::new(number_for(Vendor::Termii)))
        .await
        .unwrap();
    let error = empty
        .verify(&otpkit::VerifyRequest::new(sent.id.clone(), "123456"))
        .await
        .unwrap_err();
    match &error {
        Error::Config(message) => assert!(message.message().contains("termii"), "{message}"),
        other => panic!("{other:?}"),
    }
    assert!(!error.may_have_reached_vendor());
    assert_eq!(calls.load(std::sync::atomic::Ordering::SeqCst), 0);
    assert_eq!(sandbox.requests(Vendor::Termii), 1, "only the real send");
}

//! The router over real HTTP: routing by country, failover only when resending is safe, and
//! verification by the vendor that sent. The sandbox's inbox and request counts prove what
//! was delivered where.

mod common;

use std::time::Duration;

use common::{eventually, number_for, provider};
use otpkit::{Error, Otp, Outcome, Router, SendRequest};
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
        .route(234, [otpkit::Vendor::Termii, otpkit::Vendor::Octopush])
        .default_routes()
        .build()
        .unwrap();
    Otp::new(built)
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
        assert_eq!(sent.id.vendor(), common::facade_vendor(vendor));
        let message = sandbox.messages().pop().unwrap();
        assert_eq!(
            message.vendor,
            vendor,
            "{} went to {vendor}",
            number_for(vendor)
        );
        assert_eq!(
            otp.verify(&sent.id, &message.code).await.unwrap(),
            Outcome::Approved
        );
    }
    // A country with no route tries providers in the order added: Termii first.
    let sent = otp.send(&SendRequest::new("+14155550123")).await.unwrap();
    assert_eq!(sent.id.vendor(), otpkit::Vendor::Termii);
}

#[tokio::test]
async fn a_503_fails_over_exactly_once() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = router(&sandbox, Duration::from_secs(5));
    sandbox
        .inject(Fault::new(Vendor::Termii, FaultKind::Status { status: 503 }).times(1))
        .unwrap();
    let sent = otp.send(&SendRequest::new("+2348012345678")).await.unwrap();
    assert_eq!(sent.id.vendor(), otpkit::Vendor::Octopush);
    let messages = sandbox.messages();
    assert_eq!(messages.len(), 1, "one delivery: {messages:?}");
    assert_eq!(messages[0].vendor, Vendor::Octopush);
    assert_eq!(
        (
            sandbox.requests(Vendor::Termii),
            sandbox.requests(Vendor::Octopush)
        ),
        (1, 1)
    );
    assert_eq!(
        otp.verify(&sent.id, &messages[0].code).await.unwrap(),
        Outcome::Approved
    );
}

#[tokio::test]
async fn a_refused_connection_fails_over() {
    let sandbox = Sandbox::start().await.unwrap();
    // Termii at an address where nothing listens.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
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
            .route(234, [otpkit::Vendor::Termii, otpkit::Vendor::Octopush])
            .build()
            .unwrap(),
    );
    let sent = otp.send(&SendRequest::new("+2348012345678")).await.unwrap();
    assert_eq!(sent.id.vendor(), otpkit::Vendor::Octopush);
    assert_eq!(sandbox.messages().len(), 1);
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
    eventually(Duration::from_secs(10), "Termii delivers", || {
        std::future::ready(!sandbox.messages().is_empty())
    })
    .await;
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
            eventually(Duration::from_secs(10), "Termii delivers", || {
                std::future::ready(!sandbox.messages().is_empty())
            })
            .await;
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
        matches!(
            error,
            Error::Unauthorized {
                vendor: otpkit::Vendor::Termii
            }
        ),
        "{error:?}"
    );
    assert_eq!(sandbox.requests(Vendor::Octopush), 0);
}

#[tokio::test]
async fn every_vendor_down_reports_the_last_error() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = router(&sandbox, Duration::from_secs(5));
    sandbox
        .inject(Fault::new(
            Vendor::Termii,
            FaultKind::Status { status: 503 },
        ))
        .unwrap();
    sandbox
        .inject(Fault::new(
            Vendor::Octopush,
            FaultKind::RateLimited {
                retry_after_secs: 30,
            },
        ))
        .unwrap();
    let error = otp
        .send(&SendRequest::new("+2348012345678"))
        .await
        .unwrap_err();
    match error {
        Error::RateLimited {
            vendor: otpkit::Vendor::Octopush,
            retry_after,
        } => assert_eq!(retry_after, Some(Duration::from_secs(30))),
        other => panic!("{other:?}"),
    }
    assert!(sandbox.messages().is_empty());
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
        .route(33, [otpkit::Vendor::Octopush])
        .build()
        .unwrap_err();
    assert!(error.to_string().contains("+33 names octopush"), "{error}");
    let verify = router(&sandbox, Duration::from_secs(5));
    let single = Otp::new(provider(
        &sandbox,
        Vendor::Termii,
        true,
        Duration::from_secs(5),
    ));
    let sent = verify
        .send(&SendRequest::new(number_for(Vendor::Octopush)))
        .await
        .unwrap();
    let error = single.verify(&sent.id, "123456").await.unwrap_err();
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
    inner: Box<dyn otpkit::OtpProvider>,
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
    async fn verify(&self, id: &otpkit::VerificationId, code: &str) -> Result<Outcome, Error> {
        self.calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        self.inner.verify(id, code).await
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
        std::sync::Arc::from(provider(&sandbox, Vendor::Pipwave, true, timeout));
    let inner_router = Router::builder()
        .provider(provider(&sandbox, Vendor::Shoutout, true, timeout))
        .default_routes()
        .build()
        .unwrap();
    let otp = Otp::new(
        Router::builder()
            .provider(custom)
            .shared_provider(shared)
            .provider(inner_router)
            .default_routes()
            .build()
            .unwrap(),
    );
    for vendor in [Vendor::Termii, Vendor::Pipwave, Vendor::Shoutout] {
        let sent = otp
            .send(&SendRequest::new(number_for(vendor)))
            .await
            .unwrap();
        let message = sandbox.messages().pop().unwrap();
        assert_eq!(message.vendor, vendor);
        assert_eq!(
            otp.verify(&sent.id, &message.code).await.unwrap(),
            Outcome::Approved
        );
    }
    // The custom provider saw its send and its verify, and nothing else.
    assert_eq!(calls.load(std::sync::atomic::Ordering::SeqCst), 2);
}

//! Errors own their shape: no reqwest type in the public API, yet every cause stays reachable
//! through `source()` — transport failures, timeouts and configuration errors alike.

use std::error::Error as _;
use std::time::Duration;

use otpkit::vendors::shoutout::Shoutout;
use otpkit::{Error, Otp, SendRequest};
use otpkit_sandbox::{Fault, FaultKind, Sandbox, Vendor};

fn shoutout(base_url: &str, timeout: Duration) -> Otp {
    Otp::new(
        Shoutout::builder()
            .api_key("sandbox-shoutout-key")
            .sender_id("ShoutDEMO")
            .base_url(base_url)
            .timeout(timeout)
            .build()
            .unwrap(),
        otpkit::IdSeal::insecure_unsealed(),
    )
}

#[tokio::test]
async fn a_refused_connection_keeps_its_cause() {
    let port = crate::common::closed_port();
    let otp = shoutout(&format!("http://127.0.0.1:{port}"), Duration::from_secs(5));
    let error = otp
        .send(&SendRequest::new("+94771234567"))
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::Transport { sent: false, .. }),
        "{error:?}"
    );
    let source = error.source().expect("the transport failure's cause");
    assert!(
        source.downcast_ref::<reqwest::Error>().is_some(),
        "{source:?}"
    );
}

#[tokio::test]
async fn a_timeout_keeps_its_cause() {
    let sandbox = Sandbox::start().await.unwrap();
    sandbox
        .inject(Fault::new(
            Vendor::Shoutout,
            FaultKind::Latency { millis: 60_000 },
        ))
        .unwrap();
    let otp = shoutout(
        &sandbox.base_url(Vendor::Shoutout),
        Duration::from_millis(200),
    );
    let error = otp
        .send(&SendRequest::new("+94771234567"))
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::Timeout { sent: true, .. }),
        "{error:?}"
    );
    let source = error.source().expect("the timeout's cause");
    assert!(
        source
            .downcast_ref::<reqwest::Error>()
            .is_some_and(reqwest::Error::is_timeout),
        "{source:?}"
    );
}

#[test]
fn configuration_errors_keep_their_cause_and_not_the_secret() {
    let unparseable = Shoutout::builder()
        .api_key("k")
        .sender_id("ShoutDEMO")
        .base_url("not a url")
        .build()
        .unwrap_err();
    let Error::Config(config) = &unparseable else {
        panic!("{unparseable:?}");
    };
    assert!(config.message().contains("not a url"), "{config}");
    assert!(
        unparseable.source().and_then(|c| c.source()).is_some(),
        "the URL parser's error"
    );

    let bad_key = Shoutout::builder()
        .api_key("hunter2\nkey")
        .sender_id("ShoutDEMO")
        .base_url("http://127.0.0.1:9")
        .build()
        .unwrap_err();
    let cause = bad_key
        .source()
        .and_then(|config| config.source())
        .expect("the client's own error");
    assert!(
        cause.downcast_ref::<otpkit_http::ConfigError>().is_some(),
        "{cause:?}"
    );
    for text in [
        bad_key.to_string(),
        format!("{bad_key:?}"),
        cause.to_string(),
    ] {
        assert!(!text.contains("hunter2"), "{text}");
    }
}

//! Delivery reports end to end over HTTP: a send through the facade, the sandbox posting the
//! vendor's report (signed as Termii signs, or to Octopush's tokened URL) to a receiver running
//! `otpkit::webhook`, which names the message the send answered and the outcome chosen for the
//! destination. A receiver with the wrong secret or token believes none.

use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use otpkit::webhook::Webhook;
use otpkit::{Channel, Delivery, DeliveryReport, Error, SendRequest};
use otpkit_sandbox::{ReportOutcome, Sandbox, Vendor};
use tokio::sync::mpsc;

use crate::common::otp;

type Received = mpsc::UnboundedSender<Result<DeliveryReport, Error>>;

/// A receiver on a free loopback port: every request goes through `webhook`, and what it made
/// of it (the report, or why it was refused) comes out of the channel. Answers 204 or 400.
async fn receiver(
    webhook: Webhook,
) -> (
    String,
    mpsc::UnboundedReceiver<Result<DeliveryReport, Error>>,
) {
    async fn receive(
        State((webhook, out)): State<(Webhook, Received)>,
        request: axum::http::Request<axum::body::Body>,
    ) -> StatusCode {
        let (parts, body) = request.into_parts();
        let Ok(body) = axum::body::to_bytes(body, otpkit::webhook::MAX_REPORT_BYTES).await else {
            return StatusCode::PAYLOAD_TOO_LARGE;
        };
        let request = http::Request::from_parts(parts, body);
        let result = webhook.receive::<Bytes>(&request).await;
        let status = if result.is_ok() {
            StatusCode::NO_CONTENT
        } else {
            StatusCode::BAD_REQUEST
        };
        let _ = out.send(result);
        status
    }
    let (out, received) = mpsc::unbounded_channel();
    let app = axum::Router::new()
        .fallback(receive)
        .with_state((webhook, out));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}/reports"), received)
}

async fn next(
    received: &mut mpsc::UnboundedReceiver<Result<DeliveryReport, Error>>,
) -> Result<DeliveryReport, Error> {
    tokio::time::timeout(Duration::from_secs(10), received.recv())
        .await
        .expect("a report within 10 s")
        .expect("the receiver runs")
}

async fn sandbox() -> Sandbox {
    let sandbox = Sandbox::start().await.unwrap();
    sandbox.set_report_delay(Duration::from_millis(10)).unwrap();
    sandbox
}

#[tokio::test]
async fn termii_reports_are_signed_and_name_the_voice_codes_message() {
    let sandbox = sandbox().await;
    let secret = sandbox
        .config()
        .var("TERMII_SECRET_KEY")
        .unwrap()
        .to_string();
    let (url, mut received) = receiver(Webhook::new(otpkit::Vendor::TERMII, secret).unwrap()).await;
    sandbox.set_callback(Vendor::Termii, &url).unwrap();
    let otp = otp(&sandbox, Vendor::Termii);

    // Voice Token answers the message id its report carries.
    let to = "+2348012345678";
    let sent = otp
        .send(&SendRequest::new(to).channel(Channel::Voice))
        .await
        .unwrap();
    let report = next(&mut received).await.unwrap();
    assert!(sent.message_id.is_some());
    assert_eq!(report.message_id, sent.message_id);
    assert_eq!(
        (report.state, report.destination.as_deref()),
        (Delivery::Delivered, Some(to))
    );
    assert_eq!(
        report.reason.as_deref(),
        Some("Message delivered to handset")
    );

    // Do-not-disturb on a number: its report is a rejection.
    let dnd = "+2348012345679";
    sandbox.report_outcome(dnd, ReportOutcome::Dnd);
    let sent = otp
        .send(&SendRequest::new(dnd).channel(Channel::Voice))
        .await
        .unwrap();
    let report = next(&mut received).await.unwrap();
    assert_eq!(
        (report.message_id, report.state),
        (sent.message_id, Delivery::Rejected)
    );

    // Send Token (SMS) answers no message id: the report arrives, matching nothing sent.
    let sent = otp.send(&SendRequest::new(to)).await.unwrap();
    let report = next(&mut received).await.unwrap();
    assert!(sent.message_id.is_none() && report.message_id.is_some());
    let counts = sandbox
        .wait_for_reports(3, Duration::from_secs(10))
        .await
        .unwrap();
    assert_eq!(counts.posted, 3);
}

#[tokio::test]
async fn octopush_reports_reach_the_tokened_url_and_name_the_ticket() {
    let sandbox = sandbox().await;
    let token = "a-token-only-the-receiver-knows";
    let (url, mut received) =
        receiver(Webhook::new(otpkit::Vendor::OCTOPUSH, token).unwrap()).await;
    sandbox
        .set_callback(Vendor::Octopush, &format!("{url}?token={token}"))
        .unwrap();
    let otp = otp(&sandbox, Vendor::Octopush);
    let to = "+33612345678";
    sandbox.report_outcome(to, ReportOutcome::Failed);
    let sent = otp.send(&SendRequest::new(to)).await.unwrap();
    let report = next(&mut received).await.unwrap();
    assert!(sent.message_id.is_some(), "the ticket number");
    assert_eq!(
        (
            report.message_id,
            report.state,
            report.vendor_status.as_str()
        ),
        (sent.message_id, Delivery::Undelivered, "NOT_DELIVERED")
    );
}

#[tokio::test]
async fn a_receiver_with_the_wrong_secret_or_token_believes_no_report() {
    let sandbox = sandbox().await;
    let (termii, mut termii_received) =
        receiver(Webhook::new(otpkit::Vendor::TERMII, "not the secret key").unwrap()).await;
    let (octopush, mut octopush_received) =
        receiver(Webhook::new(otpkit::Vendor::OCTOPUSH, "the receiver's token").unwrap()).await;
    sandbox.set_callback(Vendor::Termii, &termii).unwrap();
    // Registered without the token: the receiver cannot tell it from anyone's post.
    sandbox.set_callback(Vendor::Octopush, &octopush).unwrap();
    otp(&sandbox, Vendor::Termii)
        .send(&SendRequest::new("+2348012345678"))
        .await
        .unwrap();
    otp(&sandbox, Vendor::Octopush)
        .send(&SendRequest::new("+33612345678"))
        .await
        .unwrap();
    for (received, field) in [
        (&mut termii_received, "signature"),
        (&mut octopush_received, "token"),
    ] {
        match next(received).await {
            Err(Error::InvalidInput { field: f, .. }) => assert_eq!(f, field),
            other => panic!("expected a refusal on {field}, got {other:?}"),
        }
    }
    // The sandbox saw both refused (400), as a vendor would.
    let counts = sandbox
        .wait_for_reports(2, Duration::from_secs(10))
        .await
        .unwrap();
    assert_eq!((counts.posted, counts.failed), (0, 2));
}

#[tokio::test]
async fn vendors_that_post_no_reports_post_none_and_callbacks_stay_on_loopback() {
    let sandbox = sandbox().await;
    for url in [
        "http://192.0.2.1/reports",
        "https://127.0.0.1/",
        "ftp://localhost/",
    ] {
        assert!(sandbox.set_callback(Vendor::Termii, url).is_err(), "{url}");
    }
    let secret = sandbox
        .config()
        .var("TERMII_SECRET_KEY")
        .unwrap()
        .to_string();
    let (url, mut received) = receiver(Webhook::new(otpkit::Vendor::TERMII, secret).unwrap()).await;
    for vendor in [
        Vendor::Pipwave,
        Vendor::Shoutout,
        Vendor::TwilioVerify,
        Vendor::Termii,
    ] {
        sandbox.set_callback(vendor, &url).unwrap();
        otp(&sandbox, vendor)
            .send(&SendRequest::new(crate::common::number_for(vendor)))
            .await
            .unwrap();
    }
    // Reports are posted in order: the first to arrive is Termii's, sent last.
    let first = next(&mut received).await.unwrap();
    assert_eq!(first.vendor, otpkit::Vendor::TERMII);
    let counts = sandbox
        .wait_for_reports(1, Duration::from_secs(10))
        .await
        .unwrap();
    assert_eq!((counts.posted, counts.failed, counts.dropped), (1, 0, 0));
}

//! Termii's delivery reports through `otpkit::webhook`: a genuine report is read, and every
//! forgery is refused, naming what was wrong, before anything in it is believed.

use std::sync::Arc;
use std::time::Duration;

use hmac::{Hmac, Mac};
use otpkit::guard::{GuardStore, MemoryStore};
use otpkit::webhook::{MAX_REPORT_BYTES, Webhook};
use otpkit::{Delivery, Error, Vendor};

use crate::common::{post, refused};
use serde_json::json;

const SECRET: &str = "sandbox-termii-secret-key";

fn sign(secret: &str, body: &[u8]) -> String {
    let mut mac = Hmac::<sha2::Sha512>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

fn report(id: &str, status: &str) -> Vec<u8> {
    json!({
        "type": "outbound", "id": id, "message_id": "3017544054459083819",
        "receiver": "2348109077743", "sender": "Acme", "message": "Your pin is 123456",
        "sent_at": "2024-05-01 10:00:00", "cost": "3.9", "status": status, "channel": "generic",
    })
    .to_string()
    .into_bytes()
}

/// A Termii report posted to the receiver with `headers`.
fn termii(headers: &[(&str, &str)], body: &[u8]) -> http::Request<Vec<u8>> {
    post("/reports/termii", headers, body)
}

fn webhook() -> Webhook {
    Webhook::new(Vendor::TERMII, SECRET).unwrap()
}

#[tokio::test]
async fn a_genuine_report_is_read_with_its_state_and_the_vendors_text() {
    let cases = [
        (
            "DELIVERED | Message delivered to handset",
            Delivery::Delivered,
            Some("Message delivered to handset"),
        ),
        ("Delivered", Delivery::Delivered, None),
        ("DND Active on Phone Number", Delivery::Rejected, None),
        ("Message Failed", Delivery::Undelivered, None),
        ("Message Sent", Delivery::Sent, None),
        ("Something new", Delivery::Unknown, None),
    ];
    let webhook = webhook();
    for (n, (status, state, reason)) in cases.into_iter().enumerate() {
        let body = report(&format!("report-{n}"), status);
        let signature = sign(SECRET, &body);
        let got = webhook
            .receive(&termii(&[("X-Termii-Signature", &signature)], &body))
            .await
            .unwrap_or_else(|e| panic!("{status}: {e}"));
        assert_eq!(
            (got.state, got.reason.as_deref()),
            (state, reason),
            "{status}"
        );
        assert_eq!(got.vendor_status, status);
        assert_eq!(got.message_id.as_deref(), Some("3017544054459083819"));
        assert_eq!(got.destination.as_deref(), Some("+2348109077743"));
        assert_eq!(
            (got.cost, got.at.as_deref()),
            (Some(3.9), Some("2024-05-01 10:00:00"))
        );
        // Termii's SMS tokens answer no message id: no verification is named.
        assert!(got.verification.is_none());
        assert!(
            !format!("{got:?}").contains("2348109077743"),
            "the number is masked"
        );
    }
}

#[tokio::test]
async fn every_forgery_is_refused_naming_what_was_wrong() {
    let webhook = webhook();
    let body = report("r-1", "Delivered");
    let good = sign(SECRET, &body);

    // 1. Signed with another secret.
    let wrong = sign("another secret", &body);
    refused(
        webhook
            .receive(&termii(&[("X-Termii-Signature", &wrong)], &body))
            .await,
        "signature",
        "does not match",
    );
    // 2. One flipped byte in the body.
    let mut flipped = body.clone();
    flipped[10] ^= 0x01;
    refused(
        webhook
            .receive(&termii(&[("X-Termii-Signature", &good)], &flipped))
            .await,
        "signature",
        "does not match",
    );
    // 3. A truncated body.
    refused(
        webhook
            .receive(&termii(
                &[("X-Termii-Signature", &good)],
                &body[..body.len() - 5],
            ))
            .await,
        "signature",
        "does not match",
    );
    // 4. No signature header.
    refused(
        webhook.receive(&termii(&[], &body)).await,
        "signature",
        "no X-Termii-Signature",
    );
    // 5. Another vendor's header (Twilio's), not Termii's.
    refused(
        webhook
            .receive(&termii(&[("X-Twilio-Signature", &good)], &body))
            .await,
        "signature",
        "no X-Termii-Signature",
    );
    // 6. The same body replayed with another signature (another report's).
    let other = sign(SECRET, &report("r-2", "Delivered"));
    refused(
        webhook
            .receive(&termii(&[("X-Termii-Signature", &other)], &body))
            .await,
        "signature",
        "does not match",
    );
    // 7. A signature that is not hex, and an empty one.
    refused(
        webhook
            .receive(&termii(&[("X-Termii-Signature", "not-hex!")], &body))
            .await,
        "signature",
        "not hex",
    );
    refused(
        webhook
            .receive(&termii(&[("X-Termii-Signature", "")], &body))
            .await,
        "signature",
        "does not match",
    );
    // 8. An oversized body, however signed.
    let big = vec![b' '; MAX_REPORT_BYTES + 1];
    let signed_big = sign(SECRET, &big);
    refused(
        webhook
            .receive(&termii(&[("X-Termii-Signature", &signed_big)], &big))
            .await,
        "body",
        "larger than",
    );
    // 9. Another vendor's body (Octopush's report shape), genuinely signed: not a Termii report.
    let octopush =
        json!({ "message_id": "sms-1", "number": "+33612345678", "status": "DELIVERED" })
            .to_string();
    let signed = sign(SECRET, octopush.as_bytes());
    refused(
        webhook
            .receive(&termii(
                &[("X-Termii-Signature", &signed)],
                octopush.as_bytes(),
            ))
            .await,
        "body",
        "not a Termii delivery report",
    );
    // 10. The genuine report, then its exact replay within the window.
    webhook
        .receive(&termii(&[("X-Termii-Signature", &good)], &body))
        .await
        .unwrap();
    refused(
        webhook
            .receive(&termii(
                &[("x-termii-signature", &good.to_uppercase())],
                &body,
            ))
            .await,
        "report",
        "already received",
    );
}

#[tokio::test]
async fn replicas_sharing_a_store_accept_a_report_once() {
    let store: Arc<dyn GuardStore> = Arc::new(MemoryStore::new());
    let window = Duration::from_secs(60);
    let a = webhook().replay_store(store.clone(), window);
    let b = webhook().replay_store(store, window);
    let body = report("shared-1", "Delivered");
    let signature = sign(SECRET, &body);
    a.receive(&termii(&[("X-Termii-Signature", &signature)], &body))
        .await
        .unwrap();
    refused(
        b.receive(&termii(&[("X-Termii-Signature", &signature)], &body))
            .await,
        "report",
        "already received",
    );
    // A forged report never spends an id: the genuine one still goes through after it.
    let fresh = report("shared-2", "Delivered");
    let forged = sign("wrong", &fresh);
    refused(
        b.receive(&termii(&[("X-Termii-Signature", &forged)], &fresh))
            .await,
        "signature",
        "does not match",
    );
    b.receive(&termii(
        &[("X-Termii-Signature", &sign(SECRET, &fresh))],
        &fresh,
    ))
    .await
    .unwrap();
}

#[test]
fn vendors_without_reports_in_otpkit_are_unsupported_and_a_secret_is_required() {
    let others = ["pipwave", "shoutout", "twilio-verify", "console"];
    for vendor in others.map(|name| Vendor::new(name).unwrap()) {
        match Webhook::new(vendor.clone(), SECRET) {
            Err(Error::Unsupported { vendor: v, what }) => {
                assert_eq!((v, what.as_str()), (vendor, "delivery reports"));
            }
            other => panic!("{other:?}"),
        }
    }
    assert!(matches!(
        Webhook::new(Vendor::TERMII, " "),
        Err(Error::Config(_))
    ));
}

//! Octopush's delivery reports through `otpkit::webhook`. Octopush signs nothing, so a report is
//! believed only when it was posted to the URL holding the webhook's token; its fields come as
//! JSON, a form or query fields, all read alike.

use otpkit::webhook::{MAX_REPORT_BYTES, Webhook};
use otpkit::{Delivery, Vendor};
use serde_json::json;

use crate::common::{post, refused};

const TOKEN: &str = "sandbox-octopush-webhook-token";

fn webhook() -> Webhook {
    Webhook::new(Vendor::OCTOPUSH, TOKEN).unwrap()
}

fn report(ticket: &str, status: &str) -> Vec<u8> {
    json!({
        "message_id": ticket, "number": "+33612345678", "status": status,
        "delivery_date": "2024-05-01 10:00:00", "channel": "sms", "unit_price": 0.045,
    })
    .to_string()
    .into_bytes()
}

fn json_post(uri: &str, body: &[u8]) -> http::Request<Vec<u8>> {
    post(uri, &[("Content-Type", "application/json")], body)
}

#[tokio::test]
async fn a_report_to_the_tokened_url_is_read_as_json_form_or_query_fields() {
    let webhook = webhook();
    let uri = format!("/reports/octopush?token={TOKEN}");
    let cases = [
        ("DELIVERED", Delivery::Delivered),
        ("ACK", Delivery::Sent),
        ("NOT_DELIVERED", Delivery::Undelivered),
        ("BLACKLISTED_NUMBER", Delivery::Rejected),
        ("NOT_ALLOWED", Delivery::Rejected),
        ("UNKNOWN_DELIVERY", Delivery::Unknown),
        ("SOMETHING_NEW", Delivery::Unknown),
    ];
    for (status, state) in cases {
        let got = webhook
            .receive(&json_post(&uri, &report("sms_5fa275dbf21dc", status)))
            .await
            .unwrap_or_else(|e| panic!("{status}: {e}"));
        assert_eq!((got.state, got.vendor_status.as_str()), (state, status));
        assert_eq!(got.message_id.as_deref(), Some("sms_5fa275dbf21dc"));
        assert_eq!(got.destination.as_deref(), Some("+33612345678"));
        assert_eq!(
            (got.at.as_deref(), got.cost),
            (Some("2024-05-01 10:00:00"), Some(0.045))
        );
        assert!(!format!("{got:?}").contains("612345678"), "masked");
    }
    let form = post(
        &uri,
        &[("Content-Type", "application/x-www-form-urlencoded")],
        b"message_id=sms_form&number=%2B33612345678&status=DELIVERED",
    );
    let got = webhook.receive(&form).await.unwrap();
    assert_eq!(
        (got.message_id.as_deref(), got.state),
        (Some("sms_form"), Delivery::Delivered)
    );
    let query = post(
        &format!("{uri}&message_id=sms_query&number=%2B33612345678&status=NOT_DELIVERED"),
        &[],
        b"",
    );
    let got = webhook.receive(&query).await.unwrap();
    assert_eq!(
        (got.message_id.as_deref(), got.state),
        (Some("sms_query"), Delivery::Undelivered)
    );
}

#[tokio::test]
async fn every_forgery_is_refused_naming_what_was_wrong() {
    let webhook = webhook();
    let good = format!("/reports/octopush?token={TOKEN}");
    let body = report("sms_1", "DELIVERED");

    // 1. No token in the URL.
    refused(
        webhook
            .receive(&json_post("/reports/octopush", &body))
            .await,
        "token",
        "has no `token`",
    );
    // 2. A wrong token, one of another length, and the right one with a byte flipped.
    for uri in [
        "/reports/octopush?token=guess".to_string(),
        format!("/reports/octopush?token={TOKEN}x"),
        format!("/reports/octopush?token={}", TOKEN.replace('s', "t")),
    ] {
        refused(
            webhook.receive(&json_post(&uri, &body)).await,
            "token",
            "not the webhook's",
        );
    }
    // 3. The token in a header instead of the URL (another vendor's way): still missing.
    refused(
        webhook
            .receive(&post(
                "/reports/octopush",
                &[
                    ("X-Termii-Signature", TOKEN),
                    ("Content-Type", "application/json"),
                ],
                &body,
            ))
            .await,
        "token",
        "has no `token`",
    );
    // 4. A truncated body and another vendor's (Termii's) body, with the right token.
    refused(
        webhook
            .receive(&json_post(&good, &body[..body.len() - 3]))
            .await,
        "body",
        "not an Octopush delivery report",
    );
    let termii = json!({ "type": "outbound", "id": "r-1", "status": "Delivered" }).to_string();
    refused(
        webhook.receive(&json_post(&good, termii.as_bytes())).await,
        "body",
        "not an Octopush delivery report",
    );
    // 5. An oversized body.
    refused(
        webhook
            .receive(&json_post(&good, &vec![b' '; MAX_REPORT_BYTES + 1]))
            .await,
        "body",
        "larger than",
    );
    // 6. The genuine report, then its exact replay; a later state of the same message is new.
    webhook.receive(&json_post(&good, &body)).await.unwrap();
    refused(
        webhook.receive(&json_post(&good, &body)).await,
        "report",
        "already received",
    );
    let later = report("sms_1", "NOT_DELIVERED");
    webhook.receive(&json_post(&good, &later)).await.unwrap();
}

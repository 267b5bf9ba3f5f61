//! The inbox as a test API: message ids in order, each message's verification state recorded
//! as checks change it (and when the sandbox forgets the verification), filters by vendor,
//! `since` and `limit`, clearing, and waiting for the next code, over HTTP and in Rust.

use std::time::Duration;

use crate::common::{Harness, wrong};
use otpkit_sandbox::CodeState;
use reqwest::StatusCode;
use serde_json::{Value, json};

fn send_body(to: &str) -> Value {
    json!({ "source": "ShoutDEMO", "destination": to, "transport": "sms", "content": { "sms": "Code {{code}}" } })
}

async fn send(h: &Harness, to: &str) -> String {
    let sent = h
        .shoutout("send_otp", "/otpservice/send", &send_body(to))
        .await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    sent.body["referenceId"].as_str().unwrap().to_string()
}

async fn verify(h: &Harness, reference: &str, code: &str) {
    h.shoutout(
        "verify_otp",
        "/otpservice/verify",
        &json!({ "referenceId": reference, "code": code }),
    )
    .await;
}

async fn get(h: &Harness, path_and_query: &str) -> (StatusCode, Value) {
    let answer = h
        .http
        .get(format!("http://{}{path_and_query}", h.sandbox.addr()))
        .send()
        .await
        .unwrap();
    let status = answer.status();
    (status, answer.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn each_message_carries_its_verifications_state_as_checks_change_it() {
    let h = Harness::start().await;
    let to = "+94771234567";
    let reference = send(&h, to).await;
    let state = |h: &Harness| h.sandbox.messages()[0].verification;
    assert_eq!(state(&h), Some(CodeState::Pending));
    let code = h.code_for(to);
    verify(&h, &reference, &wrong(&code)).await;
    assert!(
        matches!(state(&h), Some(CodeState::Rejected { .. })),
        "{:?}",
        state(&h)
    );
    verify(&h, &reference, &code).await;
    assert_eq!(state(&h), Some(CodeState::Approved));
    let (_, messages) = get(&h, "/_sandbox/messages").await;
    assert_eq!(messages[0]["id"], 1);
    assert_eq!(messages[0]["verification"], json!({ "state": "approved" }));
}

#[tokio::test]
async fn a_verification_the_sandbox_forgets_is_marked_forgotten() {
    let config = otpkit_sandbox::Config {
        session_capacity: 1,
        ..Default::default()
    };
    let h = Harness::with(config).await;
    send(&h, "+94771234567").await;
    send(&h, "+94771234568").await;
    let states: Vec<_> = h
        .sandbox
        .messages()
        .iter()
        .map(|m| m.verification)
        .collect();
    assert_eq!(
        states,
        vec![Some(CodeState::Forgotten), Some(CodeState::Pending)]
    );
}

#[tokio::test]
async fn filters_since_limit_and_clearing() {
    let h = Harness::start().await;
    for n in 0..5 {
        send(&h, &format!("+9477123456{n}")).await;
    }
    let ids = |v: &Value| -> Vec<u64> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|m| m["id"].as_u64().unwrap())
            .collect()
    };
    assert_eq!(
        ids(&get(&h, "/_sandbox/messages?since=2").await.1),
        vec![3, 4, 5]
    );
    assert_eq!(
        ids(&get(&h, "/_sandbox/messages?since=1&limit=2").await.1),
        vec![2, 3]
    );
    assert_eq!(
        ids(&get(&h, "/_sandbox/messages?vendor=shoutout&limit=1")
            .await
            .1),
        vec![1]
    );
    assert!(ids(&get(&h, "/_sandbox/messages?vendor=termii").await.1).is_empty());
    for bad in ["vendor=nobody", "since=-1", "limit=lots", "colour=red"] {
        let (status, body) = get(&h, &format!("/_sandbox/messages?{bad}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}: {body}");
        assert!(body["error"].as_str().is_some(), "{bad}: {body}");
    }
    let cleared = h
        .http
        .delete(format!("http://{}/_sandbox/messages", h.sandbox.addr()))
        .send()
        .await
        .unwrap();
    assert_eq!(cleared.status(), StatusCode::NO_CONTENT);
    assert!(h.sandbox.messages().is_empty());
    send(&h, "+94771234560").await;
    assert_eq!(
        ids(&get(&h, "/_sandbox/messages").await.1),
        vec![6],
        "ids go on"
    );
}

#[tokio::test]
async fn waiting_for_the_next_code_over_http_and_in_rust() {
    let h = Harness::start().await;
    let to = "+94771234567";
    send(&h, to).await;
    let since = h.sandbox.last_message_id();
    // A waiter for a newer message, then the send that answers it.
    let waiter = {
        let http = h.http.clone();
        let url = format!(
            "http://{}/_sandbox/messages/latest?destination=%2B94771234567&since={since}&wait=10s",
            h.sandbox.addr()
        );
        tokio::spawn(async move { http.get(url).send().await.unwrap() })
    };
    tokio::time::sleep(Duration::from_millis(50)).await;
    send(&h, to).await;
    let answer = waiter.await.unwrap();
    assert_eq!(answer.status(), StatusCode::OK);
    let message: Value = answer.json().await.unwrap();
    assert_eq!(message["id"], since + 1);
    assert_eq!(message["code"].as_str(), Some(h.code_for(to).as_str()));

    // An unencoded `+` (a space once decoded) matches; nothing newer: 408 after the wait.
    let (status, _) = get(&h, "/_sandbox/messages/latest?destination=+94771234567").await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = get(
        &h,
        &format!(
            "/_sandbox/messages/latest?destination=94771234567&since={}&wait=50ms",
            since + 1
        ),
    )
    .await;
    assert_eq!(status, StatusCode::REQUEST_TIMEOUT, "{body}");
    for bad in [
        "",
        "?destination=",
        "?destination=1&wait=31s",
        "?destination=1&wait=soon",
    ] {
        let (status, body) = get(&h, &format!("/_sandbox/messages/latest{bad}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}: {body}");
    }

    // In Rust.
    let since = h.sandbox.last_message_id();
    let sandbox = &h.sandbox;
    let (message, _) = tokio::join!(
        sandbox.wait_for_code("94771234567", Some(since), Duration::from_secs(10)),
        send(&h, to)
    );
    assert_eq!(message.unwrap().id, since + 1);
    assert!(
        sandbox
            .wait_for_code(to, Some(since + 1), Duration::from_millis(20))
            .await
            .is_err()
    );
}

/// Reads the event stream until `wanted` appears in what arrived; everything read.
async fn read_until(
    stream: &mut (impl futures_util::Stream<Item = reqwest::Result<bytes::Bytes>> + Unpin),
    seen: &mut String,
    wanted: &str,
) {
    use futures_util::StreamExt;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while !seen.contains(wanted) {
        let chunk = tokio::time::timeout_at(deadline, stream.next())
            .await
            .unwrap_or_else(|_| panic!("no `{wanted}` within 10 s: {seen}"))
            .expect("the stream stays open")
            .unwrap();
        seen.push_str(std::str::from_utf8(&chunk).unwrap());
    }
}

#[tokio::test]
async fn the_event_stream_carries_deliveries_state_changes_and_clearing() {
    let h = Harness::start().await;
    let url = format!("http://{}/_sandbox/events", h.sandbox.addr());
    let answer = h.http.get(&url).send().await.unwrap();
    assert_eq!(answer.status(), StatusCode::OK);
    assert_eq!(answer.headers()["content-type"], "text/event-stream");
    let mut stream = Box::pin(answer.bytes_stream());
    let mut seen = String::new();
    read_until(&mut stream, &mut seen, ": subscribed").await;

    let to = "+94771234567";
    let reference = send(&h, to).await;
    read_until(&mut stream, &mut seen, "event: message").await;
    assert!(seen.contains("id: 1\nevent: message\ndata: {"), "{seen}");
    verify(&h, &reference, &h.code_for(to)).await;
    read_until(&mut stream, &mut seen, "event: state").await;
    read_until(
        &mut stream,
        &mut seen,
        r#""verification":{"state":"approved"}"#,
    )
    .await;
    h.http
        .delete(format!("http://{}/_sandbox/messages", h.sandbox.addr()))
        .send()
        .await
        .unwrap();
    read_until(&mut stream, &mut seen, "event: cleared").await;

    // Every event is one `data:` line of the message's JSON, as the messages route has it.
    let data = seen
        .lines()
        .find_map(|l| {
            l.strip_prefix("data: ")
                .filter(|d| d.contains(r#""state":"pending""#))
        })
        .expect("the message event");
    let message: Value = serde_json::from_str(data).unwrap();
    assert_eq!(message["destination"], to);
}

#[tokio::test]
async fn event_streams_are_bounded() {
    let h = Harness::start().await;
    let url = format!("http://{}/_sandbox/events", h.sandbox.addr());
    let mut open = Vec::new();
    for _ in 0..64 {
        let answer = h.http.get(&url).send().await.unwrap();
        assert_eq!(answer.status(), StatusCode::OK);
        open.push(answer);
    }
    let refused = h.http.get(&url).send().await.unwrap();
    assert_eq!(refused.status(), StatusCode::SERVICE_UNAVAILABLE);
    // A closed stream gives its slot back, once the server finds it closed (at its next event).
    drop(open.pop());
    crate::common::eventually(Duration::from_secs(10), "a slot is free again", || async {
        send(&h, "+94771234567").await;
        h.http.get(&url).send().await.unwrap().status() == StatusCode::OK
    })
    .await;
}

#[tokio::test]
async fn the_page_and_its_assets_are_served_with_a_strict_policy() {
    let h = Harness::start().await;
    for (path, content_type) in [
        ("/", "text/html; charset=utf-8"),
        ("/_sandbox/", "text/html; charset=utf-8"),
        ("/_sandbox/assets/app.js", "text/javascript; charset=utf-8"),
        ("/_sandbox/assets/style.css", "text/css; charset=utf-8"),
    ] {
        let answer = h
            .http
            .get(format!("http://{}{path}", h.sandbox.addr()))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::OK, "{path}");
        assert_eq!(answer.headers()["content-type"], content_type, "{path}");
        let policy = answer.headers()["content-security-policy"]
            .to_str()
            .unwrap();
        assert!(
            policy.contains("script-src 'self'") && policy.contains("default-src 'none'"),
            "{policy}"
        );
        let body = answer.text().await.unwrap();
        // Offline: nothing is loaded from anywhere else.
        assert!(
            !body.contains("http://") && !body.contains("https://"),
            "{path} loads from elsewhere"
        );
        if path == "/" {
            // No inline script: every script is a file of its own.
            assert!(body.contains(r#"<script src="/_sandbox/assets/app.js" defer></script>"#));
            assert_eq!(body.matches("<script").count(), 1);
        }
    }
    let rebound = h
        .http
        .get(format!("http://{}/", h.sandbox.addr()))
        .header("host", "rebound.example")
        .send()
        .await
        .unwrap();
    assert_eq!(rebound.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_messages_route_documents_its_schema_and_its_answers_follow_it() {
    let h = Harness::start().await;
    send(&h, "+94771234567").await;
    let (status, schema) = get(&h, "/_sandbox/messages/schema").await;
    assert_eq!(status, StatusCode::OK);
    let (_, messages) = get(&h, "/_sandbox/messages").await;
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let errors: Vec<String> = validator
        .iter_errors(&messages)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    for field in [
        "id",
        "vendor",
        "channel",
        "destination",
        "text",
        "code",
        "at_unix_ms",
        "verification",
    ] {
        assert!(
            schema.to_string().contains(&format!("\"{field}\"")),
            "{field} is documented"
        );
    }
}

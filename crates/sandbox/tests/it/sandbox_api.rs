//! The sandbox's own features: the inbox, the clock and fault injection (in-process and over
//! HTTP), hostile input, shutdown and the standalone binary.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{Harness, assert_reads_like_the_vendor, eventually};
use otpkit_sandbox::{Fault, FaultKind, Sandbox, Vendor};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

const TO: &str = "94771234567";

fn shoutout_send(to: &str) -> Value {
    json!({ "source": "ShoutDEMO", "destination": to, "transport": "sms", "content": { "sms": "Code {{code}}" } })
}

async fn send(h: &Harness, to: &str) -> reqwest::Result<reqwest::Response> {
    h.http
        .post(h.url(Vendor::Shoutout, "/otpservice/send"))
        .header(
            "authorization",
            format!("Apikey {}", h.var("SHOUTOUT_API_KEY")),
        )
        .json(&shoutout_send(to))
        .send()
        .await
}

#[tokio::test]
async fn the_inbox_is_readable_in_process_and_over_http_with_a_filter() {
    let h = Harness::start().await;
    send(&h, TO).await.unwrap();
    send(&h, "94770000000").await.unwrap();
    assert_eq!(h.sandbox.messages().len(), 2);
    let all: Vec<Value> = h
        .http
        .get(format!("http://{}/_sandbox/messages", h.sandbox.addr()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(all.len(), 2);
    let url = format!(
        "http://{}/_sandbox/messages?destination=%2B{TO}",
        h.sandbox.addr()
    );
    let mine: Vec<Value> = h.http.get(url).send().await.unwrap().json().await.unwrap();
    assert_eq!(mine.len(), 1, "`+` or not, the number matches");
    assert_eq!(mine[0]["vendor"], "shoutout");
    assert_eq!(
        mine[0]["code"].as_str(),
        h.sandbox.last_code_for(TO).as_deref()
    );
    assert_eq!(h.sandbox.last_code_for("+0000"), None);
    assert_eq!(
        (
            h.sandbox.requests(Vendor::Shoutout),
            h.sandbox.requests(Vendor::Termii)
        ),
        (2, 0)
    );
}

#[tokio::test]
async fn the_inbox_keeps_only_the_newest_messages() {
    let config = otpkit_sandbox::Config {
        inbox_capacity: 3,
        ..Default::default()
    };
    let h = Harness::with(config).await;
    for n in 0..5 {
        send(&h, &format!("9477000000{n}")).await.unwrap();
    }
    let kept: Vec<String> = h
        .sandbox
        .messages()
        .into_iter()
        .map(|m| m.destination)
        .collect();
    assert_eq!(kept, ["94770000002", "94770000003", "94770000004"]);
}

#[tokio::test]
async fn a_vendor_remembers_only_the_newest_codes() {
    let config = otpkit_sandbox::Config {
        session_capacity: 2,
        ..Default::default()
    };
    let h = Harness::with(config).await;
    let mut sent = Vec::new();
    for n in 0..3 {
        let to = format!("9477000000{n}");
        let answer: Value = send(&h, &to).await.unwrap().json().await.unwrap();
        sent.push((answer["referenceId"].clone(), h.code_for(&to)));
    }
    let mut approved = Vec::new();
    for (reference, code) in &sent {
        let body = json!({ "referenceId": reference, "code": code });
        let answer = h.shoutout("verify_otp", "/otpservice/verify", &body).await;
        approved.push(answer.status == 200 && answer.body["statusCode"] == "1000");
    }
    // The oldest code was forgotten, and verifies as an unknown reference.
    assert_eq!(approved, [false, true, true]);
}

#[tokio::test]
async fn the_clock_moves_over_http_and_expires_codes() {
    let h = Harness::start().await;
    let sent: Value = send(&h, TO).await.unwrap().json().await.unwrap();
    let clock = format!("http://{}/_sandbox/clock", h.sandbox.addr());
    let moved = h
        .http
        .post(&clock)
        .json(&json!({ "advance_secs": 301 }))
        .send()
        .await
        .unwrap();
    assert_eq!(moved.status(), StatusCode::OK);
    assert!(
        moved.json::<Value>().await.unwrap()["now_ms"]
            .as_u64()
            .unwrap()
            >= 301_000
    );
    let body = json!({ "referenceId": sent["referenceId"], "code": h.code_for(TO) });
    assert_eq!(
        h.shoutout("verify_otp", "/otpservice/verify", &body)
            .await
            .body["statusCode"],
        "1002"
    );
    let bad = h
        .http
        .post(&clock)
        .json(&json!({ "advance": "soon" }))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
}

/// Sends a send and a verify to every vendor and asserts each answered (any status): a
/// handler that panicked would have closed the connection instead.
/// `approves`: whether a fresh code can still be approved (not at a clock saturated at its
/// maximum, where every deadline equals now).
async fn every_vendor_answers(h: &Harness, approves: bool) {
    for vendor in Vendor::ALL {
        for path in [
            "/api/sms/otp/send",
            "/api/sms/otp/verify",
            "/phone-verify",
            "/otpservice/send",
            "/otpservice/verify",
            "/service/otp/generate",
        ] {
            let answered = h
                .http
                .post(h.url(vendor, path))
                .json(&json!({}))
                .send()
                .await;
            assert!(answered.is_ok(), "{vendor}{path}: {answered:?}");
        }
    }
    let sent = send(h, TO).await.expect("ShoutOUT answers a real send");
    assert_eq!(sent.status(), StatusCode::OK);
    let reference = sent.json::<Value>().await.unwrap()["referenceId"].clone();
    let body = json!({ "referenceId": reference, "code": h.code_for(TO) });
    let verified = h.shoutout("verify_otp", "/otpservice/verify", &body).await;
    assert_eq!(verified.status == 200, approves, "{}", verified.body);
}

#[tokio::test]
async fn every_control_route_refuses_extreme_values_and_the_sandbox_stays_up() {
    let h = Harness::start().await;
    let base = format!("http://{}/_sandbox", h.sandbox.addr());
    let refused = [
        ("clock", json!({ "advance_secs": u64::MAX })),
        ("clock", json!({ "advance_secs": 3_153_600_001u64 })),
        ("clock", json!({ "advance_secs": -1 })),
        ("clock", json!({ "advance_secs": 1.5 })),
        ("clock", json!({ "advance_secs": "600" })),
        ("clock", json!([])),
        (
            "faults",
            json!({ "vendor": "termii", "type": "latency", "millis": u64::MAX }),
        ),
        (
            "faults",
            json!({ "vendor": "termii", "type": "slow_body", "millis": 3_600_001 }),
        ),
        (
            "faults",
            json!({ "vendor": "termii", "type": "status", "status": 0 }),
        ),
        (
            "faults",
            json!({ "vendor": "termii", "type": "status", "status": 65_535 }),
        ),
        (
            "faults",
            json!({ "vendor": "termii", "type": "status", "status": 70_000 }),
        ),
        (
            "faults",
            json!({ "vendor": "termii", "type": "respond", "status": 99, "body": [] }),
        ),
        (
            "faults",
            json!({ "vendor": "termii", "type": "html_page", "status": 600 }),
        ),
        (
            "faults",
            json!({ "vendor": "termii", "type": "drop_connection", "times": 0 }),
        ),
        (
            "faults",
            json!({ "vendor": "termii", "type": "drop_connection", "times": -1 }),
        ),
        (
            "faults",
            json!({ "vendor": "termii", "type": "drop_connection", "fraction": 1.5 }),
        ),
        (
            "faults",
            json!({ "vendor": "termii", "type": "drop_connection", "fraction": -0.1 }),
        ),
        (
            "faults",
            json!({ "vendor": "termii", "type": "rate_limited", "retry_after_secs": -5 }),
        ),
        (
            "faults",
            json!({ "vendor": "nobody", "type": "drop_connection" }),
        ),
        ("faults", json!({ "vendor": "termii", "type": "explode" })),
        ("balances", json!({ "vendor": "termii", "balance": -1 })),
        (
            "balances",
            json!({ "vendor": "pipwave", "balance": "lots" }),
        ),
        ("balances", json!({ "vendor": "shoutout", "balance": 10 })),
        ("balances", json!({ "vendor": "nobody", "balance": 10 })),
        ("balances", json!({ "balance": 10 })),
        (
            "callbacks",
            json!({ "vendor": "termii", "url": "http://192.0.2.1/reports" }),
        ),
        (
            "callbacks",
            json!({ "vendor": "termii", "url": "http://127.0.0.1.example.com/" }),
        ),
        (
            "callbacks",
            json!({ "vendor": "termii", "url": "file:///etc/passwd" }),
        ),
        (
            "callbacks",
            json!({ "vendor": "nobody", "url": "http://127.0.0.1/" }),
        ),
        (
            "callbacks",
            json!({ "vendor": "termii", "url": null, "delay_ms": 3_600_001 }),
        ),
        (
            "report-outcomes",
            json!({ "destination": "+2348012345678", "outcome": "lost" }),
        ),
        (
            "report-outcomes",
            json!({ "destination": " ", "outcome": "dnd" }),
        ),
    ];
    for (route, body) in refused {
        let answer = h
            .http
            .post(format!("{base}/{route}"))
            .json(&body)
            .send()
            .await
            .unwrap();
        let status = answer.status();
        let text = answer.text().await.unwrap();
        assert_eq!(status, StatusCode::BAD_REQUEST, "{route} {body}: {text}");
        let message: Value = serde_json::from_str(&text).unwrap();
        assert!(
            message["error"].as_str().is_some_and(|m| !m.is_empty()),
            "{text}"
        );
    }
    let messages = h
        .http
        .get(format!("{base}/messages?destination=%00%FF"))
        .send()
        .await
        .unwrap();
    assert_eq!(messages.status(), StatusCode::OK);
    assert!(h.sandbox.messages().is_empty());
    assert_eq!(
        h.http
            .get(format!("{base}/faults"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
        "[]"
    );
    // The largest advance allowed, twice, then the clock still serves every route.
    for _ in 0..2 {
        let moved = h
            .http
            .post(format!("{base}/clock"))
            .json(&json!({ "advance_secs": 3_153_600_000u64 }))
            .send()
            .await
            .unwrap();
        assert_eq!(moved.status(), StatusCode::OK);
    }
    every_vendor_answers(&h, true).await;
    // The Rust API saturates instead of refusing.
    h.sandbox.advance(Duration::MAX);
    h.sandbox.advance(Duration::MAX);
    every_vendor_answers(&h, false).await;
    let (b, max) = (h.http.post(format!("{base}/balances")), f64::MAX);
    assert_eq!(
        b.json(&json!({ "vendor": "termii", "balance": max }))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn status_faults_answer_in_the_vendors_shape_and_act_on_nothing() {
    let h = Harness::start().await;
    h.sandbox
        .inject(Fault::new(Vendor::Shoutout, FaultKind::Status { status: 503 }).times(1))
        .unwrap();
    let failed = send(&h, TO).await.unwrap();
    assert_eq!(failed.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        failed.json::<Value>().await.unwrap(),
        json!({ "message": "injected failure" })
    );
    assert!(
        h.sandbox.messages().is_empty(),
        "a refused request delivers nothing"
    );
    assert_eq!(
        send(&h, TO).await.unwrap().status(),
        StatusCode::OK,
        "`times(1)` is spent"
    );

    for (vendor, expected) in [
        (Vendor::Termii, json!({ "message": "injected failure" })),
        (
            Vendor::Pipwave,
            json!({ "status": 502, "message": "injected failure" }),
        ),
        (
            Vendor::Octopush,
            json!({ "code": 502, "message": "injected failure" }),
        ),
    ] {
        h.sandbox
            .inject(Fault::new(vendor, FaultKind::Status { status: 502 }).times(1))
            .unwrap();
        let response = h
            .http
            .post(h.url(vendor, "/anything"))
            .json(&json!({}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::BAD_GATEWAY);
        assert_eq!(
            response.json::<Value>().await.unwrap(),
            expected,
            "{vendor}"
        );
    }
}

#[tokio::test]
async fn rate_limits_carry_retry_after() {
    let h = Harness::start().await;
    h.sandbox
        .inject(Fault::new(
            Vendor::Shoutout,
            FaultKind::RateLimited {
                retry_after_secs: 7,
            },
        ))
        .unwrap();
    let response = send(&h, TO).await.unwrap();
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(response.headers()["retry-after"], "7");
    h.sandbox.clear_faults();
    assert_eq!(send(&h, TO).await.unwrap().status(), StatusCode::OK);
}

#[tokio::test]
async fn malformed_json_html_pages_and_truncated_bodies() {
    let h = Harness::start().await;
    h.sandbox
        .inject(Fault::new(Vendor::Shoutout, FaultKind::MalformedJson).times(1))
        .unwrap();
    let text = send(&h, TO).await.unwrap().text().await.unwrap();
    assert!(serde_json::from_str::<Value>(&text).is_err(), "{text}");

    h.sandbox
        .inject(Fault::new(Vendor::Shoutout, FaultKind::HtmlPage { status: 502 }).times(1))
        .unwrap();
    let page = send(&h, TO).await.unwrap();
    assert_eq!(
        (
            page.status(),
            page.headers()["content-type"].to_str().unwrap()
        ),
        (StatusCode::BAD_GATEWAY, "text/html")
    );

    h.sandbox
        .inject(Fault::new(Vendor::Shoutout, FaultKind::TruncatedBody).times(1))
        .unwrap();
    let mut truncated = send(&h, TO).await.unwrap();
    assert_eq!(truncated.status(), StatusCode::OK);
    let announced = truncated.content_length().unwrap() as usize;
    let mut received = Vec::new();
    let end = loop {
        match truncated.chunk().await {
            Ok(Some(chunk)) => received.extend_from_slice(&chunk),
            other => break other,
        }
    };
    assert!(end.is_err(), "the body stops short of its Content-Length");
    assert!(announced > 1, "{announced}");
    assert_eq!(
        received.len(),
        announced / 2,
        "exactly the first half arrives before the connection closes"
    );
    assert_eq!(
        h.sandbox.messages().len(),
        1,
        "a truncated answer still acted on the request"
    );
}

#[tokio::test]
async fn dropped_connections_answer_nothing() {
    let h = Harness::start().await;
    h.sandbox
        .inject(
            Fault::new(Vendor::Shoutout, FaultKind::DropConnection)
                .on_route("/otpservice/send")
                .times(1),
        )
        .unwrap();
    let error = send(&h, TO).await.unwrap_err();
    assert!(!error.is_timeout() && error.status().is_none(), "{error:?}");
    assert!(h.sandbox.messages().is_empty());
    assert_eq!(send(&h, TO).await.unwrap().status(), StatusCode::OK);
}

/// Longer than any test waits: an answer delayed this long never comes while a test watches.
const NEVER_MS: u64 = 60_000;

#[tokio::test]
async fn latency_acts_at_once_and_answers_late() {
    let h = Harness::start().await;
    h.sandbox
        .inject(Fault::new(Vendor::Shoutout, FaultKind::Latency { millis: NEVER_MS }).times(1))
        .unwrap();
    let quick = h
        .http
        .post(h.url(Vendor::Shoutout, "/otpservice/send"))
        .header("authorization", "Apikey sandbox-shoutout-key")
        .json(&shoutout_send(TO))
        .timeout(Duration::from_millis(100))
        .send()
        .await;
    assert!(quick.unwrap_err().is_timeout());
    // The vendor acted long before its answer was due.
    h.sandbox
        .wait_for_messages(1, Duration::from_secs(10))
        .await
        .expect("the delayed send is delivered");

    // A client that waits gets the answer, no sooner than the delay.
    h.sandbox
        .inject(Fault::new(Vendor::Shoutout, FaultKind::Latency { millis: 300 }).times(1))
        .unwrap();
    let start = Instant::now();
    assert_eq!(send(&h, TO).await.unwrap().status(), StatusCode::OK);
    assert!(start.elapsed() >= Duration::from_millis(300));
}

#[tokio::test]
async fn slow_bodies_send_headers_first_and_the_body_late() {
    let h = Harness::start().await;
    // Headers now, body not before the delay: the headers must come while the body is held.
    h.sandbox
        .inject(Fault::new(Vendor::Shoutout, FaultKind::SlowBody { millis: NEVER_MS }).times(1))
        .unwrap();
    let mut held = tokio::time::timeout(Duration::from_secs(10), send(&h, TO))
        .await
        .expect("the headers are not held back with the body")
        .unwrap();
    assert_eq!(held.status(), StatusCode::OK);
    assert!(
        tokio::time::timeout(Duration::from_millis(200), held.chunk())
            .await
            .is_err(),
        "the body is held back"
    );

    h.sandbox
        .inject(Fault::new(Vendor::Shoutout, FaultKind::SlowBody { millis: 300 }).times(1))
        .unwrap();
    let start = Instant::now();
    let response = send(&h, TO).await.unwrap();
    let body: Value = response.json().await.unwrap();
    assert!(
        body["referenceId"].is_string(),
        "the whole body arrives: {body}"
    );
    assert!(start.elapsed() >= Duration::from_millis(300));
}

#[tokio::test]
async fn faults_follow_route_and_fraction() {
    let h = Harness::start().await;
    h.sandbox
        .inject(
            Fault::new(Vendor::Shoutout, FaultKind::Status { status: 500 })
                .on_route("/otpservice/verify"),
        )
        .unwrap();
    assert_eq!(
        send(&h, TO).await.unwrap().status(),
        StatusCode::OK,
        "another route is untouched"
    );
    h.sandbox.clear_faults();
    h.sandbox
        .inject(Fault::new(Vendor::Shoutout, FaultKind::Status { status: 500 }).fraction(0.5))
        .unwrap();
    let mut failed = 0;
    for _ in 0..200 {
        if send(&h, TO).await.unwrap().status() == StatusCode::INTERNAL_SERVER_ERROR {
            failed += 1;
        }
    }
    assert!(
        (50..=150).contains(&failed),
        "{failed} of 200 failed at fraction 0.5"
    );
    assert!(
        h.sandbox
            .inject(Fault::new(Vendor::Termii, FaultKind::Status { status: 500 }).fraction(1.5))
            .is_err()
    );
    assert!(
        h.sandbox
            .inject(Fault::new(Vendor::Termii, FaultKind::Status { status: 42 }))
            .is_err()
    );
}

#[tokio::test]
async fn faults_over_http() {
    let h = Harness::start().await;
    let faults = format!("http://{}/_sandbox/faults", h.sandbox.addr());
    let rule = json!({ "vendor": "shoutout", "type": "status", "status": 503, "times": 2 });
    assert_eq!(
        h.http
            .post(&faults)
            .json(&rule)
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::CREATED
    );
    let listed: Vec<Value> = h
        .http
        .get(&faults)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        listed,
        vec![
            json!({ "vendor": "shoutout", "route": null, "type": "status", "status": 503, "times": 2, "fraction": null })
        ]
    );
    assert_eq!(
        send(&h, TO).await.unwrap().status(),
        StatusCode::SERVICE_UNAVAILABLE
    );
    assert_eq!(
        h.http.delete(&faults).send().await.unwrap().status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(send(&h, TO).await.unwrap().status(), StatusCode::OK);
    for bad in [
        json!({ "vendor": "twilio", "type": "status", "status": 500 }),
        json!({ "vendor": "termii", "type": "explode" }),
        json!({ "vendor": "termii", "type": "latency", "millis": 1, "fraction": -1.0 }),
    ] {
        let response = h.http.post(&faults).json(&bad).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{bad}");
        assert!(response.json::<Value>().await.unwrap()["error"].is_string());
    }
}

/// Malformed JSON, a wrong content type and an oversized body get each vendor's documented
/// 4xx (pipwave: body status 9001), never a 500.
#[tokio::test]
async fn hostile_bodies_get_the_vendors_4xx() {
    let h = Harness::start().await;
    let huge = format!("{{\"pad\":\"{}\"}}", "x".repeat(100 * 1024));
    let routes = [
        (
            Vendor::Termii,
            "send_token",
            Method::POST,
            "/api/sms/otp/send",
        ),
        (
            Vendor::Pipwave,
            "phone_verify",
            Method::POST,
            "/phone-verify",
        ),
        (
            Vendor::Shoutout,
            "verify_otp",
            Method::POST,
            "/otpservice/verify",
        ),
        (
            Vendor::Octopush,
            "validate_otp",
            Method::PUT,
            "/service/otp/validate",
        ),
    ];
    for (vendor, op, method, path) in routes {
        // pipwave reads any content type and checks the key before the shape: 403 for a body
        // that is JSON without the key, 9001 for one that is not JSON.
        for (content_type, body, pipwave) in [
            ("application/json", "{\"to\": ", 9001),
            ("text/plain", "{}", 403),
            ("application/json", huge.as_str(), 9001),
            ("application/json", "[1,2,3]", 403),
        ] {
            let response = h
                .http
                .request(method.clone(), h.url(vendor, path))
                .header("content-type", content_type)
                .header("authorization", "Apikey sandbox-shoutout-key")
                .header("api-login", "sandbox@example.com")
                .header("api-key", "sandbox-octopush-key")
                .header("x-api-key", "sandbox-pipwave-key")
                .body(body.to_string())
                .send()
                .await
                .unwrap();
            let answer = h.checked(vendor, op, response).await;
            match vendor {
                Vendor::Pipwave => assert_eq!(
                    (answer.status, answer.body["status"].clone()),
                    (200, json!(pipwave)),
                    "{content_type} {}",
                    &body[..body.len().min(20)]
                ),
                // Termii validates a JSON body of the wrong shape as Laravel does: 422.
                Vendor::Termii if body == "[1,2,3]" => assert_eq!(answer.status, 422),
                _ => assert_eq!(
                    answer.status,
                    400,
                    "{vendor} {content_type} {}",
                    &body[..body.len().min(20)]
                ),
            }
            assert_reads_like_the_vendor(&answer.body);
        }
    }
    assert!(h.sandbox.messages().is_empty());
}

#[tokio::test]
async fn unknown_routes_and_methods_get_the_vendors_404_and_405() {
    let h = Harness::start().await;
    let missing = h
        .http
        .post(h.url(Vendor::Termii, "/api/sms/otp/nope"))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        missing.json::<Value>().await.unwrap(),
        json!({ "message": "Not Found" })
    );
    // The Termii docs' Java and PHP samples use GET; the API wants POST.
    let get = h
        .http
        .get(h.url(Vendor::Termii, "/api/sms/otp/send"))
        .send()
        .await
        .unwrap();
    assert_eq!(get.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(
        get.json::<Value>().await.unwrap(),
        json!({ "message": "Method Not Allowed" })
    );
    let post_validate = h
        .http
        .post(h.url(Vendor::Octopush, "/service/otp/validate"))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        post_validate.status(),
        StatusCode::METHOD_NOT_ALLOWED,
        "Octopush validate is PUT"
    );
    assert_eq!(post_validate.json::<Value>().await.unwrap()["code"], 405);
    let elsewhere = h
        .http
        .get(format!("http://{}/twilio", h.sandbox.addr()))
        .send()
        .await
        .unwrap();
    assert_eq!(elsewhere.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn shutdown_closes_the_port() {
    let sandbox = Sandbox::start().await.unwrap();
    let addr = sandbox.addr();
    sandbox.shutdown().await;
    assert!(tokio::net::TcpStream::connect(addr).await.is_err());
    let dropped = Sandbox::start().await.unwrap();
    let addr = dropped.addr();
    drop(dropped);
    // Dropping aborts the server task; the runtime releases the port when it next runs it.
    eventually(
        Duration::from_secs(10),
        "the dropped sandbox's port closes",
        || async move { tokio::net::TcpStream::connect(addr).await.is_err() },
    )
    .await;
}

#[test]
fn the_binary_serves_and_prints_base_urls_and_credentials() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_otpkit-sandbox"))
        .args(["--addr", "127.0.0.1:0", "--set", "SHOUTOUT_API_KEY=cli-key"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let base = first.rsplit(' ').next().unwrap().to_string();
    let banner: Vec<String> = lines.by_ref().take(5).map(Result::unwrap).collect();
    assert!(
        banner
            .iter()
            .any(|l| l.contains("/shoutout") && l.contains("SHOUTOUT_API_KEY=cli-key")),
        "{banner:?}"
    );
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let status = runtime.block_on(async {
        crate::common::http_client()
            .post(format!("{base}/shoutout/otpservice/send"))
            .header("authorization", "Apikey cli-key")
            .json(&shoutout_send(TO))
            .send()
            .await
            .unwrap()
            .status()
    });
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(status, StatusCode::OK);
}

/// A reader that went away (stdout closed before the banner) must not stop the server. The
/// banner is printed before the binary waits for Ctrl-C, so once its SIGINT handler is in place
/// every banner line has met the closed pipe; it must still serve, and still stop cleanly on
/// Ctrl-C (printing "stopped" into the closed pipe too).
#[cfg(target_os = "linux")]
#[test]
fn the_binary_keeps_serving_when_its_stdout_is_closed() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = Killed(
        Command::new(env!("CARGO_BIN_EXE_otpkit-sandbox"))
            .args(["--addr", &format!("127.0.0.1:{port}")])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    drop(child.0.stdout.take());
    let pid = child.0.id();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(eventually(
        Duration::from_secs(30),
        "the sandbox waits for Ctrl-C, past its banner",
        || {
            if let Some(status) = child.0.try_wait().unwrap() {
                panic!("the sandbox exited: {status}");
            }
            std::future::ready(catches_sigint(pid))
        },
    ));
    let answered = runtime.block_on(async {
        crate::common::http_client()
            .get(format!("http://127.0.0.1:{port}/_sandbox/messages"))
            .send()
            .await
            .map(|r| r.status())
    });
    assert_eq!(answered.unwrap(), StatusCode::OK);
    let interrupted = Command::new("kill")
        .args(["-INT", &pid.to_string()])
        .status()
        .unwrap();
    assert!(interrupted.success());
    let exited = child.0.wait().unwrap();
    assert!(exited.success(), "{exited}");
}

/// A child process that is killed if the test fails before it exits.
#[cfg(target_os = "linux")]
struct Killed(std::process::Child);

#[cfg(target_os = "linux")]
impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Whether process `pid` has a SIGINT handler installed (`SigCgt` in `/proc/PID/status`).
#[cfg(target_os = "linux")]
fn catches_sigint(pid: u32) -> bool {
    let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status")) else {
        return false;
    };
    status
        .lines()
        .find_map(|l| l.strip_prefix("SigCgt:"))
        .and_then(|mask| u64::from_str_radix(mask.trim(), 16).ok())
        // SIGINT is signal 2: bit 1 of the mask.
        .is_some_and(|mask| mask & (1 << 1) != 0)
}

#[test]
fn the_binary_explains_a_bad_address() {
    let out = Command::new(env!("CARGO_BIN_EXE_otpkit-sandbox"))
        .args(["--addr", "not-an-address"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--addr"));
}

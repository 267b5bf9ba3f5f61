//! What the generated clients put on the wire, read from a raw TCP listener: the vendor's own
//! headers, and not progenitor's `api-version` or a default `User-Agent` (no vendor reads them,
//! and each header costs every request; see BENCHMARKS.md).

use otpkit_octopush::types::{ValidateOtpRequest, ValidateOtpRequestOtpRequestToken};
use otpkit_shoutout::types::VerifyOtpRequest;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// Accepts one connection, returns its request head (lower-cased) and answers 500.
async fn listen() -> (String, tokio::task::JoinHandle<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let head = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut bytes = Vec::new();
        let mut chunk = [0u8; 1024];
        while !bytes.windows(4).any(|w| w == b"\r\n\r\n") {
            let n = socket.read(&mut chunk).await.unwrap();
            assert!(n > 0, "the client closed before its headers ended");
            bytes.extend_from_slice(&chunk[..n]);
        }
        socket
            .write_all(b"HTTP/1.1 500 Internal Server Error\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
            .await
            .unwrap();
        let text = String::from_utf8(bytes).unwrap().to_ascii_lowercase();
        text.split("\r\n\r\n").next().unwrap().to_string()
    });
    (base, head)
}

fn header_names(head: &str) -> Vec<&str> {
    head.lines()
        .skip(1)
        .filter_map(|line| line.split_once(':').map(|(name, _)| name))
        .collect()
}

#[tokio::test]
async fn shoutout_sends_its_authorization_and_no_progenitor_headers() {
    let (base, head) = listen().await;
    let client =
        otpkit_shoutout::Client::connect(&base, "key-1", &otpkit_http::HttpConfig::default())
            .unwrap();
    let body = VerifyOtpRequest::builder()
        .reference_id("ref-1")
        .code("123456");
    assert!(client.verify_otp().body(body).send().await.is_err());
    let head = head.await.unwrap();
    assert!(head.contains("authorization: apikey key-1"), "{head}");
    let mut names = header_names(&head);
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "accept",
            "authorization",
            "content-length",
            "content-type",
            "host"
        ],
        "{head}"
    );
}

#[tokio::test]
async fn octopush_sends_both_login_headers_and_no_progenitor_headers() {
    let (base, head) = listen().await;
    let client = otpkit_octopush::Client::connect(
        &base,
        "login@example.com",
        "key-2",
        &otpkit_http::HttpConfig::default(),
    )
    .unwrap();
    let body = ValidateOtpRequest::builder()
        .otp_request_token(
            "token-1"
                .parse::<ValidateOtpRequestOtpRequestToken>()
                .unwrap(),
        )
        .code("123456");
    assert!(client.validate_otp().body(body).send().await.is_err());
    let head = head.await.unwrap();
    let mut names = header_names(&head);
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "accept",
            "api-key",
            "api-login",
            "content-length",
            "content-type",
            "host"
        ],
        "{head}"
    );
}

#[tokio::test]
async fn a_user_agent_is_sent_when_configured() {
    let (base, head) = listen().await;
    let config = otpkit_http::HttpConfig::default().user_agent("acme-signup/2.1");
    let client = otpkit_shoutout::Client::connect(&base, "key-1", &config).unwrap();
    let body = VerifyOtpRequest::builder()
        .reference_id("ref-1")
        .code("123456");
    assert!(client.verify_otp().body(body).send().await.is_err());
    let head = head.await.unwrap();
    assert!(head.contains("user-agent: acme-signup/2.1"), "{head}");
}

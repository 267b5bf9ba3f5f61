//! Every answer is read with a limit (`otpkit_http::MAX_ANSWER_BYTES`): a vendor, or whatever
//! answers in its place, streaming 100 MB, chunked or not, with or without a `Content-Type`,
//! on a success or an error status, costs a typed error naming the limit and no memory.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use otpkit::vendors::termii::Termii;
use otpkit::{Error, Otp, SendRequest};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const HUNDRED_MB: u64 = 100 * 1024 * 1024;
const CHUNK: usize = 64 * 1024;

/// A server answering every request with `head` and then up to 100 MB of JSON-ish bytes,
/// chunked when `chunked`; returns its port and how many body bytes it managed to write.
async fn streaming_server(head: &'static str, chunked: bool) -> (u16, Arc<AtomicU64>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let written = Arc::new(AtomicU64::new(0));
    let counter = written.clone();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let counter = counter.clone();
            tokio::spawn(async move {
                let mut request = vec![0u8; 64 * 1024];
                let _ = stream.read(&mut request).await;
                if stream.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                let chunk = vec![b'9'; CHUNK];
                let mut sent = 0u64;
                while sent < HUNDRED_MB {
                    let result = if chunked {
                        let mut framed = format!("{CHUNK:x}\r\n").into_bytes();
                        framed.extend_from_slice(&chunk);
                        framed.extend_from_slice(b"\r\n");
                        stream.write_all(&framed).await
                    } else {
                        stream.write_all(&chunk).await
                    };
                    if result.is_err() {
                        break;
                    }
                    sent += CHUNK as u64;
                    counter.store(sent, Ordering::SeqCst);
                }
                if chunked {
                    let _ = stream.write_all(b"0\r\n\r\n").await;
                }
            });
        }
    });
    (port, written)
}

/// In a process of its own: it measures the process's peak memory.
#[test]
fn a_100_mb_answer_is_a_typed_error_naming_the_limit_in_flat_memory() {
    crate::common::in_own_process(crate::this_test!(), || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        runtime.block_on(run());
    });
}

async fn run() {
    let cases: [(&str, &'static str, bool); 4] = [
        (
            "200, chunked, no content type",
            "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n",
            true,
        ),
        (
            "422 (documented), chunked, no content type",
            "HTTP/1.1 422 Unprocessable\r\ntransfer-encoding: chunked\r\n\r\n",
            true,
        ),
        (
            "200, JSON, declared 100 MB",
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 104857600\r\n\r\n",
            false,
        ),
        (
            "200, no length, until close",
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n",
            false,
        ),
    ];
    let before = crate::common::peak_rss_kib();
    for (case, head, chunked) in cases {
        let (port, written) = streaming_server(head, chunked).await;
        let otp = Otp::new(
            Termii::builder()
                .api_key("k")
                .sender_id("Acme")
                .base_url(format!("http://127.0.0.1:{port}"))
                .timeout(Duration::from_secs(30))
                .build()
                .unwrap(),
            otpkit::IdSeal::insecure_unsealed(),
        );
        let error = otp
            .send(&SendRequest::new("+2348012345678"))
            .await
            .unwrap_err();
        assert!(matches!(error, Error::Decode { .. }), "{case}: {error:?}");
        let limit = otpkit_http::MAX_ANSWER_BYTES;
        assert!(
            error.to_string().contains(&format!("{limit}-byte limit")),
            "{case}: {error}"
        );
        // The client hung up: the server could not push anywhere near the 100 MB.
        let pushed = written.load(Ordering::SeqCst);
        assert!(
            pushed < 32 * 1024 * 1024,
            "{case}: the server wrote {pushed} bytes"
        );
    }
    let growth = crate::common::peak_rss_kib().saturating_sub(before);
    eprintln!("peak RSS growth over four 100 MB answers: {growth} KiB");
    assert!(growth < 24 * 1024, "peak memory grew by {growth} KiB");
}

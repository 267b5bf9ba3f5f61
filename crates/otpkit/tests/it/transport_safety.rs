//! Credentials never travel in clear text by accident: a plain `http://` base URL is refused
//! unless its host is this machine or the caller opts in, and no vendor client follows a
//! redirect (reqwest would carry `x-api-key`, `api-key`, `api-login` and a body key along to
//! another host).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use otpkit::{Error, Otp, OtpProvider, SendRequest};
use otpkit_sandbox::{ClientEnv, Sandbox};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// Each built-in vendor's settings as the sandbox hands them out: credentials of the right
/// shape, whatever each vendor needs.
async fn every_vendor_env() -> Vec<ClientEnv> {
    let sandbox = Sandbox::start().await.unwrap();
    otpkit::vendors::BUILT_IN
        .iter()
        .map(|d| sandbox.client_env(crate::common::sandbox_vendor(&d.vendor)))
        .collect()
}

/// Builds every built-in vendor's provider (`otpkit::vendors::BUILT_IN`, so that a vendor
/// added later is covered too) from `envs`, configured as applications configure it, against
/// `base_url`, with `OTPKIT_ALLOW_HTTP` when given.
fn build_all(
    envs: &[ClientEnv],
    base_url: &str,
    allow_http: Option<bool>,
) -> Vec<Result<Arc<dyn OtpProvider>, Error>> {
    otpkit::vendors::BUILT_IN
        .iter()
        .zip(envs)
        .map(|(descriptor, env)| {
            let vars = |name: &str| match name {
                "OTPKIT_ALLOW_HTTP" => allow_http.map(|allow| allow.to_string()),
                url if url.ends_with("_BASE_URL") => Some(base_url.to_string()),
                name => env.get(name),
            };
            (descriptor.from_vars)(&vars)
        })
        .collect()
}

#[tokio::test]
async fn plain_http_to_another_host_is_refused_unless_allowed() {
    let envs = every_vendor_env().await;
    for url in [
        "http://api.ng.termii.com",
        "http://10.0.0.8:8080/otp",
        "http://[2001:db8::1]/",
    ] {
        for built in
            build_all(&envs, url, None)
                .into_iter()
                .chain(build_all(&envs, url, Some(false)))
        {
            let error = built.err().unwrap_or_else(|| panic!("{url} was accepted"));
            assert!(matches!(error, Error::Config(_)), "{url}: {error:?}");
            let message = error.to_string();
            assert!(message.contains(url), "{message}");
            assert!(message.contains("allow_http(true)"), "{message}");
        }
        for built in build_all(&envs, url, Some(true)) {
            assert!(built.is_ok(), "{url} with allow_http(true)");
        }
    }
    for url in [
        "https://api.ng.termii.com",
        "http://127.0.0.1:8080/termii",
        "http://127.9.9.9",
        "http://localhost:9000",
        "http://[::1]:9000",
    ] {
        for built in build_all(&envs, url, None) {
            assert!(built.is_ok(), "{url}: {:?}", built.err());
        }
    }
}

/// A one-shot HTTP server answering every request with `answer`, counting connections.
async fn server(answer: impl Fn(u16) -> String + Send + Sync + 'static) -> (u16, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let hits = Arc::new(AtomicUsize::new(0));
    let counted = hits.clone();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            counted.fetch_add(1, Ordering::SeqCst);
            let mut request = vec![0u8; 64 * 1024];
            let _ = stream.read(&mut request).await;
            let _ = stream.write_all(answer(port).as_bytes()).await;
            let _ = stream.shutdown().await;
        }
    });
    (port, hits)
}

#[tokio::test]
async fn a_redirect_is_a_typed_error_and_is_never_followed() {
    // Where a hostile or misconfigured endpoint would send the credentials.
    let (elsewhere, stolen) = server(|_| {
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}".into()
    })
    .await;
    let envs = every_vendor_env().await;
    for status in [301, 302, 303, 307, 308] {
        let (port, hits) = server(move |_| {
            format!(
                "HTTP/1.1 {status} Moved\r\nlocation: http://127.0.0.1:{elsewhere}/steal\r\n\
                 content-length: 0\r\nconnection: close\r\n\r\n"
            )
        })
        .await;
        let base = format!("http://127.0.0.1:{port}");
        for provider in build_all(&envs, &base, None) {
            let otp = Otp::new(provider.unwrap(), otpkit::IdSeal::insecure_unsealed());
            let vendor = otp.capabilities()[0].vendor.clone();
            let to = crate::common::sandbox_vendor(&vendor).example_number();
            let error = otp.send(&SendRequest::new(to)).await.unwrap_err();
            assert!(
                matches!(error, Error::Vendor { status: Some(s), .. } if s == status),
                "{vendor} {status}: {error:?}"
            );
            assert!(error.to_string().contains("redirect"), "{error}");
            assert!(!error.is_retryable(), "{vendor} {status}");
        }
        assert_eq!(
            hits.load(Ordering::SeqCst),
            otpkit::vendors::BUILT_IN.len(),
            "{status}: one request per vendor"
        );
    }
    assert_eq!(
        stolen.load(Ordering::SeqCst),
        0,
        "no request followed a redirect"
    );
}

//! Test harness: a sandbox on loopback and an HTTP client whose every answer from a vendor
//! route is checked against that vendor's spec (status documented, body valid).

#![allow(dead_code)]

use std::collections::HashMap;

use otpkit_sandbox::{Sandbox, Vendor};
use reqwest::Method;
use serde_json::Value;
use xtask::spec::{self, Spec};

/// A client for the sandbox's routes: reqwest with otpkit's TLS (`otpkit_http::builder`), since
/// reqwest has no crypto provider of its own here and would panic building a plain client.
pub fn http_client() -> reqwest::Client {
    otpkit_http::builder().unwrap().build().unwrap()
}

pub struct Harness {
    pub sandbox: Sandbox,
    pub http: reqwest::Client,
    specs: HashMap<Vendor, Spec>,
}

/// One answer: HTTP status and JSON body.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub body: Value,
}

impl Harness {
    pub async fn start() -> Self {
        Self::with(otpkit_sandbox::Config::default()).await
    }

    pub async fn with(config: otpkit_sandbox::Config) -> Self {
        let sandbox = Sandbox::bind(([127, 0, 0, 1], 0).into(), config)
            .await
            .expect("sandbox starts");
        let root = xtask::workspace_root();
        let specs = Vendor::ALL
            .into_iter()
            .map(|v| {
                (
                    v,
                    spec::load(&root, xtask::check_vendor(v.name()).unwrap()).unwrap(),
                )
            })
            .collect();
        Self {
            sandbox,
            http: http_client(),
            specs,
        }
    }

    pub fn url(&self, vendor: Vendor, path: &str) -> String {
        format!("{}{path}", self.sandbox.base_url(vendor))
    }

    /// Sends `body` as JSON and checks the answer against `operation_id` in the spec.
    pub async fn call(
        &self,
        vendor: Vendor,
        operation_id: &str,
        method: Method,
        path: &str,
        headers: &[(&str, &str)],
        body: &Value,
    ) -> Answer {
        let mut request = self.http.request(method, self.url(vendor, path)).json(body);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request.send().await.expect("the sandbox answers");
        self.checked(vendor, operation_id, response).await
    }

    /// Reads a response and checks it against the spec.
    pub async fn checked(
        &self,
        vendor: Vendor,
        operation_id: &str,
        response: reqwest::Response,
    ) -> Answer {
        let status = response.status().as_u16();
        let text = response.text().await.expect("a whole body");
        let body: Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{vendor} {operation_id} {status}: not JSON ({e}): {text}"));
        if let Err(e) =
            otpkit_tests::check_response(&self.specs[&vendor], operation_id, status, &body)
        {
            panic!("the sandbox answered outside the spec: {e}");
        }
        Answer { status, body }
    }

    pub async fn termii(&self, operation_id: &str, path: &str, body: &Value) -> Answer {
        self.call(Vendor::Termii, operation_id, Method::POST, path, &[], body)
            .await
    }

    /// A credential the sandbox accepts, by its client variable (`TERMII_API_KEY`).
    pub fn var(&self, name: &str) -> String {
        match self.sandbox.config().var(name) {
            Some(value) => value.to_string(),
            None => panic!("the sandbox has no setting {name}"),
        }
    }

    pub async fn shoutout(&self, operation_id: &str, path: &str, body: &Value) -> Answer {
        let auth = format!("Apikey {}", self.var("SHOUTOUT_API_KEY"));
        self.call(
            Vendor::Shoutout,
            operation_id,
            Method::POST,
            path,
            &[("authorization", &auth)],
            body,
        )
        .await
    }

    pub async fn octopush(
        &self,
        operation_id: &str,
        method: Method,
        path: &str,
        body: &Value,
    ) -> Answer {
        let c = self.sandbox.config();
        let headers = [
            ("api-login", c.var("OCTOPUSH_API_LOGIN").unwrap()),
            ("api-key", c.var("OCTOPUSH_API_KEY").unwrap()),
        ];
        self.call(Vendor::Octopush, operation_id, method, path, &headers, body)
            .await
    }

    pub async fn pipwave(&self, body: &Value) -> Answer {
        let key = self.var("PIPWAVE_API_KEY");
        self.call(
            Vendor::Pipwave,
            "phone_verify",
            Method::POST,
            "/phone-verify",
            &[("x-api-key", &key)],
            body,
        )
        .await
    }

    /// The code of the newest message to `destination`.
    pub fn code_for(&self, destination: &str) -> String {
        self.sandbox
            .last_code_for(destination)
            .unwrap_or_else(|| panic!("nothing was delivered to {destination}"))
    }
}

/// Fails if an error body reads like a Rust deserializer rather than like the vendor.
pub fn assert_reads_like_the_vendor(body: &Value) {
    let text = body.to_string();
    for marker in [
        "invalid type",
        "missing field",
        "untagged enum",
        "did not match any variant",
        "unknown variant",
        "invalid value:",
        "line 1 column",
        "expected ",
        "PhoneVerifyRequest",
        "Request`",
    ] {
        assert!(
            !text.contains(marker),
            "a deserializer's words ({marker:?}) in {text}"
        );
    }
}

/// A code that differs from `code` in every position but has the same length and alphabet class.
pub fn wrong(code: &str) -> String {
    code.chars()
        .map(|c| match c {
            '0'..='8' => ((c as u8) + 1) as char,
            '9' => '0',
            'A'..='Y' => ((c as u8) + 1) as char,
            _ => 'A',
        })
        .collect()
}

/// Polls `condition` until it holds, and fails the test naming `what` if it still does not
/// after `within`. Tests wait on something they can observe (a counter, the inbox, a closed
/// port) rather than sleeping a guessed time, which is too short on a busy 2-core machine and
/// wasted time everywhere else; `within` is only the point at which to give up.
pub async fn eventually<F, Fut>(within: std::time::Duration, what: &str, mut condition: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = std::time::Instant::now() + within;
    while !condition().await {
        assert!(
            std::time::Instant::now() < deadline,
            "{what}: still not so after {within:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
}

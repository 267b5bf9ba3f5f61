//! What keeps other web pages out of the sandbox's own routes (its page and `/_sandbox/*`): a
//! page open in the developer's browser can make it send requests to `127.0.0.1`, so
//! - the `Host` must be a loopback name (`localhost`, `127.0.0.1`, `[::1]`, any port) or one
//!   allowed with `--allow-host` (a container's name): a DNS-rebinding page's requests carry
//!   its own host name and are refused 403;
//! - a `POST` must say `Content-Type: application/json` (415 otherwise): a cross-site form or
//!   "simple" request cannot, and a page's script cannot either without a CORS preflight, which
//!   the sandbox never grants (it sends no CORS headers at all).
//!
//! The vendors' routes keep any `Host` and body type: a client in another container calls
//! `http://sandbox:8080/termii` as it would call the vendor.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Request, State};
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::shared::Shared;

/// The host of a `Host` header value, without its port (`[::1]:8080` is `::1`).
fn host_of(value: &str) -> &str {
    let value = value.trim();
    if let Some(rest) = value.strip_prefix('[') {
        return rest.split(']').next().unwrap_or_default();
    }
    value.split(':').next().unwrap_or_default()
}

/// Whether `host` (from a `Host` header) may reach the sandbox's own routes.
pub(crate) fn allowed(host: &str, allowed_hosts: &[String]) -> bool {
    let host = host_of(host).to_ascii_lowercase();
    let loopback = host == "localhost"
        || host.ends_with(".localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.to_canonical().is_loopback());
    loopback || allowed_hosts.iter().any(|a| a.eq_ignore_ascii_case(&host))
}

fn refusal(status: StatusCode, message: String) -> Response {
    (status, Json(json!({ "error": message }))).into_response()
}

/// The middleware of the sandbox's own routes.
pub(crate) async fn guard(
    State(shared): State<Arc<Shared>>,
    request: Request,
    next: Next,
) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if !allowed(host, &shared.config.allowed_hosts) {
        return refusal(
            StatusCode::FORBIDDEN,
            format!(
                "the sandbox's page and control routes answer only loopback host names (localhost, \
                 127.0.0.1, [::1]), not `{}`; start it with --allow-host {} to allow that name",
                host_of(host),
                host_of(host)
            ),
        );
    }
    if request.method() == Method::POST {
        let json = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"));
        if !json {
            return refusal(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "control requests are JSON: send `Content-Type: application/json` (with curl: \
                 -H 'Content-Type: application/json')"
                    .into(),
            );
        }
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_names_and_allowed_hosts_pass_any_other_is_refused() {
        let none: [String; 0] = [];
        for ok in [
            "localhost",
            "localhost:8080",
            "127.0.0.1:8080",
            "[::1]:80",
            "app.localhost",
        ] {
            assert!(allowed(ok, &none), "{ok}");
        }
        for bad in [
            "",
            "evil.example",
            "evil.example:8080",
            "10.0.0.5:8080",
            "localhost.evil.example",
        ] {
            assert!(!allowed(bad, &none), "{bad}");
        }
        assert!(allowed("Sandbox:8080", &["sandbox".to_string()]));
    }
}

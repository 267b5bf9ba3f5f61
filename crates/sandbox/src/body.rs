//! Reading a request body the way every vendor route needs: size-limited, JSON, decoded into
//! the vendor's generated request type (so a spec change that breaks the sandbox breaks its
//! build), with failures turned into the vendor's own error response.

use axum::body::Body;
use axum::http::{HeaderMap, Request, header};
use axum::response::Response;
use serde::de::DeserializeOwned;

/// Largest request body any route accepts: OTP requests are a few hundred bytes.
pub(crate) const MAX_BODY_BYTES: usize = 64 * 1024;

/// How a vendor phrases a refused request: HTTP status and message in, its error response out.
pub(crate) type Refuse = fn(u16, &str) -> Response;

/// The headers and decoded body of `request`, or the vendor's error for what was wrong.
/// `require_json` checks the `Content-Type` (pipwave's own clients send JSON without one).
pub(crate) async fn decode<T: DeserializeOwned>(
    request: Request<Body>,
    require_json: bool,
    refuse: Refuse,
) -> Result<(HeaderMap, T), Response> {
    let (parts, body) = request.into_parts();
    if require_json {
        let content_type = parts
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        if !content_type
            .trim_start()
            .to_ascii_lowercase()
            .starts_with("application/json")
        {
            return Err(refuse(415, "Content-Type must be application/json"));
        }
    }
    let bytes = axum::body::to_bytes(body, MAX_BODY_BYTES)
        .await
        .map_err(|_| {
            refuse(
                413,
                &format!("request body is larger than {MAX_BODY_BYTES} bytes"),
            )
        })?;
    let value = serde_json::from_slice(&bytes)
        .map_err(|_| refuse(400, "The request body is not valid JSON."))?;
    Ok((parts.headers, value))
}

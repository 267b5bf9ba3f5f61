//! Reading a request body the way every vendor route needs: size-limited, JSON or form-encoded
//! as the vendor's spec says, decoded into the vendor's generated request type (so a spec
//! change that breaks the sandbox breaks its build), with failures turned into the vendor's own
//! error response.

use axum::body::Body;
use axum::http::{HeaderMap, Request, header};
use axum::response::Response;
use serde::de::DeserializeOwned;

use crate::vendors::Invalid;

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
    let required = require_json.then_some("application/json");
    let (headers, bytes) = read(request, required, refuse).await?;
    let value = serde_json::from_slice(&bytes)
        .map_err(|_| refuse(400, "The request body is not valid JSON."))?;
    Ok((headers, value))
}

/// The headers of an `application/x-www-form-urlencoded` `request`, and its body decoded into
/// `T` (a generated request type), or the field that was missing or unusable.
pub(crate) async fn decode_form<T: DeserializeOwned>(
    request: Request<Body>,
    refuse: Refuse,
) -> Result<(HeaderMap, Result<T, Invalid>), Response> {
    // A request without a Content-Type (one with no body, say) is read as a form: an empty one
    // is then refused for the fields it lacks, as the vendor refuses it.
    let required = request
        .headers()
        .contains_key(header::CONTENT_TYPE)
        .then_some("application/x-www-form-urlencoded");
    let (headers, bytes) = read(request, required, refuse).await?;
    let pairs = serde_urlencoded::Deserializer::new(form_urlencoded::parse(&bytes));
    let decoded = serde_path_to_error::deserialize(pairs).map_err(Invalid::from_path_error);
    Ok((headers, decoded))
}

/// The headers and the size-limited body of `request`, whose `Content-Type` must be
/// `content_type` when one is given.
async fn read(
    request: Request<Body>,
    content_type: Option<&str>,
    refuse: Refuse,
) -> Result<(HeaderMap, bytes::Bytes), Response> {
    let (parts, body) = request.into_parts();
    if let Some(required) = content_type {
        let sent = parts
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        if !sent.trim_start().to_ascii_lowercase().starts_with(required) {
            return Err(refuse(415, &format!("Content-Type must be {required}")));
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
    Ok((parts.headers, bytes))
}

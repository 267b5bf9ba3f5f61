//! Reading a request body the way every vendor route needs: size-limited, JSON or form-encoded
//! as the vendor's spec says, decoded into the vendor's generated request type (so a spec
//! change that breaks the sandbox breaks its build), with failures turned into the vendor's own
//! error response; and the JSON answer every route writes ([`json`]).

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
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

/// A JSON response of `body` (a generated response type) with `status`.
pub(crate) fn json(status: u16, body: &impl Serialize) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    match serde_json::to_vec(body) {
        Ok(bytes) => (status, [(header::CONTENT_TYPE, "application/json")], bytes).into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// What was wrong with a request body: the field, and whether it was missing or unusable.
/// Vendors phrase it in their own words; a deserializer's message never reaches a client.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Invalid {
    /// The field's JSON path (`pin_type`, `content.sms`); empty for the body as a whole.
    pub field: String,
    pub missing: bool,
}

impl Invalid {
    /// What a failed decoding of any format (JSON, a form) found wrong, by the path
    /// `serde_path_to_error` tracked.
    pub(crate) fn from_path_error<E: std::fmt::Display>(e: serde_path_to_error::Error<E>) -> Self {
        let path = e.path().to_string();
        let parent = if path == "." { String::new() } else { path };
        // serde's derive reports a missing field on its parent, naming it in the message.
        let message = e.into_inner().to_string();
        match message
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split('`').next())
        {
            Some(name) if parent.is_empty() => Invalid {
                field: name.into(),
                missing: true,
            },
            Some(name) => Invalid {
                field: format!("{parent}.{name}"),
                missing: true,
            },
            None => Invalid {
                field: parent,
                missing: false,
            },
        }
    }

    /// The field as a vendor's message names it: `pin_type` becomes "pin type".
    pub(crate) fn words(&self) -> String {
        if self.field.is_empty() {
            "request body".into()
        } else {
            self.field.replace(['_', '.'], " ")
        }
    }
}

/// The first field of `T` that `value` sets to `null`: no request field of any spec is
/// nullable, but the generated types read `null` as an absent optional field. Unknown fields
/// may hold anything, `null` included (the specs leave `additionalProperties` open).
fn null_field<T: schemars::JsonSchema>(value: &serde_json::Value) -> Option<String> {
    let nulls: Vec<&String> = value
        .as_object()?
        .iter()
        .filter(|(_, v)| v.is_null())
        .map(|(k, _)| k)
        .collect();
    if nulls.is_empty() {
        // The common case costs no schema.
        return None;
    }
    let schema = schemars::schema_for!(T);
    let known = schema.schema.object?.properties;
    nulls.into_iter().find(|k| known.contains_key(*k)).cloned()
}

/// Decodes a JSON value into a generated request type, naming the offending field on failure.
pub(crate) fn typed<T: serde::de::DeserializeOwned + schemars::JsonSchema>(
    value: serde_json::Value,
) -> Result<T, Invalid> {
    if let Some(field) = null_field::<T>(&value) {
        return Err(Invalid {
            field,
            missing: false,
        });
    }
    // The common case decodes directly; only a refused body pays for tracking the path.
    if let Ok(decoded) = T::deserialize(&value) {
        return Ok(decoded);
    }
    serde_path_to_error::deserialize(value).map_err(Invalid::from_path_error)
}

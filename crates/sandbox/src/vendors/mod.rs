//! The four vendors' routes, each in its own module, under the vendor's prefix.

pub(crate) mod octopush;
pub(crate) mod pipwave;
pub(crate) mod shoutout;
pub(crate) mod termii;

use std::sync::Arc;

use axum::Router;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::{Shared, Vendor};

pub(crate) fn router() -> Router<Arc<Shared>> {
    termii::router()
        .merge(pipwave::router())
        .merge(shoutout::router())
        .merge(octopush::router())
}

/// `vendor`'s error response for `status`, in its own documented shape.
pub(crate) fn refuse(vendor: Vendor, status: u16, message: &str) -> Response {
    match vendor {
        Vendor::Termii => termii::refuse(status, message),
        Vendor::Pipwave => pipwave::refuse(status, message),
        Vendor::Shoutout => shoutout::refuse(status, message),
        Vendor::Octopush => octopush::refuse(status, message),
    }
}

/// A JSON response of `body` (a generated response type) with `status`.
pub(crate) fn json(status: u16, body: &impl Serialize) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    match serde_json::to_vec(body) {
        Ok(bytes) => (status, [(header::CONTENT_TYPE, "application/json")], bytes).into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// Decodes a JSON value into a generated request type; the serde message names the field.
pub(crate) fn typed<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> Result<T, String> {
    serde_json::from_value(value).map_err(|e| format!("invalid request body: {e}"))
}

/// Characters of the alphabet made of `sets`.
pub(crate) fn alphabet(sets: &[&str]) -> Vec<char> {
    sets.iter().flat_map(|s| s.chars()).collect()
}

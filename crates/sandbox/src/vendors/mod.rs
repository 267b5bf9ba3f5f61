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

/// `vendor`'s account balance, where the sandbox models one.
pub(crate) fn balance(shared: &Shared, vendor: Vendor) -> Option<f64> {
    match vendor {
        Vendor::Termii => Some(termii::balance(shared)),
        Vendor::Pipwave => Some(pipwave::balance(shared)),
        Vendor::Shoutout | Vendor::Octopush => None,
    }
}

/// Sets `vendor`'s account balance; why not, when the amount or the vendor cannot have one.
pub(crate) fn set_balance(shared: &Shared, vendor: Vendor, balance: f64) -> Result<(), String> {
    if !balance.is_finite() || balance < 0.0 {
        return Err(format!("balance must be 0 or more, got {balance}"));
    }
    match vendor {
        Vendor::Termii => termii::set_balance(shared, balance),
        Vendor::Pipwave => pipwave::set_balance(shared, balance),
        Vendor::Shoutout | Vendor::Octopush => {
            return Err(format!(
                "the sandbox models no balance for {vendor} (only termii and pipwave)"
            ));
        }
    }
    Ok(())
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
    serde_path_to_error::deserialize(value).map_err(|e| {
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
    })
}

/// Characters of the alphabet made of `sets`.
pub(crate) fn alphabet(sets: &[&str]) -> Vec<char> {
    sets.iter().flat_map(|s| s.chars()).collect()
}

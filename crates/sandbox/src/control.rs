//! The sandbox's own HTTP API under `/_sandbox`: the inbox, the clock and fault rules, for
//! tests written in any language.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::json;

use crate::{Fault, Shared, lock};

pub(crate) fn router() -> Router<Arc<Shared>> {
    Router::new()
        .route("/_sandbox/messages", get(messages))
        .route("/_sandbox/clock", post(advance))
        .route(
            "/_sandbox/faults",
            get(faults).post(add_fault).delete(clear_faults),
        )
}

#[derive(Deserialize)]
struct MessageFilter {
    destination: Option<String>,
}

async fn messages(
    State(shared): State<Arc<Shared>>,
    Query(filter): Query<MessageFilter>,
) -> Response {
    let inbox = lock(&shared.inbox);
    let selected: Vec<_> = inbox
        .iter()
        .filter(|m| filter.destination.as_deref().is_none_or(|d| m.is_for(d)))
        .collect();
    Json(selected).into_response()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Advance {
    advance_secs: u64,
}

fn bad_request(message: String) -> Response {
    (StatusCode::BAD_REQUEST, Json(json!({ "error": message }))).into_response()
}

async fn advance(State(shared): State<Arc<Shared>>, body: axum::body::Bytes) -> Response {
    match serde_json::from_slice::<Advance>(&body) {
        Ok(Advance { advance_secs }) => {
            shared.clock.advance(Duration::from_secs(advance_secs));
            Json(json!({ "now_ms": shared.clock.now().as_millis() as u64 })).into_response()
        }
        Err(e) => bad_request(format!("expected {{\"advance_secs\": <seconds>}}: {e}")),
    }
}

async fn faults(State(shared): State<Arc<Shared>>) -> Response {
    Json(lock(&shared.faults).list()).into_response()
}

async fn add_fault(State(shared): State<Arc<Shared>>, body: axum::body::Bytes) -> Response {
    let fault: Fault = match serde_json::from_slice(&body) {
        Ok(fault) => fault,
        Err(e) => return bad_request(format!("not a fault rule: {e}")),
    };
    if let Some(problem) = fault.problem() {
        return bad_request(problem);
    }
    lock(&shared.faults).add(fault);
    StatusCode::CREATED.into_response()
}

async fn clear_faults(State(shared): State<Arc<Shared>>) -> Response {
    lock(&shared.faults).clear();
    StatusCode::NO_CONTENT.into_response()
}

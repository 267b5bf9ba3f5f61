//! The sandbox's own HTTP API under `/_sandbox`: the inbox, the clock, fault rules, account
//! balances and delivery reports (where and when they are posted, and what they say), for tests written in any language. Every input is checked: a value out of range
//! is answered 400 with a message that names it, never acted on.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::json;

use crate::clock::MAX_ADVANCE;
use crate::faults::Fault;
use crate::inbox::Filter;
use crate::reports::{self, ReportOutcome};
use crate::shared::{Shared, lock};
use crate::vendors;
use crate::vendors::Vendor;

pub(crate) fn router() -> Router<Arc<Shared>> {
    Router::new()
        .route("/_sandbox/messages", get(messages).delete(clear_messages))
        .route("/_sandbox/messages/latest", get(latest_message))
        .route("/_sandbox/messages/schema", get(message_schema))
        .route("/_sandbox/events", get(events))
        .route("/_sandbox/clock", post(advance))
        .route(
            "/_sandbox/faults",
            get(faults).post(add_fault).delete(clear_faults),
        )
        .route("/_sandbox/balances", get(balances).post(set_balance))
        .route("/_sandbox/callbacks", get(callbacks).post(set_callback))
        .route("/_sandbox/report-outcomes", post(set_outcome))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MessageFilter {
    destination: Option<String>,
    vendor: Option<Vendor>,
    since: Option<u64>,
    limit: Option<usize>,
}

/// The query of a message route, or the 400 naming what is wrong with it.
fn message_query<T>(query: Result<Query<T>, QueryRejection>) -> Result<T, Response> {
    query
        .map(|Query(query)| query)
        .map_err(|e| bad_request(format!("the query is unusable: {}", e.body_text())))
}

/// `GET /_sandbox/messages[?destination=&vendor=&since=&limit=]`: a JSON array, oldest first.
/// The messages are copied under the inbox's lock and serialized after it, so that a large
/// answer never holds up a delivery.
async fn messages(
    State(shared): State<Arc<Shared>>,
    query: Result<Query<MessageFilter>, QueryRejection>,
) -> Response {
    let filter = match message_query(query) {
        Ok(filter) => filter,
        Err(response) => return response,
    };
    let filter = Filter {
        destination: filter.destination,
        vendor: filter.vendor,
        since: filter.since,
        limit: filter.limit,
    };
    let selected = lock(&shared.inbox).select(&filter);
    Json(selected).into_response()
}

/// `GET /_sandbox/messages/schema`: the JSON schema of `GET /_sandbox/messages`'s answer.
async fn message_schema() -> Response {
    Json(schemars::schema_for!(Vec<crate::inbox::Message>)).into_response()
}

/// `DELETE /_sandbox/messages`: forgets every message (ids go on from where they were).
async fn clear_messages(State(shared): State<Arc<Shared>>) -> Response {
    lock(&shared.inbox).clear();
    shared.events.cleared();
    StatusCode::NO_CONTENT.into_response()
}

/// `GET /_sandbox/events`: the inbox's live event stream (see `events.rs`); 503 when every
/// subscriber slot is taken.
async fn events(State(shared): State<Arc<Shared>>) -> Response {
    let Some(stream) = shared.events.subscribe() else {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({ "error": format!("{} event streams are open already: close one (a browser tab) and retry", crate::events::MAX_SUBSCRIBERS) })),
        )
            .into_response();
    };
    (
        [
            (axum::http::header::CONTENT_TYPE, "text/event-stream"),
            (axum::http::header::CACHE_CONTROL, "no-cache"),
        ],
        axum::body::Body::from_stream(stream),
    )
        .into_response()
}

/// The longest `wait` of `/_sandbox/messages/latest`.
const MAX_WAIT: Duration = Duration::from_secs(30);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LatestQuery {
    destination: Option<String>,
    since: Option<u64>,
    wait: Option<String>,
}

/// `GET /_sandbox/messages/latest?destination=N[&since=ID][&wait=5s]`: the newest message to
/// `N` after `since`, waiting up to `wait` (at most 30 s) for one to arrive; 408 if none did.
async fn latest_message(
    State(shared): State<Arc<Shared>>,
    query: Result<Query<LatestQuery>, QueryRejection>,
) -> Response {
    let query = match message_query(query) {
        Ok(query) => query,
        Err(response) => return response,
    };
    let Some(destination) = query.destination.filter(|d| !d.trim().is_empty()) else {
        return bad_request(
            "destination is required (a number, `+` optional, or an address)".into(),
        );
    };
    let wait = match query.wait.as_deref().map(humantime::parse_duration) {
        None => Duration::ZERO,
        Some(Ok(wait)) if wait <= MAX_WAIT => wait,
        Some(Ok(wait)) => {
            return bad_request(format!(
                "wait must be at most 30s, got {}",
                humantime::format_duration(wait)
            ));
        }
        Some(Err(e)) => return bad_request(format!("wait must be a duration like 5s: {e}")),
    };
    match shared.wait_for_latest(&destination, query.since, wait).await {
        Some(message) => Json(message).into_response(),
        None => (
            StatusCode::REQUEST_TIMEOUT,
            Json(json!({ "error": format!("no message to {destination} arrived within {}", humantime::format_duration(wait)) })),
        )
            .into_response(),
    }
}

fn bad_request(message: String) -> Response {
    (StatusCode::BAD_REQUEST, Json(json!({ "error": message }))).into_response()
}

/// Decodes a control request body; a malformed one is answered with `expected` and the reason.
fn parse<T: serde::de::DeserializeOwned>(body: &[u8], expected: &str) -> Result<T, Response> {
    serde_json::from_slice(body).map_err(|e| bad_request(format!("expected {expected}: {e}")))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Advance {
    advance_secs: u64,
}

async fn advance(State(shared): State<Arc<Shared>>, body: axum::body::Bytes) -> Response {
    let Advance { advance_secs } = match parse(&body, "{\"advance_secs\": <whole seconds>}") {
        Ok(advance) => advance,
        Err(response) => return response,
    };
    let by = Duration::from_secs(advance_secs);
    if by > MAX_ADVANCE {
        return bad_request(format!(
            "advance_secs must be at most {} (100 years), got {advance_secs}",
            MAX_ADVANCE.as_secs()
        ));
    }
    shared.clock.advance(by);
    let now_ms = u64::try_from(shared.clock.now().as_millis()).unwrap_or(u64::MAX);
    Json(json!({ "now_ms": now_ms })).into_response()
}

async fn faults(State(shared): State<Arc<Shared>>) -> Response {
    Json(lock(&shared.faults).list()).into_response()
}

async fn add_fault(State(shared): State<Arc<Shared>>, body: axum::body::Bytes) -> Response {
    let fault: Fault = match parse(&body, "a fault rule") {
        Ok(fault) => fault,
        Err(response) => return response,
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

async fn balances(State(shared): State<Arc<Shared>>) -> Response {
    let balances: serde_json::Map<_, _> = Vendor::ALL
        .into_iter()
        .filter_map(|vendor| Some((vendor.name().into(), shared.vendors.balance(vendor)?.into())))
        .collect();
    Json(balances).into_response()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SetBalance {
    vendor: Vendor,
    balance: f64,
}

async fn set_balance(State(shared): State<Arc<Shared>>, body: axum::body::Bytes) -> Response {
    let SetBalance { vendor, balance } = match parse(
        &body,
        "{\"vendor\": \"termii\"|\"pipwave\", \"balance\": <amount>}",
    ) {
        Ok(request) => request,
        Err(response) => return response,
    };
    match vendors::set_balance(&shared, vendor, balance) {
        Ok(()) => Json(json!({ vendor.name(): balance })).into_response(),
        Err(problem) => bad_request(problem),
    }
}

/// Where each vendor's reports go, the delay, and how the posted ones went.
async fn callbacks(State(shared): State<Arc<Shared>>) -> Response {
    let reports = &shared.reports;
    let callbacks: serde_json::Map<_, _> = reports
        .callbacks()
        .into_iter()
        .map(|(vendor, url)| (vendor.name().into(), url.into()))
        .collect();
    Json(json!({
        "callbacks": callbacks,
        "delay_ms": reports.delay_ms(),
        "reports": reports.counts(),
    }))
    .into_response()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SetCallback {
    vendor: Vendor,
    /// `null` stops the vendor's reports.
    url: Option<String>,
    delay_ms: Option<u64>,
}

async fn set_callback(State(shared): State<Arc<Shared>>, body: axum::body::Bytes) -> Response {
    let SetCallback {
        vendor,
        url,
        delay_ms,
    } = match parse(
        &body,
        "{\"vendor\": \"termii\", \"url\": \"http://127.0.0.1:PORT/...\"|null, \"delay_ms\": <optional>}",
    ) {
        Ok(request) => request,
        Err(response) => return response,
    };
    let url = match url.as_deref().map(reports::callback_url).transpose() {
        Ok(url) => url,
        Err(problem) => return bad_request(problem),
    };
    if let Some(delay) = delay_ms.map(Duration::from_millis)
        && let Err(problem) = shared.reports.set_delay(delay)
    {
        return bad_request(problem);
    }
    shared.reports.set_callback(vendor, url);
    callbacks(State(shared)).await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SetOutcome {
    destination: String,
    outcome: ReportOutcome,
}

async fn set_outcome(State(shared): State<Arc<Shared>>, body: axum::body::Bytes) -> Response {
    let SetOutcome {
        destination,
        outcome,
    } = match parse(
        &body,
        "{\"destination\": \"+2348012345678\", \"outcome\": \"delivered\"|\"failed\"|\"dnd\"|\"unknown\"}",
    ) {
        Ok(request) => request,
        Err(response) => return response,
    };
    if destination.trim().is_empty() {
        return bad_request("destination must not be empty".into());
    }
    shared.reports.set_outcome(&destination, outcome);
    Json(json!({ "destination": destination, "outcome": outcome })).into_response()
}

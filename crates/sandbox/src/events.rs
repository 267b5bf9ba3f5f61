//! The inbox's live event stream, `GET /_sandbox/events` (server-sent events), for the page and
//! any other tool. Events:
//!
//! - `message`: a delivered message (the JSON of `GET /_sandbox/messages`), `id:` its id;
//! - `state`: a message whose verification state changed (the whole message again);
//! - `cleared`: the inbox was cleared;
//! - `lagged`: this subscriber fell behind and missed events: refetch
//!   `GET /_sandbox/messages?since=<last id seen>`.
//!
//! A delivery's cost does not grow with subscribers: each event is serialized once, when
//! someone listens, and its bytes are shared (a broadcast channel of reference-counted
//! buffers). Each subscriber's events are sent in batches, at most ten a second, and a
//! subscriber that falls more than [`BUFFER`] events behind is told it lagged instead of
//! slowing anyone down. At most [`MAX_SUBSCRIBERS`] streams are open at once.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use serde::Serialize;
use tokio::sync::broadcast;

use crate::inbox::Message;

/// Events a subscriber may be behind before it is told it lagged.
pub(crate) const BUFFER: usize = 1024;
/// Event streams open at once; one more is answered 503.
pub(crate) const MAX_SUBSCRIBERS: usize = 64;
/// The shortest time between two batches to one subscriber (ten a second).
const BATCH_EVERY: Duration = Duration::from_millis(100);
/// A comment sent when nothing else was, so that proxies and browsers keep the stream open.
const KEEP_ALIVE_EVERY: Duration = Duration::from_secs(15);

/// The stream's sender, in [`Shared`](crate::shared::Shared).
pub(crate) struct Events {
    sender: broadcast::Sender<Bytes>,
    subscribers: Arc<AtomicUsize>,
}

impl Default for Events {
    fn default() -> Self {
        Self {
            sender: broadcast::channel(BUFFER).0,
            subscribers: Arc::default(),
        }
    }
}

/// One event in the wire format: `id:` (where given), `event:`, one `data:` line of JSON.
fn encode(kind: &str, id: Option<u64>, data: &impl Serialize) -> Bytes {
    let mut out = Vec::with_capacity(256);
    if let Some(id) = id {
        out.extend_from_slice(format!("id: {id}\n").as_bytes());
    }
    out.extend_from_slice(format!("event: {kind}\ndata: ").as_bytes());
    // Serializing a message cannot fail (strings and numbers); `null` if it ever did. JSON
    // holds no raw newline, so one `data:` line carries it.
    if serde_json::to_writer(&mut out, data).is_err() {
        out.extend_from_slice(b"null");
    }
    out.extend_from_slice(b"\n\n");
    Bytes::from(out)
}

impl Events {
    fn publish(&self, event: impl FnOnce() -> Bytes) {
        // Nobody listening: nothing serialized.
        if self.is_watched() {
            let _ = self.sender.send(event());
        }
    }

    /// Whether any stream is open (events are made only then).
    pub(crate) fn is_watched(&self) -> bool {
        // The slots' counter, not the channel's receiver count, which takes a lock.
        self.subscribers.load(Ordering::Acquire) > 0
    }

    pub(crate) fn delivered(&self, message: &Message) {
        self.publish(|| encode("message", Some(message.id), message));
    }

    pub(crate) fn changed(&self, messages: &[Message]) {
        for message in messages {
            self.publish(|| encode("state", Some(message.id), message));
        }
    }

    pub(crate) fn cleared(&self) {
        self.publish(|| encode("cleared", None, &serde_json::json!({})));
    }

    /// A subscriber's stream of batches, or `None` when [`MAX_SUBSCRIBERS`] are open.
    pub(crate) fn subscribe(
        &self,
    ) -> Option<impl futures_util::Stream<Item = Result<Bytes, std::convert::Infallible>> + use<>>
    {
        let subscribers = self.subscribers.clone();
        let taken = subscribers.fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
            (n < MAX_SUBSCRIBERS).then_some(n + 1)
        });
        if taken.is_err() {
            return None;
        }
        let subscription = Subscription {
            receiver: self.sender.subscribe(),
            _slot: Slot(subscribers),
            first: true,
        };
        Some(futures_util::stream::unfold(
            subscription,
            |mut s| async move {
                let batch = s.next_batch().await?;
                Some((Ok(batch), s))
            },
        ))
    }
}

/// A subscriber's place among [`MAX_SUBSCRIBERS`], given back when its stream is dropped.
struct Slot(Arc<AtomicUsize>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

struct Subscription {
    receiver: broadcast::Receiver<Bytes>,
    _slot: Slot,
    first: bool,
}

impl Subscription {
    /// The next batch: everything pending once the first event arrives (or a keep-alive),
    /// no sooner than [`BATCH_EVERY`] after the last batch. `None` once the sandbox stops.
    async fn next_batch(&mut self) -> Option<Bytes> {
        if std::mem::take(&mut self.first) {
            // Opens the stream at once, so that a client knows it is subscribed.
            return Some(Bytes::from_static(b": subscribed\nretry: 1000\n\n"));
        }
        let mut batch = BytesMut::new();
        match tokio::time::timeout(KEEP_ALIVE_EVERY, self.receiver.recv()).await {
            Err(_) => return Some(Bytes::from_static(b": keep-alive\n\n")),
            Ok(Ok(event)) => batch.extend_from_slice(&event),
            Ok(Err(broadcast::error::RecvError::Lagged(missed))) => {
                batch.extend_from_slice(&lagged(missed));
            }
            Ok(Err(broadcast::error::RecvError::Closed)) => return None,
        }
        // Coalesce: what else arrives within the batch interval goes in the same write.
        tokio::time::sleep(BATCH_EVERY).await;
        loop {
            match self.receiver.try_recv() {
                Ok(event) => batch.extend_from_slice(&event),
                Err(broadcast::error::TryRecvError::Lagged(missed)) => {
                    batch.extend_from_slice(&lagged(missed));
                }
                Err(_) => break,
            }
        }
        Some(batch.freeze())
    }
}

/// The event telling a subscriber it missed `missed` events.
fn lagged(missed: u64) -> Bytes {
    encode("lagged", None, &serde_json::json!({ "missed": missed }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_event_is_one_data_line_of_json_with_its_id() {
        let bytes = encode("state", Some(7), &serde_json::json!({ "text": "a\nb" }));
        assert_eq!(
            std::str::from_utf8(&bytes).unwrap(),
            "id: 7\nevent: state\ndata: {\"text\":\"a\\nb\"}\n\n"
        );
    }

    #[test]
    fn subscribers_are_bounded_and_give_their_slot_back() {
        let events = Events::default();
        let open: Vec<_> = (0..MAX_SUBSCRIBERS).map(|_| events.subscribe()).collect();
        assert!(open.iter().all(Option::is_some));
        assert!(events.subscribe().is_none());
        drop(open);
        assert!(events.subscribe().is_some());
    }
}

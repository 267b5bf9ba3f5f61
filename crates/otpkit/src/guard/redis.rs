//! [`RedisStore`]: the guard's counts in Redis, one set of limits for every replica.

use std::sync::OnceLock;
use std::time::Duration;

use async_trait::async_trait;
use hmac::{Hmac, Mac};
use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use secrecy::{ExposeSecret, SecretString};
use sha2::Sha256;

use super::store::{Adjust, Admission, GuardStore, Key, KeyValue, Limit, Step, StoreError, scaled};
use crate::error::Error;

/// The environment variable [`RedisStore::from_env`] reads the server's URL from.
pub const REDIS_URL_VAR: &str = "OTPKIT_GUARD_REDIS_URL";
/// The environment variable [`RedisStore::from_env`] reads the key-hashing secret from.
pub const GUARD_SECRET_VAR: &str = "OTPKIT_GUARD_SECRET";
/// The fewest characters the key-hashing secret may have.
const MIN_SECRET_CHARS: usize = 32;
/// How long a decision may take before it fails (closed, unless the guard fails open).
const DEFAULT_TIMEOUT: Duration = Duration::from_millis(250);

/// The decision and the adjustments, as one script each call runs by its digest.
static SCRIPT: OnceLock<redis::Script> = OnceLock::new();

fn script() -> &'static redis::Script {
    SCRIPT.get_or_init(|| redis::Script::new(include_str!("guard.lua")))
}

/// The guard's counts in Redis (feature `redis`): every replica pointed at the same server
/// enforces one set of limits, and an approval verified on one replica is credited for a
/// code sent from another.
///
/// - One round trip per decision: a Lua script (`guard.lua`) checks and counts every rule
///   atomically, on the server's clock.
/// - Every key has a TTL (its window); keys are `<namespace>:<kind>:<hash>`, the hash an
///   HMAC-SHA256 of the value under the configured secret, so Redis never holds a number, and
///   nobody without the secret can tell which number a key counts.
/// - One multiplexed connection that reconnects by itself (redis-rs' `ConnectionManager`:
///   concurrent decisions are pipelined on it, as a pool would spread them); every call
///   gives up after its timeout (250 ms by default) with a [`StoreError`], never hangs.
/// - `redis://` only: TLS (`rediss://`) is not compiled in.
/// - A single server or a primary; Redis Cluster is not supported (a decision's keys would
///   have to share a slot).
///
/// ```no_run
/// # async fn run() -> Result<(), otpkit::Error> {
/// use otpkit::guard::RedisStore;
///
/// let store = RedisStore::builder("redis://127.0.0.1:6379")
///     .secret("the same secret on every replica, 32 characters or more")
///     .build()?;
/// # Ok(()) }
/// ```
pub struct RedisStore {
    client: redis::Client,
    connection: OnceLock<ConnectionManager>,
    keyer: Hmac<Sha256>,
    namespace: String,
    timeout: Duration,
}

impl std::fmt::Debug for RedisStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let info = self.client.get_connection_info();
        f.debug_struct("RedisStore")
            .field("server", &info.addr().to_string())
            .field("namespace", &self.namespace)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

/// Builds a [`RedisStore`].
#[derive(Debug)]
pub struct RedisStoreBuilder {
    url: String,
    secret: Option<SecretString>,
    namespace: String,
    timeout: Duration,
}

impl RedisStore {
    /// A builder for the server at `url` (`redis://host:port/db`).
    pub fn builder(url: impl Into<String>) -> RedisStoreBuilder {
        RedisStoreBuilder {
            url: url.into(),
            secret: None,
            namespace: "otpkit:guard".to_string(),
            timeout: DEFAULT_TIMEOUT,
        }
    }

    /// The server `OTPKIT_GUARD_REDIS_URL` names, keys hashed with `OTPKIT_GUARD_SECRET`.
    pub fn from_env() -> Result<Self, Error> {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    /// As [`RedisStore::from_env`], each variable looked up through `vars`.
    pub fn from_vars(vars: impl Fn(&str) -> Option<String>) -> Result<Self, Error> {
        let url = vars(REDIS_URL_VAR).ok_or_else(|| {
            Error::Config(format!("{REDIS_URL_VAR} is not set: the guard's Redis URL").into())
        })?;
        let secret = vars(GUARD_SECRET_VAR).ok_or_else(|| {
            Error::Config(
                format!(
                    "{GUARD_SECRET_VAR} is not set: the secret the guard hashes numbers with in \
                     Redis, the same on every replica ({MIN_SECRET_CHARS} characters or more)"
                )
                .into(),
            )
        })?;
        Self::builder(url).secret(secret).build()
    }

    fn key(&self, key: &Key) -> String {
        let mut mac = self.keyer.clone();
        mac.update(key.kind.as_bytes());
        mac.update(&[0]);
        // The value's kind first, so that a number and text of the same digits differ.
        match &key.value {
            KeyValue::Number(n) => {
                mac.update(b"n");
                mac.update(n.to_string().as_bytes());
            }
            KeyValue::Text(text) => {
                mac.update(b"t");
                mac.update(text.as_bytes());
            }
        }
        let digest = mac.finalize().into_bytes();
        let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
        format!("{}:{}:{hex}", self.namespace, key.kind)
    }

    fn connection(&self) -> Result<ConnectionManager, StoreError> {
        if let Some(connection) = self.connection.get() {
            return Ok(connection.clone());
        }
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(self.timeout))
            .set_response_timeout(Some(self.timeout))
            .set_number_of_retries(1);
        let connection = ConnectionManager::new_lazy_with_config(self.client.clone(), config)
            .map_err(|e| StoreError::Failed(Box::new(e)))?;
        Ok(self.connection.get_or_init(|| connection).clone())
    }

    /// Runs the script once, within the timeout.
    async fn run(&self, invocation: redis::ScriptInvocation<'_>) -> Result<Vec<i64>, StoreError> {
        let mut connection = self.connection()?;
        match tokio::time::timeout(self.timeout, invocation.invoke_async(&mut connection)).await {
            Ok(Ok(answer)) => Ok(answer),
            Ok(Err(error)) => Err(StoreError::Failed(Box::new(error))),
            Err(_) => Err(StoreError::Timeout(self.timeout)),
        }
    }
}

impl RedisStoreBuilder {
    /// The secret keys are hashed with: the same on every replica, 32 characters or more.
    pub fn secret(mut self, secret: impl Into<String>) -> Self {
        self.secret = Some(SecretString::from(secret.into()));
        self
    }

    /// The prefix of every key (`otpkit:guard` by default), to share a server.
    pub fn namespace(mut self, namespace: impl Into<String>) -> Self {
        self.namespace = namespace.into();
        self
    }

    /// How long a decision may take, connecting included (250 ms by default).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The store. It connects on the first decision, so a server that is down now is an error
    /// then, not here. A [`Error::Config`] for a URL Redis cannot use, or a secret missing or
    /// shorter than 32 characters.
    pub fn build(self) -> Result<RedisStore, Error> {
        let secret = self.secret.ok_or_else(|| {
            Error::Config(
                "the guard's Redis store needs a secret to hash keys with \
                 (RedisStoreBuilder::secret, or OTPKIT_GUARD_SECRET)"
                    .into(),
            )
        })?;
        if secret.expose_secret().chars().count() < MIN_SECRET_CHARS {
            return Err(Error::Config(
                format!(
                    "the guard's Redis secret is shorter than {MIN_SECRET_CHARS} characters: use \
                     a random one"
                )
                .into(),
            ));
        }
        let client = redis::Client::open(self.url.as_str()).map_err(|e| {
            Error::Config(crate::error::ConfigError::with_source(
                "the guard's Redis URL is not one this build can use (redis://host:port/db; \
                 rediss:// is not compiled in)",
                e,
            ))
        })?;
        let keyer =
            Hmac::<Sha256>::new_from_slice(secret.expose_secret().as_bytes()).map_err(|e| {
                Error::Config(crate::error::ConfigError::with_source(
                    "the guard's Redis secret",
                    e,
                ))
            })?;
        Ok(RedisStore {
            client,
            connection: OnceLock::new(),
            keyer,
            namespace: self.namespace,
            timeout: self.timeout,
        })
    }
}

fn ms(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

fn joined(durations: &[Duration]) -> String {
    let text: Vec<String> = durations.iter().map(|d| ms(*d).to_string()).collect();
    text.join(",")
}

#[async_trait]
impl GuardStore for RedisStore {
    async fn admit(&self, steps: &[Step]) -> Result<Admission, StoreError> {
        if steps.is_empty() {
            return Ok(Admission::Admitted { seen: false });
        }
        let mut invocation = script().prepare_invoke();
        invocation.arg("admit");
        for step in steps {
            invocation.key(self.key(&step.key));
            let args: [String; 5] = match &step.limit {
                Limit::Window {
                    max,
                    window,
                    weight,
                } => [
                    "w".into(),
                    max.to_string(),
                    ms(*window).to_string(),
                    weight.to_string(),
                    String::new(),
                ],
                Limit::Cooldown {
                    waits,
                    jitter,
                    forget,
                } => [
                    "c".into(),
                    ms(*forget).to_string(),
                    // The script takes the waits as they are: jittered here.
                    joined(
                        &waits
                            .iter()
                            .map(|w| scaled(*w, *jitter))
                            .collect::<Vec<_>>(),
                    ),
                    String::new(),
                    String::new(),
                ],
                Limit::Seen => [
                    "s".into(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                ],
                Limit::Conversion {
                    min_sends,
                    min_permille,
                    window,
                    blocks,
                } => [
                    "v".into(),
                    min_sends.to_string(),
                    min_permille.to_string(),
                    ms(*window).to_string(),
                    joined(blocks),
                ],
            };
            for arg in args {
                invocation.arg(arg);
            }
        }
        match self.run(invocation).await?.as_slice() {
            [1, seen, _] => Ok(Admission::Admitted { seen: *seen == 1 }),
            [0, step, wait] => Ok(Admission::Refused {
                step: usize::try_from(*step).unwrap_or(usize::MAX),
                retry_after: Duration::from_millis(u64::try_from(*wait).unwrap_or(0)),
            }),
            other => Err(StoreError::Failed(
                format!("the guard script answered {other:?}").into(),
            )),
        }
    }

    async fn adjust(&self, changes: &[(Key, Adjust)]) -> Result<(), StoreError> {
        if changes.is_empty() {
            return Ok(());
        }
        let mut invocation = script().prepare_invoke();
        invocation.arg("adjust");
        for (key, change) in changes {
            invocation.key(self.key(key));
            let (op, amount) = match change {
                Adjust::Uncount { weight } => ("uncount", u64::from(*weight)),
                Adjust::Unwait => ("unwait", 0),
                Adjust::Hold { wait } => ("hold", ms(*wait)),
                Adjust::Unsend => ("unsend", 0),
                Adjust::Credit => ("credit", 0),
                Adjust::Forget => ("forget", 0),
            };
            invocation.arg(op).arg(amount).arg("").arg("").arg("");
        }
        self.run(invocation).await.map(|_| ())
    }
}

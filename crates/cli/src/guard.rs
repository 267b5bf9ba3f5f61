//! The guard `send` and `verify` run behind ([`otpkit::Guard`], its default policy): its
//! flags, and how the provider is wrapped.

use std::sync::Arc;

use otpkit::guard::{Guard, GuardPolicy, GuardStore, MemoryStore};
use otpkit::{Error, OtpProvider, Router};

/// The guard's settings on the command line.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct GuardArgs {
    /// Who is asking (an IP address, a user id): the key the guard's caller limits count by.
    /// Without it, no caller limit applies.
    #[arg(long, value_name = "KEY")]
    pub caller: Option<String>,
    /// Keep the guard's counts in Redis at URL (redis://host:port), shared by every process
    /// and machine that uses it; keys are hashed with OTPKIT_GUARD_SECRET (32 characters or
    /// more), which must be set. Without it the guard counts in this process's memory, which
    /// protects nothing across runs: each `otpkit send` starts from zero.
    #[arg(long, value_name = "URL", env = "OTPKIT_GUARD_REDIS_URL")]
    pub guard_redis: Option<String>,
    /// The countries codes may go to, as calling codes (234,60,94,33). By default, the
    /// countries the configured vendors are routed for (with --vendor, its home countries);
    /// Twilio Verify, the global fallback, has none of its own.
    #[arg(long, value_name = "CODES", value_delimiter = ',')]
    pub guard_countries: Vec<u16>,
}

/// What the guard wraps: one vendor's provider and its home countries, or the router.
pub enum Inner {
    Vendor {
        name: String,
        provider: Arc<dyn OtpProvider>,
        home: &'static [u16],
    },
    Router(Router),
}

impl GuardArgs {
    /// `inner` behind a guard with the default policy, counting where the flags say. For a
    /// verification, `verifying` is the destination's country: the allowlist limits sends, so
    /// a vendor without a home country can still verify the codes it sent.
    pub fn wrap(&self, inner: Inner, verifying: Option<u16>) -> Result<Guard, Error> {
        let mut policy = GuardPolicy::default();
        if !self.guard_countries.is_empty() {
            policy = policy.countries(self.guard_countries.iter().copied());
        } else if let Some(country) = verifying {
            policy = policy.countries([country]);
        }
        let builder = match inner {
            Inner::Vendor {
                name,
                provider,
                home,
            } => {
                if self.guard_countries.is_empty() && verifying.is_none() && home.is_empty() {
                    return Err(Error::Config(
                        format!(
                            "the guard allows no country: {name} has no home country of its \
                             own. Name the countries codes may go to: --guard-countries 1,44"
                        )
                        .into(),
                    ));
                }
                if self.guard_countries.is_empty() && verifying.is_none() {
                    policy = policy.countries(home.iter().copied());
                }
                Guard::builder(provider)
            }
            Inner::Router(router) => Guard::builder(router),
        };
        builder.policy(policy).shared_store(self.store()?).build()
    }

    fn store(&self) -> Result<Arc<dyn GuardStore>, Error> {
        let Some(url) = &self.guard_redis else {
            return Ok(Arc::new(MemoryStore::new()));
        };
        redis_store(url)
    }
}

#[cfg(feature = "redis")]
fn redis_store(url: &str) -> Result<Arc<dyn GuardStore>, Error> {
    let vars = |name: &str| match name {
        otpkit::guard::REDIS_URL_VAR => Some(url.to_string()),
        name => std::env::var(name).ok(),
    };
    Ok(Arc::new(otpkit::guard::RedisStore::from_vars(vars)?))
}

#[cfg(not(feature = "redis"))]
fn redis_store(_: &str) -> Result<Arc<dyn GuardStore>, Error> {
    Err(Error::Config(
        "--guard-redis needs otpkit built with its `redis` feature".into(),
    ))
}

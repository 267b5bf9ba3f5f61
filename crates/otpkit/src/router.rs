//! [`Router`]: picks vendors by the destination's country calling code and fails over, in
//! order, only when resending is safe.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_trait::async_trait;

use crate::breaker::{Breaker, BreakerConfig, Evidence, Permit};
use crate::capabilities::Capabilities;
use crate::channel::Channel;
use crate::error::Error;
use crate::funds::{self, Decision, Refreshing, Watch};
use crate::provider::OtpProvider;
use crate::report::{Balance, DeliveryReport, Health};
use crate::request::SendRequest;
use crate::vendor::Vendor;
use crate::vendors::descriptor::VendorDescriptor;
use crate::verification::{Outcome, Verification, VerificationId, VerifyRequest};

/// Sends through the vendors routed for the destination's country calling code, in order.
/// Destinations with no route of their own, and e-mail, take the catch-all route `*`
/// ([`RouterBuilder::catch_all`]; by default every provider, in the order added). Verification,
/// status, balance and health go to the vendor named in the id or the call.
///
/// It fails over to the next vendor only when resending is safe ([`Error::is_retryable`]):
///
/// | The first vendor's error | Fails over? | Why |
/// |---|---|---|
/// | connection refused, DNS or TLS failure, a timeout while connecting | yes | the request was never written |
/// | HTTP 429 the vendor documents as account-wide ([`Error::RateLimited`], `account_wide`: Twilio's 20429) | yes | the account is rate limited; the vendor did not act |
/// | no credit left ([`Error::InsufficientFunds`]: HTTP 402, pipwave 5004, Termii's "Insufficient balance") | yes | the account cannot pay; the vendor did not act (and its breaker does not move: it answered) |
/// | any other HTTP 429 (Termii, ShoutOUT, Octopush, Twilio's other codes) | no | its scope is undocumented: it may be the number's, which another vendor must not get around |
/// | a timeout or a lost connection once the request was written | no | the vendor may have sent the code |
/// | any 5xx answer | no | a gateway answers 502 or 504 after the vendor acted as well as before |
/// | an unreadable answer ([`Error::Decode`]) | no | the vendor answered and may have acted |
/// | [`Error::DestinationLimited`] (pipwave 5002) | no | a per-number limit: wait, do not go elsewhere |
/// | any other refusal (invalid input, unauthorized, a vendor's 4xx) | no | the caller must fix it |
///
/// A duplicate code costs money and confuses the person waiting for it, so an ambiguous
/// failure is the caller's to report, never the router's to resend.
///
/// Each vendor has a circuit breaker ([`BreakerConfig`]), moved only by what the vendor did:
///
/// | A send's result | For the breaker |
/// |---|---|
/// | transport error, timeout, 5xx, an unreadable answer ([`Error::Decode`]) | the vendor is down |
/// | any answer the vendor gave: success, refusal, rate or per-number limit, geo block | the vendor is up |
/// | refused before any request (invalid input, an unsupported option, configuration) | nothing |
///
/// Once it opens, sends skip that vendor without calling it, so the next vendor of the route
/// takes them at once and safely; after a cool-down one send probes it, and only that probe's
/// result closes or reopens it (a late answer to a call made before, or a verify, decides
/// nothing; a probe whose caller gave up lets the next send probe). [`OtpProvider::health`]
/// reports each breaker (`Up` closed, `Down` open, `Degraded` probing); every transition is a
/// `tracing` event. Verification always goes to the vendor that sent the code (no other can
/// check it); a verify that cannot reach the vendor (transport error, timeout) counts towards
/// opening its breaker, and nothing else a verify meets moves it, since its answer follows from
/// a code the caller chose.
///
/// Off by default, a vendor whose account is out of money can be skipped unasked
/// ([`RouterBuilder::skip_below_balance`]): its balance is looked up at most once per
/// [`RouterBuilder::balance_refresh`] interval, by one send at a time, and a live
/// [`Error::InsufficientFunds`] marks it exhausted until a later look-up finds money.
///
/// Any [`OtpProvider`] can be routed to, your own included: routes name vendors, and each
/// provider says which vendors it serves in its [`Capabilities`].
///
/// ```
/// # fn providers() -> Result<(), otpkit::Error> {
/// use otpkit::{Router, Vendor};
/// # #[cfg(all(feature = "termii", feature = "octopush"))] {
/// let termii = otpkit::vendors::termii::Termii::builder().api_key("k").sender_id("Acme").build()?;
/// let octopush = otpkit::vendors::octopush::Octopush::builder().api_login("me@example.com").api_key("k").build()?;
/// let router = Router::builder()
///     .provider(termii)
///     .provider(octopush)
///     .route(234, [Vendor::TERMII, Vendor::OCTOPUSH]) // Nigeria: Termii, then Octopush
///     .route(33, [Vendor::OCTOPUSH])
///     .build()?;
/// # }
/// # Ok(()) }
/// ```
#[derive(Debug)]
pub struct Router {
    providers: Vec<Arc<dyn OtpProvider>>,
    by_vendor: BTreeMap<Vendor, usize>,
    breakers: BTreeMap<Vendor, Breaker>,
    routes: BTreeMap<u16, Vec<Vendor>>,
    catch_all: Vec<Vendor>,
    capabilities: Vec<Capabilities>,
    funds: BTreeMap<Vendor, Watch>,
}

/// Builds a [`Router`].
#[derive(Debug, Default)]
pub struct RouterBuilder {
    providers: Vec<Arc<dyn OtpProvider>>,
    routes: BTreeMap<u16, Vec<Vendor>>,
    catch_all: Option<Vec<Vendor>>,
    breaker: BreakerConfig,
    floors: BTreeMap<Vendor, f64>,
    balance_refresh: Option<Duration>,
}

impl RouterBuilder {
    /// Adds a vendor provider. Providers without a route are tried in the order added.
    pub fn provider(self, provider: impl OtpProvider + 'static) -> Self {
        self.shared_provider(Arc::new(provider))
    }

    /// Adds a provider already shared elsewhere.
    pub fn shared_provider(mut self, provider: Arc<dyn OtpProvider>) -> Self {
        self.providers.push(provider);
        self
    }

    /// Sends to numbers with country calling code `country_code` through `vendors`, in order.
    pub fn route(mut self, country_code: u16, vendors: impl IntoIterator<Item = Vendor>) -> Self {
        self.routes
            .insert(country_code, vendors.into_iter().collect());
        self
    }

    /// The catch-all route `*`: the vendors, in order, for destinations no [`route`] names
    /// (and e-mail). Without it, every provider in the order added; an empty list sends
    /// nothing that has no route of its own.
    ///
    /// [`route`]: RouterBuilder::route
    pub fn catch_all(mut self, vendors: impl IntoIterator<Item = Vendor>) -> Self {
        self.catch_all = Some(vendors.into_iter().collect());
        self
    }

    /// When each vendor's circuit breaker opens and recovers (default
    /// [`BreakerConfig::default`]).
    pub fn breaker(mut self, config: BreakerConfig) -> Self {
        self.breaker = config;
        self
    }

    /// Routes each vendor of `descriptors` that has a provider to its home countries (its
    /// [`VendorDescriptor::countries`]; with [`BUILT_IN`]: Termii +234, pipwave +60, ShoutOUT
    /// +94, Octopush +33), then adds each global fallback that has a provider
    /// ([`VendorDescriptor::fallback`]: Twilio Verify) after them on every one of those routes,
    /// and first on the catch-all route (then every other provider, in the order added). Routes
    /// already set, and a catch-all already set, are kept as they are. The router knows no
    /// vendor of its own: pass [`BUILT_IN`], or descriptors of your own.
    ///
    /// A fallback only takes a send the route's first vendor provably did not act on (see the
    /// table above), and only if it can honour the request's options: Twilio Verify fixes the
    /// code's length, lifetime and message in its Verify Service, so a request with a custom
    /// template, code length or lifetime never falls back to it.
    ///
    /// [`BUILT_IN`]: crate::vendors::BUILT_IN
    pub fn default_routes(mut self, descriptors: &[&VendorDescriptor]) -> Self {
        let configured: Vec<&Vendor> = self
            .providers
            .iter()
            .flat_map(|p| p.capabilities().iter().map(|c| &c.vendor))
            .collect();
        let present = || {
            descriptors
                .iter()
                .filter(|d| configured.contains(&&d.vendor))
        };
        let fallbacks: Vec<Vendor> = present()
            .filter(|d| d.fallback)
            .map(|d| d.vendor.clone())
            .collect();
        let mut homes: BTreeMap<u16, Vec<Vendor>> = BTreeMap::new();
        for descriptor in present() {
            for &code in descriptor.countries {
                homes
                    .entry(code)
                    .or_default()
                    .push(descriptor.vendor.clone());
            }
        }
        for (code, mut vendors) in homes {
            for fallback in &fallbacks {
                if !vendors.contains(fallback) {
                    vendors.push(fallback.clone());
                }
            }
            self.routes.entry(code).or_insert(vendors);
        }
        if self.catch_all.is_none() && !fallbacks.is_empty() {
            let rest = configured.iter().filter(|v| !fallbacks.contains(v));
            self.catch_all = Some(fallbacks.iter().chain(rest.copied()).cloned().collect());
        }
        self
    }

    /// Skips `vendor` while its last known balance is under `below`, in the unit its
    /// [`OtpProvider::balance`] answers (Termii's wallet currency, Octopush's euros): sends go
    /// to the next vendor of the route without calling it. Off by default. The balance is
    /// looked up by a send when the last look-up is older than [`Self::balance_refresh`],
    /// one send at a time; a vendor without a balance look-up is never skipped for it, but an
    /// [`Error::InsufficientFunds`] from it marks it exhausted just the same, until a look-up
    /// answers with money.
    pub fn skip_below_balance(mut self, vendor: Vendor, below: f64) -> Self {
        self.floors.insert(vendor, below);
        self
    }

    /// How long a looked-up balance stands before a send looks it up again (60 s by default;
    /// 1 s to a day).
    pub fn balance_refresh(mut self, every: Duration) -> Self {
        self.balance_refresh = Some(every);
        self
    }

    /// The router, or a [`Error::Config`] when there is no provider, two providers serve one
    /// vendor, a route or a balance floor names a vendor with no provider, a floor is negative
    /// or not a number, or the balance refresh is outside 1 s to a day.
    pub fn build(self) -> Result<Router, Error> {
        if self.providers.is_empty() {
            return Err(Error::Config("a router needs at least one provider".into()));
        }
        let mut by_vendor = BTreeMap::new();
        let mut capabilities = Vec::new();
        for (index, provider) in self.providers.iter().enumerate() {
            for c in provider.capabilities() {
                if by_vendor.insert(c.vendor.clone(), index).is_some() {
                    return Err(Error::Config(
                        format!("two providers serve {}", c.vendor).into(),
                    ));
                }
                capabilities.push(c.clone());
            }
        }
        let routes = self
            .routes
            .iter()
            .map(|(code, vendors)| (format!("+{code}"), vendors))
            .chain(self.catch_all.iter().map(|v| ("*".to_string(), v)));
        for (route, vendors) in routes {
            if let Some(missing) = vendors.iter().find(|v| !by_vendor.contains_key(v)) {
                return Err(Error::Config(
                    format!("the route for {route} names {missing}, which has no provider").into(),
                ));
            }
        }
        let every = self.balance_refresh.unwrap_or(funds::DEFAULT_REFRESH);
        if !(Duration::from_secs(1)..=Duration::from_secs(86_400)).contains(&every) {
            return Err(Error::Config(
                format!("the balance refresh must be 1 s to a day, got {every:?}").into(),
            ));
        }
        let mut funds = BTreeMap::new();
        for (vendor, below) in self.floors {
            if !by_vendor.contains_key(&vendor) {
                return Err(Error::Config(
                    format!("a balance floor names {vendor}, which has no provider").into(),
                ));
            }
            if !below.is_finite() || below < 0.0 {
                return Err(Error::Config(
                    format!("the balance floor of {vendor} must be 0 or more, got {below}").into(),
                ));
            }
            funds.insert(vendor, Watch::new(below, every));
        }
        let catch_all = self
            .catch_all
            .unwrap_or_else(|| capabilities.iter().map(|c| c.vendor.clone()).collect());
        let breakers = by_vendor
            .keys()
            .map(|vendor| (vendor.clone(), Breaker::new(self.breaker.clone())))
            .collect();
        Ok(Router {
            providers: self.providers,
            by_vendor,
            breakers,
            routes: self.routes,
            catch_all,
            capabilities,
            funds,
        })
    }
}

impl Router {
    /// A builder; see [`RouterBuilder`].
    pub fn builder() -> RouterBuilder {
        RouterBuilder::default()
    }

    /// The vendors to try for `request`, in order.
    fn candidates(&self, request: &SendRequest) -> Vec<&Vendor> {
        let routed = match request.get_channel() {
            Channel::Email => None,
            _ => request
                .phone()
                .ok()
                .and_then(|p| self.routes.get(&p.country_code())),
        };
        routed.unwrap_or(&self.catch_all).iter().collect()
    }

    /// The route for country calling code `country_code` (`None`: the catch-all's), and the
    /// catch-all route `*`: for dashboards and start-up logs.
    pub fn route_for(&self, country_code: Option<u16>) -> &[Vendor] {
        country_code
            .and_then(|code| self.routes.get(&code))
            .unwrap_or(&self.catch_all)
    }

    /// The country calling codes with a route of their own, in ascending order: what the
    /// catch-all serves is not among them (a [`Guard`](crate::guard::Guard)'s default
    /// allowlist).
    pub fn routed_countries(&self) -> Vec<u16> {
        self.routes.keys().copied().collect()
    }

    /// Whether `vendor` may take a send under its balance rule: looks the balance up first
    /// when this send holds the refresh.
    async fn has_funds(&self, vendor: &Vendor, provider: &Arc<dyn OtpProvider>) -> bool {
        let Some(watch) = self.funds.get(vendor) else {
            return true;
        };
        let decision = match watch.decide(Instant::now()) {
            Decision::Refresh => {
                let mut refreshing = Refreshing { watch, done: false };
                let amount = match provider.balance(vendor).await {
                    Ok(balance) => Some(balance.amount),
                    Err(e) => {
                        tracing::debug!(
                            vendor = vendor.name(),
                            error = e.kind(),
                            "balance look-up failed"
                        );
                        None
                    }
                };
                refreshing.done = true;
                watch.refreshed(amount, Instant::now())
            }
            decision => decision,
        };
        decision == Decision::Use
    }

    /// The provider serving `vendor`, or a [`Error::Config`] saying there is none.
    fn provider(&self, vendor: &Vendor) -> Result<&Arc<dyn OtpProvider>, Error> {
        self.by_vendor
            .get(vendor)
            .and_then(|&i| self.providers.get(i))
            .ok_or_else(|| {
                Error::Config(format!("no {vendor} provider is configured in this router").into())
            })
    }
}

#[async_trait]
impl OtpProvider for Router {
    fn capabilities(&self) -> &[Capabilities] {
        &self.capabilities
    }

    async fn send(&self, request: &SendRequest) -> Result<Verification, Error> {
        let mut last_error = None;
        let mut skipped = None;
        let mut unsupported = None;
        let mut short = None;
        for vendor in self.candidates(request) {
            let Ok(provider) = self.provider(vendor) else {
                continue;
            };
            // A vendor that cannot honour the request's channel or options is skipped before
            // any call, so that a fallback never fails mid-way on an option it lacks.
            let Some(capabilities) = provider.capabilities().iter().find(|c| c.vendor == *vendor)
            else {
                continue;
            };
            if !capabilities.channels.contains(&request.get_channel()) {
                continue;
            }
            let checked = match capabilities.supports(request) {
                Ok(checked) => checked,
                Err(cannot) => {
                    tracing::debug!(vendor = vendor.name(), error = %cannot, "skipping a vendor");
                    unsupported.get_or_insert(cannot);
                    continue;
                }
            };
            if !self.has_funds(vendor, provider).await {
                tracing::debug!(
                    vendor = vendor.name(),
                    "balance under its floor: skipping the vendor"
                );
                short.get_or_insert(vendor);
                continue;
            }
            let ticket = match self.breakers.get(vendor).map(|b| b.permit(vendor.name())) {
                Some(Permit::Refused(until)) => {
                    tracing::debug!(vendor = vendor.name(), "breaker open: skipping the vendor");
                    skipped.get_or_insert((vendor, until));
                    continue;
                }
                Some(Permit::Call(ticket)) => Some(ticket),
                None => None,
            };
            let result = provider.send_checked(request, checked).await;
            if let Some(ticket) = ticket {
                ticket.record(vendor.name(), Evidence::of_send(&result));
            }
            match result {
                Ok(verification) => return Ok(verification),
                Err(error) if error.is_retryable() => {
                    if let (Error::InsufficientFunds { .. }, Some(watch)) =
                        (&error, self.funds.get(vendor))
                    {
                        watch.exhausted();
                    }
                    tracing::warn!(
                        vendor = vendor.name(),
                        error = error.kind(),
                        "the vendor did not act on the send; failing over"
                    );
                    last_error = Some(error);
                }
                Err(error) => return Err(error),
            }
        }
        if let Some(error) = last_error {
            return Err(error);
        }
        if let Some((vendor, until)) = skipped {
            return Err(Error::Unavailable {
                vendor: vendor.clone(),
                retry_after: Some(until.saturating_duration_since(std::time::Instant::now())),
            });
        }
        // Every vendor able to send was skipped for want of money: nothing was sent.
        if let Some(vendor) = short {
            return Err(Error::InsufficientFunds {
                vendor: vendor.clone(),
            });
        }
        // No vendor of the route can honour the request: the first one's reason names the
        // option; if none even has the channel, the channel.
        Err(unsupported.unwrap_or_else(|| Error::InvalidInput {
            field: "channel",
            reason: format!(
                "no configured vendor for this destination sends on the {} channel",
                request.get_channel().name()
            ),
        }))
    }

    async fn verify(&self, request: &VerifyRequest) -> Result<Outcome, Error> {
        let vendor = request.id().vendor();
        let result = self.provider(vendor)?.verify(request).await;
        if let Some(breaker) = self.breakers.get(vendor) {
            breaker.observe(vendor.name(), Evidence::of_verify(&result));
        }
        result
    }

    async fn status(&self, id: &VerificationId) -> Result<DeliveryReport, Error> {
        self.provider(id.vendor())?.status(id).await
    }

    async fn balance(&self, vendor: &Vendor) -> Result<Balance, Error> {
        self.provider(vendor)?.balance(vendor).await
    }

    /// The vendor's circuit breaker: `Up` closed, `Down` open, `Degraded` probing (or due to).
    async fn health(&self, vendor: &Vendor) -> Result<Health, Error> {
        self.provider(vendor)?;
        Ok(self
            .breakers
            .get(vendor)
            .map_or(Health::Up, |breaker| breaker.health()))
    }
}

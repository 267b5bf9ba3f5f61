//! The vendors the sandbox stands in for: one module each, owning its routes, its state and
//! the settings a client needs to reach it. The `vendors!` list below is the one place that
//! names them, beside the `mod` lines (plain, so that `cargo fmt` reaches every module: rustfmt
//! does not expand macros).

pub(crate) mod octopush;
pub(crate) mod pipwave;
pub(crate) mod shoutout;
pub(crate) mod termii;
pub(crate) mod twilio_verify;

use std::sync::{Arc, Mutex};

use axum::Router;
use axum::response::Response;
use serde::{Deserialize, Serialize};

use crate::config::Config;

use crate::shared::{Shared, lock};

/// What every vendor module's `State` offers besides its own routes' needs.
pub(crate) trait Model: Send + Sized + 'static {
    /// The state of a fresh sandbox.
    fn new(config: &Config) -> Self;

    /// The account balance, where the sandbox models one.
    fn balance(&self) -> Option<f64> {
        None
    }

    /// Sets the balance; `false` when the sandbox models none for this vendor.
    fn set_balance(&mut self, _balance: f64) -> bool {
        false
    }
}

/// The settings a client needs to reach a vendor's stand-in, named as otpkit's environment
/// variables: the base URL's variable, and the credentials and sender IDs with the values the
/// sandbox accepts by default.
pub(crate) struct ClientSettings {
    pub base_url: &'static str,
    pub settings: &'static [(&'static str, &'static str)],
}

/// A vendor's name: its module's, or the one given where the name has a `-` (the spec's file
/// name, which a Rust module cannot spell).
macro_rules! vendor_name {
    ($module:ident) => {
        stringify!($module)
    };
    ($module:ident $name:literal) => {
        $name
    };
}

macro_rules! vendors {
    ($($variant:ident => $module:ident $(as $name:literal)?),* $(,)?) => {

        /// One of the vendors the sandbox stands in for. It reads and writes as its name.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Vendor {
            $($variant,)*
        }

        impl Vendor {
            /// Every vendor, in a fixed order.
            pub const ALL: [Vendor; [$(Vendor::$variant),*].len()] = [$(Vendor::$variant),*];

            /// The lowercase name, as the sandbox API, otpkit and the spec's file name spell it.
            pub fn name(self) -> &'static str {
                match self {
                    $(Vendor::$variant => vendor_name!($module $($name)?),)*
                }
            }

            /// The path under which the sandbox serves this vendor; its base URL is the
            /// sandbox's address followed by this.
            pub fn base_path(self) -> &'static str {
                match self {
                    $(Vendor::$variant => $module::BASE_PATH,)*
                }
            }

            /// A phone number in the vendor's home country, for demos and tests.
            pub fn example_number(self) -> &'static str {
                match self {
                    $(Vendor::$variant => $module::EXAMPLE_NUMBER,)*
                }
            }

            pub(crate) fn client_env(self) -> &'static ClientSettings {
                match self {
                    $(Vendor::$variant => &$module::CLIENT_ENV,)*
                }
            }

            /// The vendor's error response for `status`, in its own documented shape.
            pub(crate) fn refuse(self, status: u16, message: &str) -> Response {
                match self {
                    $(Vendor::$variant => $module::refuse(status, message),)*
                }
            }
        }

        /// Every vendor's state, each behind its own lock.
        pub(crate) struct States {
            $(pub $module: Mutex<$module::State>,)*
        }

        impl States {
            pub(crate) fn new(config: &Config) -> Self {
                Self {
                    $($module: Mutex::new(<$module::State as Model>::new(config)),)*
                }
            }

            /// `vendor`'s account balance, where the sandbox models one.
            pub(crate) fn balance(&self, vendor: Vendor) -> Option<f64> {
                match vendor {
                    $(Vendor::$variant => lock(&self.$module).balance(),)*
                }
            }

            fn set(&self, vendor: Vendor, balance: f64) -> bool {
                match vendor {
                    $(Vendor::$variant => lock(&self.$module).set_balance(balance),)*
                }
            }
        }

        /// Every vendor's routes, each under its prefix.
        pub(crate) fn router() -> Router<Arc<Shared>> {
            Router::new()$(.merge($module::router()))*
        }
    };
}

vendors! {
    Termii => termii,
    Pipwave => pipwave,
    Shoutout => shoutout,
    Octopush => octopush,
    TwilioVerify => twilio_verify as "twilio-verify",
}

impl Serialize for Vendor {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Vendor {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = std::borrow::Cow::<str>::deserialize(deserializer)?;
        Vendor::ALL
            .into_iter()
            .find(|v| v.name() == name)
            .ok_or_else(|| {
                let names: Vec<&str> = Vendor::ALL.iter().map(|v| v.name()).collect();
                serde::de::Error::custom(format!(
                    "unknown vendor `{name}`; the vendors are {}",
                    names.join(", ")
                ))
            })
    }
}

impl Vendor {
    /// The vendor a sandbox path belongs to, and the vendor's own path within it.
    pub(crate) fn split(path: &str) -> Option<(Vendor, &str)> {
        Vendor::ALL.into_iter().find_map(|vendor| {
            let rest = path.strip_prefix(vendor.base_path())?;
            (rest.is_empty() || rest.starts_with('/')).then_some((vendor, rest))
        })
    }
}

impl std::fmt::Display for Vendor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// `name` if it is a client setting of some vendor (one `--set` may change), else why not,
/// naming the settings there are.
pub(crate) fn check_setting(name: &str) -> Result<(), String> {
    if default_settings().any(|(n, _)| n == name) {
        return Ok(());
    }
    let known: Vec<&str> = default_settings().map(|(n, _)| n).collect();
    Err(format!(
        "`{name}` is no vendor's setting; the settings are {}",
        known.join(", ")
    ))
}

/// Every vendor's default client settings.
pub(crate) fn default_settings() -> impl Iterator<Item = (&'static str, &'static str)> {
    Vendor::ALL
        .into_iter()
        .flat_map(|v| v.client_env().settings.iter().copied())
}

/// Sets `vendor`'s account balance; why not, when the amount or the vendor cannot have one.
pub(crate) fn set_balance(shared: &Shared, vendor: Vendor, balance: f64) -> Result<(), String> {
    if !balance.is_finite() || balance < 0.0 {
        return Err(format!("balance must be 0 or more, got {balance}"));
    }
    if shared.vendors.set(vendor, balance) {
        return Ok(());
    }
    let modelled: Vec<&str> = Vendor::ALL
        .into_iter()
        .filter(|v| shared.vendors.balance(*v).is_some())
        .map(Vendor::name)
        .collect();
    Err(format!(
        "the sandbox models no balance for {vendor} (only {})",
        modelled.join(" and ")
    ))
}

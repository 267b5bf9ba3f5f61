//! What the optional operations of [`OtpProvider`](crate::OtpProvider) report: a sent code's
//! delivery, an account's balance, a vendor's health. A provider that cannot answer one
//! returns [`Error::Unsupported`](crate::Error::Unsupported), the trait's default.

use crate::vendor::Vendor;

/// Where a sent code is on its way to the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Delivery {
    /// Accepted by the vendor, not yet handed to a carrier.
    Queued,
    /// Handed to a carrier; no delivery report yet.
    Sent,
    /// The carrier reports it delivered.
    Delivered,
    /// The carrier reports it could not be delivered.
    Undelivered,
}

/// An account's balance with a vendor.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Balance {
    /// The vendor holding the account.
    pub vendor: Vendor,
    /// The amount left, in `unit`.
    pub amount: f64,
    /// What `amount` counts: a currency code (`NGN`, `EUR`) or the vendor's credits (`credits`).
    pub unit: String,
}

impl Balance {
    /// `amount` of `unit` left with `vendor`.
    pub fn new(vendor: Vendor, amount: f64, unit: impl Into<String>) -> Self {
        Self {
            vendor,
            amount,
            unit: unit.into(),
        }
    }
}

/// Whether a vendor is taking requests, as far as its provider can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Health {
    /// Taking requests.
    Up,
    /// Failing often enough that sends go elsewhere first.
    Degraded,
    /// Not taking requests: sends go elsewhere.
    Down,
}

//! What the optional operations of [`OtpProvider`](crate::OtpProvider) report: a sent code's
//! delivery, an account's balance, a vendor's health. A provider that cannot answer one
//! returns [`Error::Unsupported`](crate::Error::Unsupported), the trait's default.

use crate::vendor::Vendor;
use crate::verification::VerificationId;

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
    /// Refused for the destination itself: do-not-disturb (Termii's DND), a blacklisted or
    /// not allowed number. Sending again will not help.
    Rejected,
    /// The vendor's status says none of the above (an unknown or undefined delivery); its text
    /// is in [`DeliveryReport::vendor_status`].
    Unknown,
}

impl Delivery {
    /// The state as a stable snake_case name (`delivered`, `undelivered`, ...), as
    /// `otpkit --json` prints it.
    pub fn name(self) -> &'static str {
        match self {
            Delivery::Queued => "queued",
            Delivery::Sent => "sent",
            Delivery::Delivered => "delivered",
            Delivery::Undelivered => "undelivered",
            Delivery::Rejected => "rejected",
            Delivery::Unknown => "unknown",
        }
    }

    /// Whether the state is final: the message arrived or never will.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            Delivery::Delivered | Delivery::Undelivered | Delivery::Rejected
        )
    }
}

/// What a vendor says about one sent message: from a status look-up
/// ([`OtpProvider::status`](crate::OtpProvider::status)) or a delivery report it posted.
///
/// Its `Debug` output masks the destination (`+234••••••5678`).
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct DeliveryReport {
    /// The vendor reporting.
    pub vendor: Vendor,
    /// The verification the message carried a code for, where the vendor's report names the
    /// id the send answered with.
    pub verification: Option<VerificationId>,
    /// The vendor's id of the message, where it has one.
    pub message_id: Option<String>,
    /// The number or address the message went to, as the vendor reports it.
    pub destination: Option<String>,
    /// Where the message is.
    pub state: Delivery,
    /// Why it is there, in the vendor's words, where it says (a failure's reason).
    pub reason: Option<String>,
    /// The vendor's own status text, as it sent it (`DELIVERED`, `1029`, ...).
    pub vendor_status: String,
    /// When the vendor says the state was reached, as it wrote it (formats differ by vendor).
    pub at: Option<String>,
    /// What the message cost, where the vendor says, in its account's unit.
    pub cost: Option<f64>,
}

impl DeliveryReport {
    /// `vendor`'s report of `state`, with its own status text `vendor_status`.
    pub fn new(vendor: Vendor, state: Delivery, vendor_status: impl Into<String>) -> Self {
        Self {
            vendor,
            verification: None,
            message_id: None,
            destination: None,
            state,
            reason: None,
            vendor_status: vendor_status.into(),
            at: None,
            cost: None,
        }
    }

    /// The verification the message carried a code for.
    pub fn verification(mut self, id: VerificationId) -> Self {
        self.verification = Some(id);
        self
    }

    /// The vendor's id of the message.
    pub fn message_id(mut self, id: impl Into<String>) -> Self {
        self.message_id = Some(id.into());
        self
    }

    /// The destination, as the vendor reports it.
    pub fn destination(mut self, destination: impl Into<String>) -> Self {
        self.destination = Some(destination.into());
        self
    }

    /// Why the message is where it is.
    pub fn reason(mut self, reason: impl Into<String>) -> Self {
        self.reason = Some(reason.into());
        self
    }

    /// When the state was reached, as the vendor wrote it.
    pub fn at(mut self, at: impl Into<String>) -> Self {
        self.at = Some(at.into());
        self
    }

    /// What the message cost.
    pub fn cost(mut self, cost: f64) -> Self {
        self.cost = Some(cost);
        self
    }
}

impl std::fmt::Debug for DeliveryReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeliveryReport")
            .field("vendor", &self.vendor)
            .field("verification", &self.verification)
            .field("message_id", &self.message_id)
            .field(
                "destination",
                &self.destination.as_deref().map(crate::mask::mask),
            )
            .field("state", &self.state)
            .field("reason", &self.reason)
            .field("vendor_status", &self.vendor_status)
            .field("at", &self.at)
            .field("cost", &self.cost)
            .finish()
    }
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
